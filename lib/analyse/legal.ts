/**
 * The legal checks of a French job ad: the rules of content/job-ad-checks.yml applied to a text.
 * Each finding quotes the ad's own words (the clause they stand in), names the article and links
 * to it, and proposes a rewording. Pure, offline and linear in the length of the ad: one pass to
 * cut it into words, phrases looked up by their first word, no pattern that can backtrack. The
 * same code runs on the server (the form without JavaScript, the writer) and in the browser.
 */
import type { Locale } from "../i18n/locales";
import type { JobAdCheck, JobAdCheckKind, JobAdCheckLevel } from "../job-ad-checks";
import type { Source } from "../schema";
import { textOfMarkup } from "./analyse";
import { stopWordShare } from "./normalise";

/** A rule as the checker applies it: the content's rule, with the address its article links to. */
export type LegalRule = JobAdCheck & { href: string };

/** Plain JSON: the page hands it to the browser. */
export type LegalModel = { locale: Locale; rules: LegalRule[] };

export type LegalFinding = {
  rule: string;
  kind: JobAdCheckKind;
  level: JobAdCheckLevel;
  article: string;
  href: string;
  message: string;
  /** The criterion the words refer to (« l’âge »), for a `phrases` rule. */
  criterion: string | null;
  /** The ad's own words, the whole clause; null when the finding is about something missing. */
  quote: string | null;
  rewording: string;
};

/**
 * The rules with their links: the official address of the first source the rule cites, else the
 * copy that was read, else its entry in the bibliography.
 */
export function buildLegalModel(rules: JobAdCheck[], sources: Source[], locale: Locale): LegalModel {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return {
    locale,
    rules: rules.map((rule) => {
      const source = byId.get(rule.sources[0]);
      return { ...rule, href: source?.url ?? source?.readAt?.url ?? `/sources#source-${rule.sources[0]}` };
    }),
  };
}

/** A word of the ad: lower case, accents folded, with its place in the text. */
type Word = { word: string; start: number; end: number };

const WORD = /[\p{L}\p{N}]+|[€$£]/gu;

function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe").replace(/æ/g, "ae");
}

function words(text: string): Word[] {
  const found: Word[] = [];
  // Folding keeps the length of each letter but for a few ligatures: each match is folded alone.
  for (const match of text.matchAll(WORD)) found.push({ word: fold(match[0]), start: match.index, end: match.index + match[0].length });
  return found;
}

/** A phrase's words, folded: « d’expérience » → d, experience. */
function phraseWords(phrase: string): string[] {
  return [...fold(phrase).matchAll(WORD)].map((match) => match[0]);
}

/** The same word, or it with a final s, e or es (words of three letters or more). */
function sameWord(inAd: string, inPhrase: string): boolean {
  if (inAd === inPhrase) return true;
  if (inPhrase.length < 3 || !inAd.startsWith(inPhrase)) return false;
  const rest = inAd.slice(inPhrase.length);
  return rest === "s" || rest === "e" || rest === "es";
}

type Match = { phrase: string; from: number; to: number };

/** Phrases looked up by their first word: each word of the ad is looked at against a few phrases only. */
class PhraseIndex {
  private readonly byFirst = new Map<string, Array<{ phrase: string; words: string[] }>>();

  constructor(phrases: string[]) {
    for (const phrase of phrases) {
      const split = phraseWords(phrase);
      if (split.length === 0) continue;
      const list = this.byFirst.get(split[0]) ?? [];
      list.push({ phrase, words: split });
      this.byFirst.set(split[0], list);
    }
  }

  /** Every phrase found, as word positions [from, to). */
  matches(ad: Word[]): Match[] {
    const found: Match[] = [];
    ad.forEach((first, index) => {
      const keys = new Set([first.word, ...["s", "e", "es"].filter((end) => first.word.endsWith(end)).map((end) => first.word.slice(0, -end.length))]);
      for (const key of keys) {
        for (const candidate of this.byFirst.get(key) ?? []) {
          if (!sameWord(first.word, candidate.words[0])) continue;
          const end = index + candidate.words.length;
          if (end > ad.length) continue;
          if (candidate.words.every((word, offset) => sameWord(ad[index + offset].word, word))) found.push({ phrase: candidate.phrase, from: index, to: end });
        }
      }
    });
    return found;
  }
}

const QUOTE_REACH = 160;

