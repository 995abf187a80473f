/**
 * The job-ad analyser: which role an ad describes, with the evidence, the role its title names
 * and the link to paste. Deterministic, offline and pure: the same function runs in the route
 * handler, the server action and the browser. The text is never stored or sent anywhere.
 */
import { foldText } from "../text";
import type { AnalyserModel, ItemList, ModelRole } from "./model";
import { ITEM_LISTS } from "./model";
import { stopWordShare, tokenize, type Token } from "./normalise";

/** Longest ad accepted, in characters (the API answers 413 beyond). */
export { MAX_AD_LENGTH } from "./limits";
import { MAX_AD_LENGTH } from "./limits";

/**
 * The tuning of the analyser, global to every ad (never adjusted for one ad in particular).
 * See tests/analyse/eval-set.json and `npm run eval:analyse`.
 */
export const ANALYSER_SETTINGS = {
  /** Extra words allowed between the words of a signal, inside one sentence. */
  signalSlack: 2,
  /** How much a role with many items is discounted: score × (mean item count / role item count) ^ sizeExponent. */
  sizeExponent: 0.5,
  /** Below this adjusted evidence, no role is named. */
  minEvidence: 1.6,
  /** At least this many distinct items must match for a role to be named. */
  minItems: 2,
  /** Adjusted evidence shown as a score of 100. */
  saturation: 12,
  /** Below this share of the model's language's stop words (over at least `minWordsForLanguage` words), the text is not read as written in it. */
  minFrenchShare: 0.1,
  minWordsForLanguage: 12,
  /** How far into the ad the title is looked for when its first line names no role. */
  titleZone: 200,
  excerptLength: 180,
} as const;

/** `not-french` for the French analyser, `not-english` for the English one: the ad is in another language. */
export type AnalysisStatus = "ok" | "empty" | "not-french" | "not-english" | "no-match";

const WRONG_LANGUAGE = { fr: "not-french", en: "not-english" } as const;

export type Evidence = { slug: string; list: ItemList; key: string; item: string; excerpt: string; weight: number };

export type Analysis = {
  status: AnalysisStatus;
  best: { slug: string; title: string; url: string; section: { id: string; title: string } | null } | null;
  /** Every role, best first, with a score from 0 to 100. */
  scores: Array<{ slug: string; title: string; score: number }>;
  /** The role the ad's title names (the first one when it names several), or null. */
  statedRole: { slug: string; title: string } | null;
  /** The title names roles, and none of them is the one the content describes. */
  mismatch: boolean;
  suggestedTitle: string | null;
  evidence: Evidence[];
};

