import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseAd } from "@/lib/analyse/analyse";
import { evaluateAnalyser, fromRealAd, type EvalReport, type RealAd } from "@/lib/analyse/evaluate";
import { analyserModel } from "@/lib/analyse/language";
import { realContent } from "@/tests/support/content";

/**
 * The analyser on real job ads (content/job-ads/ads.json, labelled by content/job-ads/RUBRIC.md),
 * each read by the analyser of its language. The targets hold on the held-out split, which no
 * tuning reads (issue 25).
 */
const TARGETS = { role: 0.85, none: 0.8, misleading: 0.8 } as const;
/**
 * What the analyser reaches on the held-out split today (2026-12-08, `npm run eval:analyse`, measured again after 24 French tune ads were added:
 * role 31/45, none 20/20, misleading 4/9): it must never do worse. Only « none » meets its target; the others are
 * checked as not yet met below, so that reaching them shows here.
 */
const FLOORS = { role: 31 / 45, none: 20 / 20, misleading: 4 / 9 } as const;

const file = path.join(import.meta.dirname, "../../content/job-ads/ads.json");
const ads = (JSON.parse(fs.readFileSync(file, "utf8")) as { ads: RealAd[] }).ads.map(fromRealAd);
const models = { fr: analyserModel(realContent("fr"), "fr"), en: analyserModel(realContent("en"), "en") };
const misses = (report: EvalReport) =>
  report.outcomes
    .filter((outcome) => !outcome.roleOk || (outcome.ad.titleMisleads && !outcome.analysis.mismatch))
    .map((outcome) => `${outcome.ad.id}: ${outcome.ad.role ?? "aucun"} → ${outcome.predicted ?? "aucun"}`)
    .join("\n");

describe("the real ads", () => {
  it("are split into tune and holdout, each with every label", () => {
    const labels = new Set(ads.map((ad) => ad.role));
    for (const split of ["tune", "holdout"]) for (const label of labels) expect(ads.some((ad) => ad.split === split && ad.role === label), `${split} ${label}`).toBe(true);
  });

  const holdout = evaluateAnalyser(
    models,
    ads.filter((ad) => ad.split === "holdout"),
  );

  it.each(Object.entries(FLOORS) as Array<[keyof typeof FLOORS, number]>)("holdout: %s no lower than today's %s", (measure, floor) => {
    expect(holdout[measure].share, misses(holdout)).toBeGreaterThanOrEqual(floor - 1e-9);
  });

  it("holdout: « none » meets its target", () => {
    expect(holdout.none.share).toBeGreaterThanOrEqual(TARGETS.none);
  });

  // Issue 25's targets not met yet: when one is, this fails, and it moves to the test above.
  it.fails.each((["role", "misleading"] as const).map((measure) => [measure, TARGETS[measure]] as const))("holdout: %s reaches its target of %s (not yet)", (measure, target) => {
    expect(holdout[measure].share).toBeGreaterThanOrEqual(target);
  });
});

describe("what the analyser reads", () => {
  const { roles } = realContent("fr");
  const model = models.fr;
  const byTitle = (title: string) => roles.find((role) => role.title === title)!.slug;

  it.each([
    ["Responsable réseaux sociaux (H/F)", "Social Media Manager"],
    ["Animateur / animatrice de communauté", "Community Manager"],
    ["Animateur·ice de communauté en ligne", "Community Manager"],
    ["Content Marketing Manager", "Content Manager"],
    ["Social Media Strategist", "Social Media Manager"],
    ["Head of Content", "Content Manager"],
  ])("reads « %s » as a title that states %s", (title, role) => {
    expect(analyseAd(model, `${title}\nVous rejoignez notre équipe.`).statedRole?.slug).toBe(byTitle(role));
  });

  it("does not read a title that names no role as one", () => {
    expect(analyseAd(model, "Chargé(e) de communication (H/F)\nVous rejoignez notre équipe.").statedRole).toBeNull();
    expect(analyseAd(models.en, "Senior Content Engineer\nYou will join our team.").statedRole).toBeNull();
  });

  const ad = (missions: string) =>
    `Chargé de communication (H/F)\nMissions :\n- Organiser les événements de l’association\n- Rédiger les communiqués de presse\n- Concevoir les supports imprimés\n- Gérer le budget de la communication\n- Coordonner les prestataires\n${missions}`;

  it("answers « aucun » to an ad whose management words say nothing of community, social-media or content work", () => {
    const analysis = analyseAd(model, ad("- Piloter le planning et animer l’équipe"));
    expect(analysis.best).toBeNull();
    expect(analysis.reasons.noRole).toBe("field");
  });

  it("does not count a denied mission, or one that someone else defines", () => {
    const denied = analyseAd(model, "Assistant administratif\nVous ne gérerez pas les réseaux sociaux, ni la communauté en ligne.\nVous tenez l’accueil.");
    expect(denied.reasons.fieldSentences).toBe(0);
    const definedElsewhere = analyseAd(model, "Assistant\nVous suivez le calendrier éditorial défini par la responsable marketing.\nVous tenez l’accueil.");
    expect(definedElsewhere.evidence.filter((item) => /calendrier éditorial/.test(item.excerpt))).toEqual([]);
  });

  it("quotes whole clauses, never a phrase cut in the middle", () => {
    for (const outcome of evaluateAnalyser(models, ads.slice(0, 20)).outcomes) {
      const text = outcome.ad.text.replace(/\s+/g, " ");
      for (const evidence of outcome.analysis.evidence) {
        expect(evidence.excerpt).not.toMatch(/^…|…$/);
        expect(text).toContain(evidence.excerpt);
      }
    }
  });
});
