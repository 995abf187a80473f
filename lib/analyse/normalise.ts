/**
 * French text → comparable word stems, for the job-ad analyser. Pure and small: it runs on the
 * server and in the browser. Case and accents folded, elisions (l’, d’, qu’…) removed, French
 * stop words dropped (Snowball list, @orama/stopwords), words stemmed (Snowball French stemmer,
 * @orama/stemmers). Nothing is downloaded: both lists ship in their npm packages.
 */
import { stemmer } from "@orama/stemmers/french";
import { stopwords } from "@orama/stopwords/french";

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, no accents, ligatures expanded. */
export function fold(word: string): string {
  return word.normalize("NFD").replace(COMBINING_MARKS, "").replace(/œ/g, "oe").replace(/æ/g, "ae");
}

const STOP_WORDS = new Set(stopwords.filter((word) => word !== "").map((word) => fold(word.toLowerCase())));

/** The elided words that end with an apostrophe in French: `l’équipe`, `d’une`, `qu’il`, `jusqu’à`. */
const ELISIONS = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]);

/** A word of the text, with its place in the original string. */
export type Token = { stem: string; start: number; end: number };

/** Letters and digits, with inner apostrophes (`l’animation`) kept together to spot elisions. */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

const STEM_CACHE_SIZE = 20_000;
const stemCache = new Map<string, string>();

/** Stem of one lower-case word, accents folded; the plural `s` that Snowball keeps after a vowel (`contenus`) goes too. */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const folded = fold(stemmer(word));
  const stem = folded.length > 4 && /[^s]s$/.test(folded) ? folded.slice(0, -1) : folded;
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(fold(word.toLowerCase()));
}

/** Every word of `text` that carries meaning: not a stop word, not a single letter, stemmed. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0].toLowerCase().replace(/[’ʼ]/g, "'");
    let start = match.index;
    const parts = word.split("'");
    if (parts.length > 1 && ELISIONS.has(fold(parts[0]))) {
      start += parts[0].length + 1;
      word = parts.slice(1).join("'");
    }
    for (const piece of word.split("'")) {
      const pieceStart = start + word.indexOf(piece);
      if (piece.length < 2 && !/\d/.test(piece)) continue;
      if (STOP_WORDS.has(fold(piece))) continue;
      tokens.push({ stem: stemWord(piece), start: pieceStart, end: pieceStart + piece.length });
    }
  }
  return tokens;
}

/** The stems of a phrase, in order (for signals and titles). */
export function stems(text: string): string[] {
  return tokenize(text).map((token) => token.stem);
}

/** Share of French stop words among all the words of `text`: ordinary French prose is well above 0.15. */
export function frenchStopWordShare(text: string): { words: number; share: number } {
  let words = 0;
  let stop = 0;
  for (const match of text.matchAll(/[\p{L}]+/gu)) {
    words++;
    if (STOP_WORDS.has(fold(match[0].toLowerCase()))) stop++;
  }
  return { words, share: words === 0 ? 0 : stop / words };
}