/** The clause around [start, end): from the previous line, sentence or list break to the next one, at most 160 characters each way. */
export function clauseAround(text: string, start: number, end: number): string {
  const isBreak = (at: number) => {
    const char = text[at];
    if (char === "\n" || char === ";" || char === "!" || char === "?" || char === "•") return true;
    return char === "." && /\s/.test(text[at + 1] ?? " ");
  };
  let from = start;
  while (from > 0 && start - from < QUOTE_REACH && !isBreak(from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < QUOTE_REACH && !isBreak(to)) to++;
  // The sentence keeps its own end: « Salaire selon profil. »
  const closed = to < text.length && ".!?".includes(text[to]);
  if (closed) to++;
  const clause = text.slice(from, to).replace(/\s+/g, " ").trim().replace(/^[-–—*·•:\s]+/, "");
  return `${from > 0 && !isBreak(from - 1) ? "…" : ""}${clause}${!closed && to < text.length && !isBreak(to) ? "…" : ""}`;
}

/** The ad's title: its first line, when short enough to be one. */
function titleOf(text: string): { title: string; start: number } | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const lineEnd = text.indexOf("\n", start);
  const title = text.slice(start, lineEnd < 0 ? text.length : lineEnd).trim();
  return title.length > 0 && title.length <= 120 ? { title, start } : null;
}

const INCLUSIVE_MARK = new Set(["·", "•", ".", "(", "/", "-", "‐", "‧", "⋅"]);

type TitleSexRule = Extract<LegalRule, { kind: "title-sex" }>;

/** The title shows both sexes: « H/F », « Chargé·e », « Animateur / Animatrice ». */
export function titleShowsBothSexes(rule: Pick<TitleSexRule, "words">, title: string): boolean {
  const found = words(title);
  if (new PhraseIndex(rule.words.marks).matches(found).some((match) => match.to - match.from >= 2)) return true;
  const endings = new Set(rule.words.inclusiveEndings.map(fold));
  for (let index = 0; index + 1 < found.length; index++) {
    const here = found[index];
    const next = found[index + 1];
    const between = title.slice(here.end, next.start);
    if (between.length === 1 && INCLUSIVE_MARK.has(between) && endings.has(next.word)) return true;
    // Both forms: « Animateur / Animatrice », « informaticien ou informaticienne ».
    const joined = between.trim() === "/" || between.trim() === "ou";
    if (joined && here.word !== next.word && here.word.length >= 4 && next.word.slice(0, 4) === here.word.slice(0, 4)) return true;
  }
  return false;
}

/** A word of the title carries a gender (« chargé », « coordinateur », « un »). */
function genderedWord(rule: TitleSexRule, title: string): boolean {
  const genderedWords = new Set(rule.words.genderedWords.map(fold));
  const neutral = new Set(rule.words.neutralWords.map(fold));
  const endings = rule.words.genderedEndings.map(fold);
  return words(title).some(({ word }) => !neutral.has(word) && (genderedWords.has(word) || (word.length >= 5 && endings.some((ending) => word.endsWith(ending)))));
}

function checkTitleSex(rule: TitleSexRule, text: string, french: boolean): LegalFinding[] {
  const title = titleOf(text);
  if (!french || !title || titleShowsBothSexes(rule, title.title) || !genderedWord(rule, title.title)) return [];
  return [finding(rule, title.title, rule.rewording.replace("{title}", title.title.replace(/[\s.:;,]+$/, "")))];
}

function checkPhrases(rule: Extract<LegalRule, { kind: "phrases" }>, text: string, ad: Word[]): LegalFinding[] {
  const findings: LegalFinding[] = [];
  for (const group of rule.groups) {
    const except = new PhraseIndex(group.except).matches(ad);
    const quotes = new Set<string>();
    for (const match of new PhraseIndex(group.phrases).matches(ad)) {
      if (except.some((covering) => covering.from <= match.from && covering.to >= match.to)) continue;
      const quote = clauseAround(text, ad[match.from].start, ad[match.to - 1].end);
      if (quotes.has(quote)) continue;
      quotes.add(quote);
      findings.push({ ...finding(rule, quote, group.rewording), criterion: group.label });
    }
  }
  return findings;
}

const isNumber = (word: string) => /^\d/.test(word);

