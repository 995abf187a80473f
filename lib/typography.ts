import Typograf from "typograf";
import type { Locale } from "./i18n/locales";

/**
 * French typography for every French string the site renders: typographic apostrophes and
 * quotes from typograf's own rules, plus the French spacing rules typograf lacks, registered as
 * typograf rules so that one engine applies them all:
 * - a narrow no-break space (U+202F) before `; ? !`;
 * - a no-break space (U+00A0) before `:` and `»`, after `«`, between a number and `%` or `€`;
 * - a narrow no-break space as the thousands separator (`2 200`).
 * Only existing spaces are turned into no-break ones: `https://` and `10:30` stay as written.
 */
const NBSP = "\u00a0";
const NNBSP = "\u202f";
const SPACES = "[ \\u00a0\\u202f]+";

const FRENCH_RULES = [
  { name: "fr/nbsp/beforeHighPunctuation", pattern: new RegExp(`${SPACES}([;?!])`, "g"), replacement: `${NNBSP}$1` },
  { name: "fr/nbsp/beforeColon", pattern: new RegExp(`${SPACES}:`, "g"), replacement: `${NBSP}:` },
  { name: "fr/nbsp/insideGuillemets", pattern: new RegExp(`«${SPACES}|«(?=[^\\s\\u00a0\\u202f])`, "g"), replacement: `«${NBSP}` },
  { name: "fr/nbsp/beforeClosingGuillemet", pattern: new RegExp(`${SPACES}»|(?<=[^\\s\\u00a0\\u202f])»`, "g"), replacement: `${NBSP}»` },
  { name: "fr/nbsp/beforeUnit", pattern: new RegExp(`(\\d)${SPACES}(%|€)`, "g"), replacement: `$1${NBSP}$2` },
  { name: "fr/nbsp/thousands", pattern: /(^|[^\d\u202f])(\d{1,3})((?: \d{3})+)(?![\d,])/g, replacement: (_: string, before: string, head: string, groups: string) => `${before}${head}${groups.replace(/ /g, NNBSP)}` },
] as const;

for (const rule of FRENCH_RULES) {
  Typograf.addRule({
    name: rule.name,
    // After typograf's own quote rule (index 1 of its punctuation group), which turns "…" into « … ».
    index: "+10",
    handler: (text: string) => text.replace(rule.pattern, rule.replacement as never),
  });
}

export const typograf = new Typograf({ locale: ["fr"], htmlEntity: { type: "default" } });
// Rules that do not suit French, or that would break a fragment of text processed on its own:
// a text node between two links keeps its leading and trailing spaces.
typograf.disableRule([
  "common/space/*",
  "common/nbsp/*",
  "common/number/*",
  "common/punctuation/hellip",
  "common/symbols/*",
  "common/html/*",
]);

/**
 * What any of the rules enabled above can act on: quotes and apostrophes, the punctuation that
 * takes a no-break space, a unit or a digit group after a space, doubled punctuation, a byte order
 * mark, HTML. A text with none of them is returned as it is, without the cost of typograf's passes
 * (most titles, item texts and many text nodes). tests/lib/typography.test.ts checks the rules list.
 */
const TYPOGRAF_TRIGGER = /["'«»“”„‟‘’‚‹›\ufeff:;?!%€<&]|\d[ \u00a0\u202f]\d|,,|\.\./;

/** The string with French typography applied. Idempotent. */
export function frenchTypography(text: string): string {
  if (!TYPOGRAF_TRIGGER.test(text)) return text;
  return typograf.execute(text);
}

/** A breakable space where French typography forbids one, with some context, or null. Used by tests. */
export function findTypographyFault(text: string): string | null {
  const fault = /(?:^|\S) [:;?!»]|« |\d [%€]|\d \d{3}(?!\d)|'/.exec(text);
  if (!fault) return null;
  return text.slice(Math.max(0, fault.index - 30), fault.index + 30);
}

/**
 * English typography: typographic apostrophes (`don't` → `don’t`). English puts no space before
 * `: ; ? !`; a space written there is a fault the checks report, not something to fix silently.
 */
export function englishTypography(text: string): string {
  return text.includes("'") ? text.replace(/(\p{L})'(\p{L})/gu, "$1’$2") : text;
}

/** The typography of an edition's language. */
export function typographyFor(locale: Locale): (text: string) => string {
  return locale === "fr" ? frenchTypography : englishTypography;
}

/** A fault of English typography, with some context, or null: a space before `: ; ? !`, a straight apostrophe. Used by tests. */
export function findEnglishTypographyFault(text: string): string | null {
  const fault = /\S [:;?!](?=\s|$)|\p{L}'\p{L}|[\u00a0\u202f][:;?!]/u.exec(text);
  if (!fault) return null;
  return text.slice(Math.max(0, fault.index - 30), fault.index + 30);
}
