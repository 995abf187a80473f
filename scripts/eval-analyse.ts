/**
 * `npm run eval:analyse`: runs the job-ad analyser over the real ads of content/job-ads/ads.json,
 * each read by the analyser of its language, and prints for the `tune` and `holdout` splits and
 * overall: role accuracy, accuracy on ads that describe none of the roles and on misleading
 * titles, the confusion table, every miss, and the time an ad takes. Then the same for the written
 * ads of tests/analyse/eval-set*.json. `--split=tune` prints only that split (tuning never reads
 * the holdout); `--verbose` prints every ad.
 */
import fs from "node:fs";
import path from "node:path";
import { analyseAd } from "../lib/analyse/analyse";
import { evaluateAnalyser, fromRealAd, type EvalReport, type LabelledAd, type RealAd, type Rate } from "../lib/analyse/evaluate";
import { analyserModel } from "../lib/analyse/language";
import type { AnalyserModel } from "../lib/analyse/model";
import { compiledContent } from "../lib/content/compiled";
import { contentDir, formatProblem } from "../lib/content/load";
import { LOCALES, type Locale } from "../lib/i18n/locales";
import { table } from "./support/stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const REAL_ADS = path.join(ROOT, "content/job-ads/ads.json");
/** The longest an ad may take, in-process (issue 25). */
const BUDGET_MS = 20;
/**
 * The written ads of each language: eval-set.json (French), eval-set.<code>.json for the others,
 * and eval-set[.<code>].holdout.json, ads written without looking at the profiles' signals.
 */
const evalSets = (locale: Locale) =>
  ["", ".holdout"].map((suffix) => path.join(ROOT, `tests/analyse/eval-set${locale === "fr" ? "" : `.${locale}`}${suffix}.json`)).filter((file) => fs.existsSync(file));

const { languages, problems } = compiledContent(contentDir());
// The evaluation measures the analyser on the profiles as they load; `npm run validate` reports the content's problems.
if (problems.length > 0) console.error(`${problems.length} problème(s) dans le contenu (npm run validate les détaille), dont : ${formatProblem(problems[0])}`);
const models = Object.fromEntries(LOCALES.map((locale) => [locale, analyserModel(languages[locale], locale)])) as Record<Locale, AnalyserModel>;
const percent = (share: number) => `${(share * 100).toFixed(1).replace(".", ",")} %`;
const shown = (value: Rate) => `${percent(value.share)} (${value.right}/${value.total})`;
const verbose = process.argv.includes("--verbose");
const onlySplit = process.argv.find((argument) => argument.startsWith("--split="))?.slice("--split=".length);
const { roles } = languages.fr;
const name = (slug: string | null) => (slug === null ? "aucun" : (roles.find((role) => role.slug === slug)?.title ?? slug));

function print(heading: string, report: EvalReport) {
  console.log(`\n== ${heading}\n`);
  console.log(`Rôle décrit       : ${shown(report.role)}`);
  console.log(`« Aucun »         : ${shown(report.none)}`);
  console.log(`Titre trompeur    : ${shown(report.misleading)} (rôle trouvé et titre signalé)`);
  console.log(`Titre bien jugé   : ${shown(report.mismatch)} (signalé si et seulement s'il trompe)\n`);
  console.log("Confusion (lignes : rôle attendu ; colonnes : rôle trouvé)\n");
  console.log(table(["attendu \\ trouvé", ...report.labels.map(name)], report.labels.map((label, row) => [name(label), ...report.confusion[row].map(String)])));
  const listed = report.outcomes.filter((outcome) => verbose || !outcome.roleOk || !outcome.mismatchOk);
  if (listed.length === 0) return;
  console.log(verbose ? "\nToutes les offres :" : "\nErreurs :");
  for (const { ad, analysis, predicted, roleOk, mismatchOk } of listed) {
    const scores = analysis.scores.map((score) => `${score.slug} ${score.score}`).join(", ");
    const { sentences, fieldSentences, noRole } = analysis.reasons;
    console.log(
      `${roleOk && mismatchOk ? "  " : "✗ "}${ad.id} : attendu ${name(ad.role)}${ad.titleMisleads ? " (titre trompeur)" : ""}, trouvé ${name(predicted)}${analysis.mismatch ? " (titre trompeur)" : ""}${analysis.confidence ? `, confiance ${analysis.confidence}` : ""}${noRole ? `, ${noRole}` : ""} [${scores} ; domaine ${fieldSentences}/${sentences}]`,
    );
  }
}

const realAds = (JSON.parse(fs.readFileSync(REAL_ADS, "utf8")) as { ads: RealAd[] }).ads.map(fromRealAd);
const splits = [...new Set(realAds.map((ad) => ad.split ?? ""))].filter((split) => !onlySplit || split === onlySplit);
console.log(`Offres réelles : ${path.relative(ROOT, REAL_ADS)}, ${realAds.length} offres ; chacune lue par l'analyseur de sa langue, titre puis texte.`);
for (const split of splits) {
  const ads = realAds.filter((ad) => ad.split === split);
  print(`Offres réelles, ${split} : ${ads.length} offres`, evaluateAnalyser(models, ads));
}
if (!onlySplit) {
  print(`Offres réelles, toutes : ${realAds.length} offres`, evaluateAnalyser(models, realAds));

  // Time per ad, in-process, the model built: the least of 5 runs of each ad.
  const times = realAds.map((ad) => {
    let least = Infinity;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      analyseAd(models[ad.language ?? "fr"], ad.text);
      least = Math.min(least, performance.now() - started);
    }
    return least;
  });
  const sorted = [...times].sort((a, b) => a - b);
  const slowest = sorted.at(-1) ?? 0;
  console.log(`\nTemps par offre : médiane ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} ms, plus lente ${slowest.toFixed(2)} ms (budget ${BUDGET_MS} ms) ${slowest < BUDGET_MS ? "✓" : "✗ au-dessus du budget"}`);

  for (const [locale, file] of LOCALES.flatMap((code) => evalSets(code).map((set) => [code, set] as const))) {
    const ads = (JSON.parse(fs.readFileSync(file, "utf8")) as { ads: LabelledAd[] }).ads;
    print(`Offres écrites, édition ${locale} : ${ads.length} offres (${path.relative(ROOT, file)})`, evaluateAnalyser(models[locale], ads));
  }
  if (slowest >= BUDGET_MS) process.exitCode = 1;
}
