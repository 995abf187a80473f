/**
 * `npm run eval:analyse`: runs the job-ad analyser over the labelled ads of
 * tests/analyse/eval-set.json (French) and eval-set.en.json (English), each read by the analyser of
 * its language, and prints, for each, role accuracy, title-mismatch accuracy, the confusion
 * table and every miss. `--verbose` prints every ad's scores.
 */
import fs from "node:fs";
import path from "node:path";
import { evaluateAnalyser, type LabelledAd } from "../lib/analyse/evaluate";
import { analyserModel } from "../lib/analyse/language";
import { compiledContent } from "../lib/content/compiled";
import { contentDir, formatProblem } from "../lib/content/load";
import { LOCALES, type Locale } from "../lib/i18n/locales";
import { table } from "./support/stats";

const ROOT = path.resolve(import.meta.dirname, "..");
/**
 * The labelled ads of each language: eval-set.json (French), eval-set.<code>.json for the others,
 * and eval-set[.<code>].holdout.json, ads written without looking at the profiles' signals.
 */
const evalSets = (locale: Locale) =>
  ["", ".holdout"].map((suffix) => path.join(ROOT, `tests/analyse/eval-set${locale === "fr" ? "" : `.${locale}`}${suffix}.json`)).filter((file) => fs.existsSync(file));

const { editions, problems } = compiledContent(contentDir());
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join("\n"));
  process.exit(1);
}
const percent = (share: number) => `${(share * 100).toFixed(1).replace(".", ",")} %`;
const verbose = process.argv.includes("--verbose");

for (const [locale, file] of LOCALES.flatMap((code) => evalSets(code).map((set) => [code, set] as const))) {
  const { roles } = editions[locale];
  const ads = (JSON.parse(fs.readFileSync(file, "utf8")) as { ads: LabelledAd[] }).ads;
  const report = evaluateAnalyser(analyserModel(roles, locale), ads);
  const name = (slug: string | null) => (slug === null ? "aucun" : (roles.find((role) => role.slug === slug)?.title ?? slug));

  console.log(`\n== Analyseur d'offres, édition ${locale} : ${ads.length} offres (${path.relative(ROOT, file)})\n`);
  console.log(`Rôle décrit       : ${percent(report.roleAccuracy)} (${report.outcomes.filter((outcome) => outcome.roleOk).length}/${ads.length})`);
  console.log(`Titre trompeur    : ${percent(report.mismatchAccuracy)} (${report.outcomes.filter((outcome) => outcome.mismatchOk).length}/${ads.length})\n`);
  console.log("Confusion (lignes : rôle attendu ; colonnes : rôle trouvé)\n");
  console.log(table(["attendu \\ trouvé", ...report.labels.map(name)], report.labels.map((label, row) => [name(label), ...report.confusion[row].map(String)])));

  const shown = report.outcomes.filter((outcome) => verbose || !outcome.roleOk || !outcome.mismatchOk);
  if (shown.length > 0) {
    console.log(verbose ? "\nToutes les offres :" : "\nErreurs :");
    for (const { ad, analysis, predicted, roleOk, mismatchOk } of shown) {
      const scores = analysis.scores.map((score) => `${score.slug} ${score.score}`).join(", ");
      console.log(`${roleOk && mismatchOk ? "  " : "✗ "}${ad.id} : attendu ${name(ad.role)}${ad.titleMisleads ? " (titre trompeur)" : ""}, trouvé ${name(predicted)}${analysis.mismatch ? " (titre trompeur)" : ""} [${scores}]`);
    }
  }
}
