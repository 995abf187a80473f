import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";

/** The positionings a role can have, defined once. */
export const POSITIONINGS = ["strategic", "operational", "both"] as const;

export type Positioning = (typeof POSITIONINGS)[number];

/** A positioning's name in a language (lib/i18n/messages, `positioning`). */
export function positioningLabel(value: Positioning, locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "positioning")(value);
}

export function isPositioning(value: unknown): value is Positioning {
  return typeof value === "string" && (POSITIONINGS as readonly string[]).includes(value);
}
