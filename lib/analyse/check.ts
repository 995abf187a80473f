/** One check of a pasted ad, as the page shows it: the text, its analysis or why there is none. Pure. */
import { analyseAd, MAX_AD_LENGTH, type Analysis } from "./analyse";
import { checkJobAdLaw, type LegalFinding, type LegalModel } from "./legal";
import type { AnalyserModel } from "./model";

export type AdProblem = "empty" | "too-long";

/** `legal`: the findings of the legal checks (lib/analyse/legal.ts), null when there is no analysis or no rules. */
export type CheckState = { text: string; analysis: Analysis | null; legal: LegalFinding[] | null; problem: AdProblem | null };

export const INITIAL_CHECK: CheckState = { text: "", analysis: null, legal: null, problem: null };

export function adProblem(text: string): AdProblem | null {
  if (text.trim() === "") return "empty";
  if (text.length > MAX_AD_LENGTH) return "too-long";
  return null;
}

export function checkAd(model: AnalyserModel, text: string, legal: LegalModel | null = null): CheckState {
  const problem = adProblem(text);
  return { text: text.slice(0, MAX_AD_LENGTH), analysis: problem ? null : analyseAd(model, text), legal: problem || !legal ? null : checkJobAdLaw(legal, text), problem };
}
