/** Accuracy of the analyser on a labelled set of job ads (tests/analyse/eval-set.json). Pure. */
import { analyseAd, type Analysis } from "./analyse";
import type { AnalyserModel } from "./model";

export type LabelledAd = { id: string; role: string | null; titleMisleads: boolean; tags: string[]; text: string };

export type EvalOutcome = { ad: LabelledAd; analysis: Analysis; predicted: string | null; roleOk: boolean; mismatchOk: boolean };

export type EvalReport = {
  outcomes: EvalOutcome[];
  roleAccuracy: number;
  mismatchAccuracy: number;
  /** labels (role slugs, then null for « aucun »); confusion[expected][predicted] = count. */
  labels: Array<string | null>;
  confusion: number[][];
};

export function evaluateAnalyser(model: AnalyserModel, ads: LabelledAd[]): EvalReport {
  const labels: Array<string | null> = [...model.roles.map((role) => role.slug), null];
  const confusion = labels.map(() => labels.map(() => 0));
  const outcomes = ads.map((ad): EvalOutcome => {
    const analysis = analyseAd(model, ad.text);
    const predicted = analysis.best?.slug ?? null;
    const row = labels.indexOf(ad.role);
    const column = labels.indexOf(predicted);
    if (row !== -1 && column !== -1) confusion[row][column]++;
    return { ad, analysis, predicted, roleOk: predicted === ad.role, mismatchOk: analysis.mismatch === ad.titleMisleads };
  });
  const share = (count: number) => (ads.length === 0 ? 0 : count / ads.length);
  return {
    outcomes,
    roleAccuracy: share(outcomes.filter((outcome) => outcome.roleOk).length),
    mismatchAccuracy: share(outcomes.filter((outcome) => outcome.mismatchOk).length),
    labels,
    confusion,
  };
}
