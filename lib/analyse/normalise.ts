/**
 * Text → comparable word stems, for the job-ad analyser, in French or in English. Pure and small:
 * it runs on the server and in the browser. Case and accents folded, French elisions (l’, d’,
 * qu’…) and the English possessive removed, stop words dropped (Snowball lists,
 * @orama/stopwords), words stemmed (Snowball stemmers, @orama/stemmers). Nothing is downloaded:
 * the lists ship in their npm packages.
 */
import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as frenchStemmer } from "@orama/stemmers/french";
import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";
import type { Locale } from "../i18n/locales";

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, no accents, ligatures expanded. */
export function fold(word: string): string {
  return word.normalize("NFD").replace(COMBINING_MARKS, "").replace(/œ/g, "oe").replace(/æ/g, "ae");
}

const stopWords = (words: string[]) => new Set(words.filter((word) => word !== "").map((word) => fold(word.toLowerCase())));

/**
 * What the analyser needs of a language: its stemmer, its stop words, the short words that an
 * apostrophe joins to the next word (`l’équipe`, `qu’il`) or the end that it joins to the word
 * (`brand’s`, `we’re`), the words that deny what a clause says (`pas`, `not`), and the mark of
 * a clause whose action someone else does (« défini par », "set by").
 */
const LANGUAGES: Record<Locale, { stemmer: (word: string) => string; stopWords: Set<string>; elisions: Set<string>; endings: Set<string>; negations: Set<string>; doneByOthers: RegExp }> = {
  fr: {
    stemmer: frenchStemmer,
    stopWords: stopWords(frenchStopwords),
    elisions: new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]),
    endings: new Set(),
    negations: new Set(["pas", "jamais", "sans", "ni", "aucun", "aucune", "hors", "non"]),
    // A past participle followed by « par » : « défini par la responsable », « produits par l’agence ».
    doneByOthers: /(?<!\p{L})\p{L}{2,30}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)\s+par\b/iu,
  },
  en: {
    stemmer: englishStemmer,
    stopWords: stopWords(englishStopwords),
    elisions: new Set(),
    endings: new Set(["s", "re", "ve", "ll", "d", "t", "m"]),
    negations: new Set(["not", "no", "never", "without", "nor", "don't", "won't", "isn't", "aren't", "doesn't", "can't"]),
    // A past participle followed by "by": "set by the marketing lead", "defined by the agency".
    doneByOthers: /(?<!\p{L})(?:\p{L}{2,30}(?:ed|en)|set|run|made|done|built|held|led|put|kept)\s+by\b/iu,
  },
};

/** The clause denies what it says, or says that someone else does it: its words are not the job's missions. */
export function notTheMission(clause: string, locale: Locale): boolean {
  const { negations, doneByOthers } = LANGUAGES[locale];
  if (doneByOthers.test(clause)) return true;
  for (const match of clause.matchAll(/[\p{L}]+(?:['’][\p{L}]+)?/gu)) if (negations.has(fold(match[0].toLowerCase().replace(/’/g, "'")))) return true;
  return locale === "fr" && /\bn['’]|\bne\s/i.test(clause) && /\b(?:pas|plus|jamais|guère)\b/i.test(clause);
}

/** A word of the text, with its place in the original string. */
export type Token = { stem: string; start: number; end: number };

/** Letters and digits, with inner apostrophes (`l’animation`) kept together to spot elisions. */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

const STEM_CACHE_SIZE = 20_000;
const stemCaches: Record<Locale, Map<string, string>> = { fr: new Map(), en: new Map() };

/**
 * Words the stemmer would merge with a word of another trade, kept apart: the English Snowball
 * stemmer gives `community` and `communications` the same stem (`commun`), so that every
 * "Communications Manager" read as a Community Manager and every sentence about communications
 * as community work. A word that starts with one of these keeps that start as its stem.
 */
const KEPT_APART: Record<Locale, string[]> = { fr: [], en: ["communit"] };

/** Stem of one lower-case word, accents folded; the plural `s` that Snowball keeps after a vowel (`contenus`) goes too. */
export function stemWord(word: string, locale: Locale = "fr"): string {
  const cache = stemCaches[locale];
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const apart = KEPT_APART[locale].find((start) => fold(word).startsWith(start));
  if (apart) {
    cache.set(word, apart);
    return apart;
  }
  const folded = fold(LANGUAGES[locale].stemmer(word));
  const stem = folded.length > 4 && /[^s]s$/.test(folded) ? folded.slice(0, -1) : folded;
  if (cache.size >= STEM_CACHE_SIZE) cache.clear();
  cache.set(word, stem);
  return stem;
}

export function isStopWord(word: string, locale: Locale = "fr"): boolean {
  return LANGUAGES[locale].stopWords.has(fold(word.toLowerCase()));
}

/** Every word of `text` that carries meaning: not a stop word, not a single letter, stemmed. */
export function tokenize(text: string, locale: Locale = "fr"): Token[] {
  const { stopWords: stop, elisions, endings } = LANGUAGES[locale];
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0].toLowerCase().replace(/[’ʼ]/g, "'");
    let start = match.index;
    const parts = word.split("'");
    if (parts.length > 1 && elisions.has(fold(parts[0]))) {
      start += parts[0].length + 1;
      word = parts.slice(1).join("'");
    }
    if (parts.length > 1 && endings.has(parts.at(-1)!)) word = word.slice(0, word.lastIndexOf("'"));
    for (const piece of word.split("'")) {
      const pieceStart = start + word.indexOf(piece);
      if (piece.length < 2 && !/\d/.test(piece)) continue;
      if (stop.has(fold(piece))) continue;
      tokens.push({ stem: stemWord(piece, locale), start: pieceStart, end: pieceStart + piece.length });
    }
  }
  return tokens;
}

/** The stems of a phrase, in order (for signals and titles). */
export function stems(text: string, locale: Locale = "fr"): string[] {
  return tokenize(text, locale).map((token) => token.stem);
}

/** Share of the language's stop words among all the words of `text`: ordinary prose is well above 0.15. */
export function stopWordShare(text: string, locale: Locale): { words: number; share: number } {
  const stop = LANGUAGES[locale].stopWords;
  let words = 0;
  let found = 0;
  for (const match of text.matchAll(/[\p{L}]+/gu)) {
    words++;
    if (stop.has(fold(match[0].toLowerCase()))) found++;
  }
  return { words, share: words === 0 ? 0 : found / words };
}

/** Share of French stop words among all the words of `text`. */
export function frenchStopWordShare(text: string): { words: number; share: number } {
  return stopWordShare(text, "fr");
}
