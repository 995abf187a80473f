const LONG_DATE = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const MONTH_YEAR = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

/** `2026-11-23` → `23 novembre 2026`. */
export function formatDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** French list: `a`, `a et b`, `a, b et c`. */
export function joinFrench(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} et ${parts.at(-1)}`;
}

const NUMBER_WORDS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];

/** A count as French writes it in running text: words up to twelve, digits beyond. */
export function countInWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** A publication date as precise as known: `2013-06-21` → `21 juin 2013`; `2013-06` → `juin 2013`; `2013`, `2013–2016` as written; none → `non daté`. */
export function formatPublished(published: string | null): string {
  if (!published) return "non daté";
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return formatDate(published);
  if (/^\d{4}-\d{2}$/.test(published)) return MONTH_YEAR.format(new Date(`${published}-01T00:00:00Z`));
  return published;
}
