/**
 * `npm run eval:analyse`: runs the job-ad analyser over the labelled ads of
 * tests/analyse/eval-set.json and prints role accuracy, title-mismatch accuracy, the confusion
 * table and every miss. `--verbose` prints every ad's scores.
 */
import fs from "node:fs";
import path from "node:path";
import { evaluateAnalyser, type LabelledAd } from "../lib/analyse/evaluate";
import { analyserModel } from "../lib/analyse/language";
import { contentDir, formatProblem, loadContent } from "../lib/content/load";
import { table } from "./support/stats";

const ROOT = path.resolve(import.meta.dirname, "..");
export const EVAL_SET = path.join(ROOT, "tests/analyse/eval-set.json");

const { roles, problems } = loadContent(contentDir());
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join("\n"));
  process.exit(1);
}
const ads = (JSON.parse(fs.readFileSync(EVAL_SET, "utf8")) as { ads: LabelledAd[] }).ads;
const report = evaluateAnalyser(analyserModel(roles, "fr"), ads);
const percent = (share: number) => `${(share * 100).toFixed(1).replace(".", ",")} %`;
const name = (slug: string | null) => (slug === null ? "aucun" : (roles.find((role) => role.slug === slug)?.title ?? slug));

console.log(`Évaluation de l'analyseur d'offres : ${ads.length} offres (${path.relative(ROOT, EVAL_SET)})\n`);
console.log(`Rôle décrit       : ${percent(report.roleAccuracy)} (${report.outcomes.filter((outcome) => outcome.roleOk).length}/${ads.length})`);
console.log(`Titre trompeur    : ${percent(report.mismatchAccuracy)} (${report.outcomes.filter((outcome) => outcome.mismatchOk).length}/${ads.length})\n`);
console.log("Confusion (lignes : rôle attendu ; colonnes : rôle trouvé)\n");
console.log(table(["attendu \\ trouvé", ...report.labels.map(name)], report.labels.map((label, row) => [name(label), ...report.confusion[row].map(String)])));

const verbose = process.argv.includes("--verbose");
const shown = report.outcomes.filter((outcome) => verbose || !outcome.roleOk || !outcome.mismatchOk);
if (shown.length > 0) {
  console.log(verbose ? "\nToutes les offres :" : "\nErreurs :");
  for (const { ad, analysis, predicted, roleOk, mismatchOk } of shown) {
    const scores = analysis.scores.map((score) => `${score.slug} ${score.score}`).join(", ");
    console.log(`${roleOk && mismatchOk ? "  " : "✗ "}${ad.id} : attendu ${name(ad.role)}${ad.titleMisleads ? " (titre trompeur)" : ""}, trouvé ${name(predicted)}${analysis.mismatch ? " (titre trompeur)" : ""} [${scores}]`);
  }
}
