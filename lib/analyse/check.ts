/** One check of a pasted ad, as the page shows it: the text, its analysis or why there is none. Pure. */
import { analyseAd, MAX_AD_LENGTH, type Analysis } from "./analyse";
import type { AnalyserModel } from "./model";

export type AdProblem = "empty" | "too-long";

export type CheckState = { text: string; analysis: Analysis | null; problem: AdProblem | null };

export const INITIAL_CHECK: CheckState = { text: "", analysis: null, problem: null };

export function adProblem(text: string): AdProblem | null {
  if (text.trim() === "") return "empty";
  if (text.length > MAX_AD_LENGTH) return "too-long";
  return null;
}

export function checkAd(model: AnalyserModel, text: string): CheckState {
  const problem = adProblem(text);
  return { text: text.slice(0, MAX_AD_LENGTH), analysis: problem ? null : analyseAd(model, text), problem };
}

const NUMBER_WORDS = ["aucun", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];

/** « aucun des trois rôles de la référence », from the number of roles. */
export function noneOfTheRoles(count: number): string {
  if (count <= 1) return "aucun rôle de la référence";
  return `aucun des ${NUMBER_WORDS[count] ?? count} rôles de la référence`;
}
