import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { formatDate } from "../format";
import type { Role } from "../schema";
import { buildAnalyserModel, type AnalyserModel } from "./model";
import type { AnalyserVocabulary } from "./vocabulary";
import type { RoleEditions } from "../editions/load";

/**
 * The analyser's model of roles written in a language, with that language's mark after a job
 * title (lib/i18n/messages, `jobAd.titleMark`) and its vocabulary (content/analyser.yml). Kept
 * apart from model.ts, which also runs in the browser and does not carry the messages.
 */
export function analyserModel(language: { roles: Role[]; analyser: AnalyserVocabulary | null; editions?: RoleEditions[] }, locale: Locale): AnalyserModel {
  const latest = Object.fromEntries((language.editions ?? []).map((role) => [role.slug, { date: role.editions[0].date, label: formatDate(role.editions[0].date, locale) }]));
  return buildAnalyserModel(language.roles, locale, translator(locale, "jobAd")("titleMark"), language.analyser, latest);
}
