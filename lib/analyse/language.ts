import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import type { Role } from "../schema";
import { buildAnalyserModel, type AnalyserModel } from "./model";
import type { AnalyserVocabulary } from "./vocabulary";

/**
 * The analyser's model of roles written in a language, with that language's mark after a job
 * title (lib/i18n/messages, `jobAd.titleMark`) and its vocabulary (content/analyser.yml). Kept
 * apart from model.ts, which also runs in the browser and does not carry the messages.
 */
export function analyserModel(edition: { roles: Role[]; analyser: AnalyserVocabulary | null }, locale: Locale): AnalyserModel {
  return buildAnalyserModel(edition.roles, locale, translator(locale, "jobAd")("titleMark"), edition.analyser);
}
