/**
 * Accuracy of the analyser on labelled job ads: the real ads of content/job-ads/ads.json and the
 * written ones of tests/analyse/eval-set*.json. Pure: the files are read by the callers.
 */
import type { Locale } from "../i18n/locales";
import { analyseAd, type Analysis } from "./analyse";
import type { AnalyserModel } from "./model";

/** An ad and what it describes: `role` null for « aucun » (none of the roles). */
export type LabelledAd = { id: string; role: string | null; titleMisleads: boolean; text: string; language?: Locale; split?: string; tags?: string[] };

/** One ad of content/job-ads/ads.json, as far as the evaluation reads it (labels by content/job-ads/RUBRIC.md). */
export type RealAd = { id: string; language: Locale; title: string; text: string; split: string; label: { role: string | null; titleMisleads: boolean } };

/** « none » in the dataset's labels. */
const NONE_LABEL = "none";

/** A real ad as a recruiter would paste it: its title, then its text. */
export function fromRealAd(ad: RealAd): LabelledAd {
  return { id: ad.id, role: ad.label.role === NONE_LABEL ? null : ad.label.role, titleMisleads: ad.label.titleMisleads, text: `${ad.title}\n${ad.text}`, language: ad.language, split: ad.split };
}

export type EvalOutcome = { ad: LabelledAd; analysis: Analysis; predicted: string | null; roleOk: boolean; mismatchOk: boolean };

/** A share and what it counts: `right` of `total`. */
export type Rate = { right: number; total: number; share: number };

export type EvalReport = {
  outcomes: EvalOutcome[];
  /** The role found is the label (a role or « aucun »). */
  role: Rate;
  /** Of the ads that describe none of the roles, those answered « aucun ». */
  none: Rate;
  /** Of the ads whose title names another role than the one described, those whose role is found and whose title is flagged. */
  misleading: Rate;
  /** The title is flagged as misleading exactly when it is (every ad). */
  mismatch: Rate;
  roleAccuracy: number;
  mismatchAccuracy: number;
  /** labels (role slugs, then null for « aucun »); confusion[expected][predicted] = count. */
  labels: Array<string | null>;
  confusion: number[][];
};

function rate(outcomes: EvalOutcome[], right: (outcome: EvalOutcome) => boolean): Rate {
  const count = outcomes.filter(right).length;
  return { right: count, total: outcomes.length, share: outcomes.length === 0 ? 0 : count / outcomes.length };
}

/** Each ad read by the model of its language (`models` by language), or all by the one model given. */
export function evaluateAnalyser(models: AnalyserModel | Partial<Record<Locale, AnalyserModel>>, ads: LabelledAd[]): EvalReport {
  const modelOf = (ad: LabelledAd): AnalyserModel => {
    if ("roles" in models) return models as AnalyserModel;
    const model = ad.language && (models as Partial<Record<Locale, AnalyserModel>>)[ad.language];
    if (!model) throw new Error(`${ad.id} : aucun modèle pour la langue « ${ad.language} »`);
    return model;
  };
  const first = "roles" in models ? (models as AnalyserModel) : Object.values(models)[0];
  const labels: Array<string | null> = [...(first?.roles.map((role) => role.slug) ?? []), null];
  const confusion = labels.map(() => labels.map(() => 0));
  const outcomes = ads.map((ad): EvalOutcome => {
    const analysis = analyseAd(modelOf(ad), ad.text);
    const predicted = analysis.best?.slug ?? null;
    const row = labels.indexOf(ad.role);
    const column = labels.indexOf(predicted);
    if (row !== -1 && column !== -1) confusion[row][column]++;
    return { ad, analysis, predicted, roleOk: predicted === ad.role, mismatchOk: analysis.mismatch === ad.titleMisleads };
  });
  const role = rate(outcomes, (outcome) => outcome.roleOk);
  const mismatch = rate(outcomes, (outcome) => outcome.mismatchOk);
  return {
    outcomes,
    role,
    none: rate(
      outcomes.filter((outcome) => outcome.ad.role === null),
      (outcome) => outcome.predicted === null,
    ),
    misleading: rate(
      outcomes.filter((outcome) => outcome.ad.titleMisleads),
      (outcome) => outcome.roleOk && outcome.analysis.mismatch,
    ),
    mismatch,
    roleAccuracy: role.share,
    mismatchAccuracy: mismatch.share,
    labels,
    confusion,
  };
}
