import { createFormatter, createTranslator } from "next-intl";
import en from "./messages/en.json";
import fr from "./messages/fr.json";
import { LOCALE_TAGS, type Locale } from "./locales";

/** The interface strings of each language (lib/i18n/messages/*.json): the French file is the model both follow. */
export type Messages = typeof fr;
export const MESSAGES: Record<Locale, Messages> = { fr, en };

/** Dates are calendar days: read and shown in UTC so that a build anywhere gives the same text. */
const TIME_ZONE = "UTC";

type Namespace = keyof Messages;

/**
 * The interface strings of one namespace in one language (next-intl's ICU messages: plurals,
 * arguments). Pure: usable in pages, metadata, route handlers and tests alike.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: TIME_ZONE });
}

/** Dates and numbers in the language's conventions, through next-intl's `Intl` formatters. */
export function formatter(locale: Locale) {
  return createFormatter({ locale: LOCALE_TAGS[locale].intl, timeZone: TIME_ZONE });
}