const BLOCK_TAGS = new Set(["p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "article", "header", "footer", "table", "dd", "dt", "blockquote"]);
/** Elements whose content is not text a reader sees. */
const HIDDEN_CONTENT = new Set(["script", "style", "template", "noscript"]);
const ENTITIES: Record<string, string> = { amp: "&", nbsp: " ", quot: '"', apos: "'", rsquo: "’", lsquo: "‘", laquo: "«", raquo: "»", eacute: "é", egrave: "è", agrave: "à", ecirc: "ê", ccedil: "ç" };
const TAG_NAME = /<(\/?)([a-z][a-z0-9-]*)/iy;

/**
 * The words a reader sees in pasted HTML: scripts, styles, comments and tags dropped; `&lt;` and
 * `&gt;` kept as they are. One pass over the text, in time linear in its length whatever it holds
 * (a tag or comment never closed, thousands of `<p` without `>`): each character is looked at a
 * bounded number of times, and a search that found no end is not made again.
 */
export function textOfMarkup(input: string): string {
  if (!/[<&]/.test(input)) return input;
  const parts: string[] = [];
  const unclosed = new Set<string>();
  let commentsClosed = true;
  let at = 0;
  while (at < input.length) {
    const open = input.indexOf("<", at);
    if (open < 0) break;
    parts.push(input.slice(at, open));
    if (input.startsWith("<!--", open)) {
      const end = commentsClosed ? input.indexOf("-->", open + 4) : -1;
      // A comment never closed is text as written, and so is every later one.
      if (end < 0) commentsClosed = false;
      parts.push(end < 0 ? "<!--" : " ");
      at = end < 0 ? open + 4 : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = open;
    const tag = TAG_NAME.exec(input);
    const close = tag ? input.indexOf(">", TAG_NAME.lastIndex) : -1;
    if (!tag || close < 0) {
      // Not a tag, or a tag never closed (and then no later one is): text as written.
      parts.push(tag ? input.slice(open) : "<");
      at = tag ? input.length : open + 1;
      continue;
    }
    const name = tag[2].toLowerCase();
    at = close + 1;
    if (!tag[1] && HIDDEN_CONTENT.has(name) && !unclosed.has(name)) {
      const end = new RegExp(`</${name}\\s*>`, "gi");
      end.lastIndex = at;
      if (end.exec(input)) {
        parts.push(" ");
        at = end.lastIndex;
        continue;
      }
      unclosed.add(name);
    }
    parts.push(BLOCK_TAGS.has(name) ? "\n" : " ");
  }
  parts.push(input.slice(at));
  return parts.join("").replace(/&([a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity);
}

type Sentence = { start: number; end: number };
type Found = { sentence: number; first: Token; last: Token };

/** Sentences and list items: the text between `.`, `!`, `?`, `;`, line breaks and bullets. */
function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(/[^.!?;\n\r•·▪●◦■►✓✔]+/g)) {
    if (/[\p{L}\p{N}]/u.test(match[0])) sentences.push({ start: match.index, end: match.index + match[0].length });
  }
  return sentences;
}

/** The words of a signal close together in one sentence, in any order; the first place they are. */
function findSignal(signal: string[], tokens: Token[], sentenceOf: number[], positions: Map<string, number[]>): Found | null {
  const window = signal.length - 1 + ANALYSER_SETTINGS.signalSlack;
  for (const anchor of positions.get(signal[0]) ?? []) {
    let low = anchor;
    let high = anchor;
    let complete = true;
    for (const stem of signal.slice(1)) {
      let nearest = -1;
      for (const position of positions.get(stem) ?? []) {
        if (sentenceOf[position] !== sentenceOf[anchor] || Math.abs(position - anchor) > window) continue;
        if (nearest === -1 || Math.abs(position - anchor) < Math.abs(nearest - anchor)) nearest = position;
      }
      if (nearest === -1) {
        complete = false;
        break;
      }
      low = Math.min(low, nearest);
      high = Math.max(high, nearest);
    }
    if (complete && high - low <= window) return { sentence: sentenceOf[anchor], first: tokens[low], last: tokens[high] };
  }
  return null;
}

/** The clause around a match (between commas, colons, dashes or brackets that stand apart), or its sentence when the clause is shorter than 12 characters; about `excerptLength` characters at most. */
function excerptOf(text: string, sentence: Sentence, found: Found): string {
  const max = ANALYSER_SETTINGS.excerptLength;
  const before = text.slice(sentence.start, found.first.start);
  const after = text.slice(found.last.end, sentence.end);
  const clauseStart = sentence.start + Math.max(...[",", ":", " (", "–", "—"].map((mark) => before.lastIndexOf(mark) + (before.lastIndexOf(mark) === -1 ? 1 : mark.length)));
  const nextMark = Math.min(...[",", ":", ") ", "–", "—"].map((mark) => after.indexOf(mark)).filter((index) => index !== -1), after.length);
  const clauseEnd = found.last.end + nextMark;
  const clause = clauseEnd - clauseStart >= 12;
  let start = clause ? clauseStart : sentence.start;
  let end = clause ? clauseEnd : sentence.end;
  const whole = { start, end };
  if (end - start > max) {
    const middle = (found.first.start + found.last.end) / 2;
    start = Math.max(whole.start, Math.floor(middle - max / 2));
    end = Math.min(whole.end, start + max);
    start = Math.max(whole.start, end - max);
  }
  const body = text
    .slice(start, end)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-–—:,*\s]+/, "");
  return `${start > whole.start ? "…" : ""}${body}${end < whole.end ? "…" : ""}`;
}

/** Every role named in `zone`, in the order they appear (longest name first at the same place). */
function namedRoles(model: AnalyserModel, zone: string): ModelRole[] {
  const folded = ` ${foldText(zone)} `;
  const found: Array<{ at: number; role: ModelRole }> = [];
  for (const role of model.roles) {
    let at = Infinity;
    for (const name of role.names) {
      const index = folded.indexOf(` ${name} `);
      if (index !== -1) at = Math.min(at, index);
    }
    if (role.abbreviation) {
      const match = new RegExp(`(^|[^\\p{L}\\p{N}])${role.abbreviation}(?![\\p{L}\\p{N}])`, "u").exec(zone);
      if (match) at = Math.min(at, (match.index / Math.max(zone.length, 1)) * folded.length);
    }
    if (at !== Infinity) found.push({ at, role });
  }
  return found.sort((a, b) => a.at - b.at).map(({ role }) => role);
}

/** The roles the ad's title names: its first line, or else its first `titleZone` characters. */
function statedRoles(model: AnalyserModel, text: string): ModelRole[] {
  const firstLine = text.trim().split(/\n/)[0] ?? "";
  const inTitle = namedRoles(model, firstLine);
  return inTitle.length > 0 ? inTitle : namedRoles(model, text.trim().slice(0, ANALYSER_SETTINGS.titleZone));
}

function emptyScores(model: AnalyserModel): Analysis["scores"] {
  return model.roles.map((role) => ({ slug: role.slug, title: role.title, score: 0 }));
}

export function analyseAd(model: AnalyserModel, input: string): Analysis {
  const text = textOfMarkup(input.slice(0, MAX_AD_LENGTH)).normalize("NFC");
  const stated = statedRoles(model, text);
  const statedRole = stated[0] ? { slug: stated[0].slug, title: stated[0].title } : null;
  const base = { best: null, statedRole, mismatch: false, suggestedTitle: null, evidence: [] };
  if (!/[\p{L}]/u.test(text)) return { ...base, status: "empty", scores: emptyScores(model) };
  const language = stopWordShare(text, model.locale);
  if (language.words >= ANALYSER_SETTINGS.minWordsForLanguage && language.share < ANALYSER_SETTINGS.minFrenchShare) {
    return { ...base, status: WRONG_LANGUAGE[model.locale], scores: emptyScores(model) };
  }

  const sentences = splitSentences(text);
  const tokens: Token[] = [];
  const sentenceOf: number[] = [];
  sentences.forEach((sentence, index) => {
    for (const token of tokenize(text.slice(sentence.start, sentence.end), model.locale)) {
      tokens.push({ stem: token.stem, start: token.start + sentence.start, end: token.end + sentence.start });
      sentenceOf.push(index);
    }
  });
  const positions = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    const list = positions.get(token.stem);
    if (list) list.push(index);
    else positions.set(token.stem, [index]);
  });

  const meanItems = model.roles.reduce((total, role) => total + role.items.length, 0) / Math.max(model.roles.length, 1);
  const evidence: Evidence[] = [];
  const results = model.roles.map((role) => {
    let raw = 0;
    let items = 0;
    const byList: Partial<Record<ItemList, number>> = {};
    for (const item of role.items) {
      let best: { weight: number; found: Found } | null = null;
      for (const signal of item.signals) {
        if (best && best.weight >= signal.weight) continue;
        const found = findSignal(signal.stems, tokens, sentenceOf, positions);
        if (found) best = { weight: signal.weight, found };
      }
      if (!best) continue;
      raw += best.weight;
      items++;
      byList[item.list] = (byList[item.list] ?? 0) + best.weight;
      evidence.push({ slug: role.slug, list: item.list, key: item.key, item: item.text, excerpt: excerptOf(text, sentences[best.found.sentence], best.found), weight: best.weight });
    }
    const adjusted = raw * Math.pow(meanItems / Math.max(role.items.length, 1), ANALYSER_SETTINGS.sizeExponent);
    return { role, adjusted, items, byList };
  });

  const ranked = [...results].sort((a, b) => b.adjusted - a.adjusted || a.role.title.localeCompare(b.role.title, "fr"));
  const scores = ranked.map(({ role, adjusted }) => ({ slug: role.slug, title: role.title, score: Math.min(100, Math.round((100 * adjusted) / ANALYSER_SETTINGS.saturation)) }));
  const top = ranked[0];
  const confident = top && top.adjusted >= ANALYSER_SETTINGS.minEvidence && top.items >= ANALYSER_SETTINGS.minItems;
  const order = new Map(ranked.map(({ role }, index) => [role.slug, index]));
  const listOrder = ITEM_LISTS.map(({ list }) => list);
  evidence.sort((a, b) => order.get(a.slug)! - order.get(b.slug)! || listOrder.indexOf(a.list) - listOrder.indexOf(b.list) || b.weight - a.weight);

  if (!confident) return { ...base, status: "no-match", scores, evidence };
  const sectionList = listOrder.reduce((chosen, list) => ((top.byList[list] ?? 0) > (top.byList[chosen] ?? 0) ? list : chosen), listOrder[0]);
  const section = top.role.sections[sectionList] ?? null;
  return {
    status: "ok",
    best: { slug: top.role.slug, title: top.role.title, url: section ? `${top.role.url}#${section.id}` : top.role.url, section },
    scores,
    statedRole,
    mismatch: stated.length > 0 && !stated.some((role) => role.slug === top.role.slug),
    suggestedTitle: `${top.role.title}${model.titleMark}`,
    evidence,
  };
}
