import "server-only";
import { getAllRoles } from "../roles";
import { analyseAd, type Analysis } from "./analyse";
import { buildAnalyserModel, type AnalyserModel } from "./model";

let model: AnalyserModel | null = null;

/** The analyser's model of the loaded roles, built once per process. */
export function getAnalyserModel(): AnalyserModel {
  model ??= buildAnalyserModel(getAllRoles());
  return model;
}

export function analyseOnServer(text: string): Analysis {
  return analyseAd(getAnalyserModel(), text);
}
