"use server";

import { checkAd, type CheckState } from "@/lib/analyse/check";
import { getLegalModel } from "@/lib/analyse/legal-server";
import { getAnalyserModel } from "@/lib/analyse/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/**
 * The ad check without JavaScript: analysed in memory in the form's language (its hidden `langue`
 * field), sent back with the page, never stored nor logged.
 */
export async function checkAdAction(_previous: CheckState, data: FormData): Promise<CheckState> {
  const text = data.get("texte");
  const language = data.get("langue");
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  return checkAd(getAnalyserModel(locale), typeof text === "string" ? text : "", getLegalModel(locale));
}
