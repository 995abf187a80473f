/**
 * `npm run eval:legal`: the legal checks of a job ad (lib/analyse/legal.ts) over the real ads of
 * content/job-ads/ads.json, against their `legal` labels: precision and recall of each measure,
 * for the `tune` and `holdout` splits and overall, and the ads behind each error (`--verbose`:
 * every finding of every ad).
 */
import fs from "node:fs";
import path from "node:path";
import { compiledContent } from "../lib/content/compiled";
import { contentDir, formatProblem } from "../lib/content/load";
import { buildLegalModel, checkJobAdLaw } from "../lib/analyse/legal";
import { evaluateLegal, pastedAd, type LegallyLabelledAd, type Score } from "../lib/analyse/legal-evaluate";
import { table } from "./support/stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const { languages, problems } = compiledContent(contentDir());
if (problems.length > 0) console.error(`${problems.length} problème(s) dans le contenu (npm run validate les détaille), dont : ${formatProblem(problems[0])}`);
const model = buildLegalModel(languages.fr.jobAdChecks, languages.fr.sources, "fr");
const ads = (JSON.parse(fs.readFileSync(path.join(ROOT, "content/job-ads/ads.json"), "utf8")) as { ads: LegallyLabelledAd[] }).ads;
const verbose = process.argv.includes("--verbose");
const share = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1).replace(".", ",")} %`);
const NAMES = { sexMark: "Titre « H/F » ou épicène (sexInTitle)", criteria: "Critère discriminatoire (discriminatoryCriteria)", ageLimit: "Limite d’âge (ageLimit)", notFrench: "Offre pas en français (language)", payGiven: "Rémunération chiffrée (payGiven)" };

for (const [heading, subset] of [["tune", ads.filter((ad) => ad.split === "tune")], ["holdout", ads.filter((ad) => ad.split === "holdout")], ["tout", ads]] as const) {
  const report = evaluateLegal(model, subset);
  console.log(`\n== ${heading} (${subset.length} offres)\n`);
  const rows = (Object.keys(NAMES) as Array<keyof typeof NAMES>).map((key) => {
    const score: Score = report[key];
    return [NAMES[key], String(score.truePositives), String(score.falsePositives), String(score.falseNegatives), share(score.precision), share(score.recall)];
  });
  console.log(table(["mesure", "VP", "FP", "FN", "précision", "rappel"], rows));
  for (const key of Object.keys(NAMES) as Array<keyof typeof NAMES>) {
    for (const error of report[key].errors) console.log(`  ${key} ${error.kind === "false-positive" ? "faux positif" : "faux négatif"} : ${error.id}`);
  }
}
if (verbose) {
  for (const ad of ads) {
    console.log(`\n# ${ad.id}`);
    for (const found of checkJobAdLaw(model, pastedAd(ad))) console.log(`  ${found.rule}${found.criterion ? ` (${found.criterion})` : ""} : ${found.quote ?? "—"}`);
  }
}
