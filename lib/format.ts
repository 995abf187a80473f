import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { formatter, translator } from "./i18n/translate";

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** `2026-11-23` → `23 novembre 2026`, `23 November 2026`. */
export function formatDate(isoDate: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatter(locale).dateTime(day(isoDate), { day: "numeric", month: "long", year: "numeric" });
}

/** A list in running text: `a et b`, `a, b et c`; `a and b`, `a, b and c`. */
export function joinList(parts: string[], locale: Locale = DEFAULT_LOCALE): string {
  return formatter(locale).list(parts, { type: "conjunction" });
}

/** French list: `a`, `a et b`, `a, b et c`. */
export function joinFrench(parts: string[]): string {
  return joinList(parts, "fr");
}

const NUMBER_WORDS: Record<Locale, string[]> = {
  fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"],
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
};

/** A count as running text writes it: words up to twelve, digits beyond. */
export function countInWords(count: number, locale: Locale = DEFAULT_LOCALE): string {
  return NUMBER_WORDS[locale][count] ?? formatter(locale).number(count);
}

/** A publication date as precise as known: `2013-06-21` → `21 juin 2013`; `2013-06` → `juin 2013`; `2013`, `2013–2016` as written; none → `non daté`. */
export function formatPublished(published: string | null, locale: Locale = DEFAULT_LOCALE): string {
  if (!published) return translator(locale, "sources")("undated");
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return formatDate(published, locale);
  if (/^\d{4}-\d{2}$/.test(published)) return formatter(locale).dateTime(day(`${published}-01`), { month: "long", year: "numeric" });
  return published;
}

/** A title or label between the quotation marks of a language: `« … »` (no-break spaces inside), `“…”`. */
export function quoted(text: string, locale: Locale = DEFAULT_LOCALE): string {
  return locale === "fr" ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/** Between the items of a list of sources: ` ; ` in French (narrow no-break space), `; ` in English. */
export function listSeparator(locale: Locale = DEFAULT_LOCALE): string {
  return locale === "fr" ? "\u202f; " : "; ";
}
