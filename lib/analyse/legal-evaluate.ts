/**
 * Precision and recall of the legal checks (lib/analyse/legal.ts) on the `legal` labels of the
 * real ads of content/job-ads/ads.json (content/job-ads/RUBRIC.md, § 4). Pure: the callers read
 * the file.
 */
import { adWords, checkJobAdLaw, payFigure, titleShowsBothSexes, type LegalFinding, type LegalModel } from "./legal";

/** The legal labels of one real ad. */
export type LegalLabels = {
  sexInTitle: boolean;
  discriminatoryCriteria: Array<{ quote: string; criterion: string }>;
  ageLimit: string | null;
  payGiven: boolean;
  payQuote: string | null;
  language: string;
};

export type LegallyLabelledAd = { id: string; title: string; text: string; split: string; legal: LegalLabels };

/** What one measure counts: true and false positives, false negatives, and the ads behind each error. */
export type Score = { truePositives: number; falsePositives: number; falseNegatives: number; total: number; precision: number | null; recall: number | null; errors: Array<{ id: string; kind: "false-positive" | "false-negative" }> };

/**
 * The measures, each a yes/no question put to every ad, against the label that answers it:
 * - `sexMark`: the title shows both sexes (« H/F », « Chargé·e »…) — label `sexInTitle`;
 * - `criteria`: a discriminatory criterion is found — label: `discriminatoryCriteria` not empty;
 * - `ageLimit`: an upper age limit is found — label: `ageLimit` not null;
 * - `notFrench`: the language finding — label: `language` is not `fr`;
 * - `payGiven`: a figure of pay is found — label `payGiven`.
 */
export type LegalEvaluation = Record<"sexMark" | "criteria" | "ageLimit" | "notFrench" | "payGiven", Score>;

function score(ads: LegallyLabelledAd[], predicted: (ad: LegallyLabelledAd) => boolean, expected: (ad: LegallyLabelledAd) => boolean): Score {
  const result: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, total: ads.length, precision: null, recall: null, errors: [] };
  for (const ad of ads) {
    const yes = predicted(ad);
    const truth = expected(ad);
    if (yes && truth) result.truePositives++;
    if (yes && !truth) {
      result.falsePositives++;
      result.errors.push({ id: ad.id, kind: "false-positive" });
    }
    if (!yes && truth) {
      result.falseNegatives++;
      result.errors.push({ id: ad.id, kind: "false-negative" });
    }
  }
  const found = result.truePositives + result.falsePositives;
  const actual = result.truePositives + result.falseNegatives;
  result.precision = found === 0 ? null : result.truePositives / found;
  result.recall = actual === 0 ? null : result.truePositives / actual;
  return result;
}

/** A real ad as a recruiter would paste it: its title, then its text. */
export const pastedAd = (ad: Pick<LegallyLabelledAd, "title" | "text">) => `${ad.title}\n${ad.text}`;

export function evaluateLegal(model: LegalModel, ads: LegallyLabelledAd[]): LegalEvaluation {
  const findings = new Map<string, LegalFinding[]>(ads.map((ad) => [ad.id, checkJobAdLaw(model, pastedAd(ad))]));
  const has = (ad: LegallyLabelledAd, kind: LegalFinding["kind"], rule?: string) => findings.get(ad.id)!.some((found) => found.kind === kind && (rule === undefined || found.rule === rule));
  const titleRule = model.rules.find((rule) => rule.kind === "title-sex");
  const payRule = model.rules.find((rule) => rule.kind === "pay");
  const criteriaRule = model.rules.find((rule) => rule.kind === "phrases" && rule.level === "check");
  return {
    sexMark: score(ads, (ad) => (titleRule?.kind === "title-sex" ? titleShowsBothSexes(titleRule, ad.title) : false), (ad) => ad.legal.sexInTitle),
    criteria: score(ads, (ad) => has(ad, "phrases", criteriaRule?.id), (ad) => ad.legal.discriminatoryCriteria.length > 0),
    ageLimit: score(ads, (ad) => has(ad, "age-limit"), (ad) => ad.legal.ageLimit !== null),
    notFrench: score(ads, (ad) => has(ad, "language"), (ad) => ad.legal.language !== "fr"),
    payGiven: score(ads, (ad) => (payRule?.kind === "pay" ? payFigure(payRule, adWords(pastedAd(ad)).text, adWords(pastedAd(ad)).words) !== null : false), (ad) => ad.legal.payGiven),
  };
}
