import "server-only";
import { getAllRoles } from "../roles";
import { analyseAd, MAX_AD_LENGTH, type Analysis } from "./analyse";
import { buildAnalyserModel, type AnalyserModel } from "./model";

let model: AnalyserModel | null = null;

/** The analyser's model of the loaded roles, built once per process. */
export function getAnalyserModel(): AnalyserModel {
  model ??= buildAnalyserModel(getAllRoles());
  return model;
}

/** What the page and the API refuse before analysing. */
export type AdProblem = "empty" | "too-long";

export function adProblem(text: string): AdProblem | null {
  if (text.trim() === "") return "empty";
  if (text.length > MAX_AD_LENGTH) return "too-long";
  return null;
}

export function analyseOnServer(text: string): Analysis {
  return analyseAd(getAnalyserModel(), text);
}
