import "server-only";
import type { Locale } from "../i18n/locales";
import { getCatalogue } from "../roles";
import { analyseAd, type Analysis } from "./analyse";
import { analyserModel } from "./language";
import type { AnalyserModel } from "./model";

const models = new Map<Locale, AnalyserModel>();

/** The analyser's model of the loaded roles in a language, built once per process. */
export function getAnalyserModel(locale: Locale = "fr"): AnalyserModel {
  if (!models.has(locale)) models.set(locale, analyserModel(getCatalogue(locale), locale));
  return models.get(locale)!;
}

export function analyseOnServer(text: string, locale: Locale = "fr"): Analysis {
  return analyseAd(getAnalyserModel(locale), text);
}
