/** Text helpers shared by slugs, search and suggestions. Pure functions, no I/O. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, no accents, ligatures expanded, apostrophes and punctuation turned into spaces. */
export function foldText(input: string): string {
  return input
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** `Animatrice de communauté` → `animatrice-de-communaute`. */
export function slugify(input: string): string {
  return foldText(input).replace(/ /g, "-");
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

const STOP_WORDS = new Set(["de", "des", "du", "la", "le", "les", "l", "d", "en", "et", "a", "au", "aux", "un", "une", "the", "of"]);

/** French feminine endings folded onto the masculine, so that `animatrice` finds `animateur`. */
const FEMININE_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/trices?$/, "teur"],
  [/euses?$/, "eur"],
  [/ieres?$/, "ier"],
  [/iennes?$/, "ien"],
  [/ennes?$/, "en"],
  [/ives?$/, "if"],
  [/antes?$/, "ant"],
  [/elles?$/, "el"],
  [/ees?$/, "e"],
  [/eaux$/, "eau"],
  [/aux$/, "al"],
];

function foldGender(token: string): string {
  for (const [ending, masculine] of FEMININE_ENDINGS) {
    if (ending.test(token)) return token.replace(ending, masculine);
  }
  return token.length > 3 ? token.replace(/(s|x)$/, "") : token;
}

/** The words of a title or a query, folded for accent-, case-, gender- and plural-insensitive matching. */
export function searchTokens(input: string): string[] {
  return foldText(input)
    .split(" ")
    .filter((word) => word !== "" && !STOP_WORDS.has(word))
    .map(foldGender);
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