function checkAgeLimit(rule: Extract<LegalRule, { kind: "age-limit" }>, text: string, ad: Word[]): LegalFinding[] {
  const units = new Set(rule.words.units.map(fold));
  const beforeEnds = new Set(new PhraseIndex(rule.words.before).matches(ad).map((match) => match.to));
  const startsOf = (phrases: string[]) => new Set(new PhraseIndex(phrases).matches(ad).map((match) => match.from));
  const after = startsOf(rule.words.after);
  const notAfter = startsOf(rule.words.notAfter);
  const findings: LegalFinding[] = [];
  ad.forEach(({ word }, index) => {
    const age = Number(word);
    if (!/^\d{2}$/.test(word) || age < 14 || index + 1 >= ad.length || !units.has(ad[index + 1].word) || notAfter.has(index + 2)) return;
    let bounded = after.has(index + 2);
    for (let back = 0; back <= 4 && !bounded; back++) bounded = beforeEnds.has(index - back);
    if (bounded) findings.push(finding(rule, clauseAround(text, ad[index].start, ad[index + 1].end), rule.rewording));
  });
  return findings;
}

/** Mostly in French: over `minWords` words, at least as many French stop words as English ones. */
function inFrench(text: string, minWords: number): boolean {
  const french = stopWordShare(text, "fr");
  return french.words < minWords || french.share >= stopWordShare(text, "en").share;
}

function checkLanguage(rule: Extract<LegalRule, { kind: "language" }>, text: string): LegalFinding[] {
  if (inFrench(text, rule.words.minWords)) return [];
  const title = titleOf(text);
  return [finding(rule, title?.title ?? clauseAround(text, 0, 0), rule.rewording)];
}

const PAY_CONTEXT = 8;
/** A range of figures: « 40,000 - 60,000 », « $40-45 », « 1 800 à 2 100 € ». */
const RANGE = /\d\s*(?:-|–|—|to|à|a)\s*[$€£]?\s*\d/;

/**
 * A figure of pay: a number next to a currency (« 2 250 euros », « $40-45/hour », « GBP 40,000 »,
 * « 1440€ »), not a sum of money (« $20M raised »), with a word of pay within eight words or as a
 * range of figures.
 */
export function payFigure(rule: Pick<Extract<LegalRule, { kind: "pay" }>, "words">, text: string, ad: Word[]): Match | null {
  const magnitudes = new Set(rule.words.magnitudes.map(fold));
  const isMagnitude = (index: number) => index < ad.length && (magnitudes.has(ad[index].word) || magnitudes.has(ad[index].word.replace(/^\d+/, "")));
  const payWords = new PhraseIndex(rule.words.payWords).matches(ad);
  for (const match of new PhraseIndex(rule.words.currencies).matches(ad)) {
    const figure = [match.from - 2, match.from - 1, match.to, match.to + 1].find((index) => index >= 0 && index < ad.length && isNumber(ad[index].word));
    if (figure === undefined || isMagnitude(figure) || isMagnitude(figure + 1)) continue;
    const near = payWords.some((word) => word.to >= match.from - PAY_CONTEXT && word.from <= match.to + PAY_CONTEXT);
    const span = text.slice(ad[Math.max(0, match.from - 4)].start, ad[Math.min(ad.length - 1, match.to + 5)].end);
    if (near || RANGE.test(span)) return match;
  }
  return null;
}

function checkPay(rule: Extract<LegalRule, { kind: "pay" }>, text: string, ad: Word[]): LegalFinding[] {
  if (payFigure(rule, text, ad)) return [];
  const vague = new PhraseIndex(rule.words.vague).matches(ad)[0];
  return [finding(rule, vague ? clauseAround(text, ad[vague.from].start, ad[vague.to - 1].end) : null, rule.rewording)];
}

function finding(rule: LegalRule, quote: string | null, rewording: string): LegalFinding {
  return { rule: rule.id, kind: rule.kind, level: rule.level, article: rule.article, href: rule.href, message: rule.message, criterion: null, quote, rewording };
}

/** The words of an ad, markup removed, as the checks read them. */
export function adWords(input: string): { text: string; words: Word[] } {
  const text = textOfMarkup(input);
  return { text, words: words(text) };
}

/**
 * Every finding of the legal checks on an ad, in the order of the rules. The title checks apply
 * to an ad in French only (an ad in another language gets the language finding).
 */
export function checkJobAdLaw(model: LegalModel, input: string): LegalFinding[] {
  const { text, words: ad } = adWords(input);
  if (ad.length === 0) return [];
  const language = model.rules.find((rule) => rule.kind === "language");
  const french = inFrench(text, language?.kind === "language" ? language.words.minWords : 20);
  return model.rules.flatMap((rule) => {
    switch (rule.kind) {
      case "title-sex":
        return checkTitleSex(rule, text, french);
      case "phrases":
        return checkPhrases(rule, text, ad);
      case "age-limit":
        return checkAgeLimit(rule, text, ad);
      case "language":
        return checkLanguage(rule, text);
      case "pay":
        return checkPay(rule, text, ad);
    }
  });
}
