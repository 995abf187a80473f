/**
 * The job-ad analyser: which role an ad describes, with the evidence, the role its title names
 * and the link to paste. Deterministic, offline and pure: the same function runs in the route
 * handler, the server action and the browser. The text is never stored or sent anywhere.
 */
import type { AnalyserModel, ItemList, ModelRole } from "./model";
import { ITEM_LISTS } from "./model";
import { headingWords } from "./model";
import { fold, notTheMission, stopWordShare, tokenize, type Token } from "./normalise";

/** Longest ad accepted, in characters (the API answers 413 beyond). */
export { MAX_AD_LENGTH } from "./limits";
import { MAX_AD_LENGTH } from "./limits";

/**
 * The tuning of the analyser, global to every ad (never adjusted for one ad in particular), set
 * on the `tune` half of the real ads of content/job-ads/ads.json. See `npm run eval:analyse`.
 */
export const ANALYSER_SETTINGS = {
  /** Extra words allowed between the words of a signal, inside one sentence. */
  signalSlack: 2,
  /** How much a role with many items is discounted: score × (mean item count / role item count) ^ sizeExponent. */
  sizeExponent: 0.5,
  /** What a signal without the field's words counts for, in a sentence that does not speak of the field (budget, planning, coordonner…). */
  genericWeight: 0.25,
  /** At least this many sentences must speak of the field (community, social media, content)… */
  minFieldSentences: 2,
  /** …and at least this share of the sentences that say what the job does, for a role to be named. */
  minFieldShare: 0.35,
  /** What each sentence that names a role's field (« community », « réseaux sociaux », « content ») adds to that role. */
  fieldWeight: 0.5,
  /** Below this adjusted evidence, no role is named. */
  minEvidence: 1.6,
  /** At least this many distinct items, or sentences naming the role's field, must match for a role to be named. */
  minItems: 2,
  /** The runner-up within this share of the best role's evidence: the analyser is not sure which. */
  closeShare: 0.85,
  /** Every role within this share of the best one: nothing sets one role apart, no role is named. */
  flatShare: 0.9,
  /** Adjusted evidence shown as a score of 100; a best role with more is shown at 100, the others in proportion to it. */
  saturation: 12,
  /** Below this share of the model's language's stop words (over at least `minWordsForLanguage` words), the text is not read as written in it. */
  minFrenchShare: 0.1,
  minWordsForLanguage: 12,
  /** A first line of at most this many words is read as the ad's title. */
  titleWords: 16,
  /** How far into the ad a title is looked for when its first line names no role. */
  titleZone: 200,
  /** Words a sentence needs to say what the job does. */
  minTaskWords: 3,
  /** A line of at most this many words can be a heading (« Vos missions », "What you'll do"). */
  headingWords: 8,
  /** What a mission that names a role's field (« réseaux sociaux », "community") adds to that role in it. */
  missionFieldWeight: 1,
  /** A mission counts for a role when that role's items found in it weigh at least this much… */
  minMissionWeight: 0.5,
  /** …and the roles within this share of the best one in that mission share it. */
  missionTieShare: 0.9,
  /** The role with the most missions is named when it holds at least this share of them (the rubric's « about a third »). */
  minMissionShare: 1 / 3,
  /** At least this many missions of the ad must go to the role named. */
  minRoleMissions: 3,
  /** A role that manages another (profile `manages`) is named over it from this many missions on its own strategic items. */
  minManagingMissions: 1,
  /** …when the managed role's missions are at most this many times the managing role's own. */
  managingShare: 1,
  /**
   * The missions name social platforms, and other channels (website, blog, newsletter, SEO…) in at
   * most this share as many sentences: social platforms are the channel (the rubric's « only or
   * dominant »), and what the missions ask of the other roles (creating content, the editorial
   * calendar…) goes to the roles of social platforms.
   */
  socialChannelShare: 0.5,
} as const;

/** `not-french` for the French analyser, `not-english` for the English one: the ad is in another language. */
export type AnalysisStatus = "ok" | "empty" | "not-french" | "not-english" | "no-match";

const WRONG_LANGUAGE = { fr: "not-french", en: "not-english" } as const;

export type Evidence = { slug: string; list: ItemList; key: string; item: string; excerpt: string; weight: number };

/** How sure the analyser is: `high` one role clearly ahead, `medium` ahead, `low` another role close behind. */
export type Confidence = "high" | "medium" | "low";

/**
 * Why the analyser answered as it did, in facts a recruiter can check: the sentences of the ad,
 * those that speak of community, social-media or content work, and the runner-up when it is close.
 */
export type Reasons = {
  /** Sentences that say what the job does. */
  sentences: number;
  /** Of those, sentences that speak of the field of the roles. */
  fieldSentences: number;
  /** The role close behind the best one, when the analyser hesitates. */
  runnerUp: { slug: string; title: string } | null;
  /** Why no role was named: too little about the field, or roles too close to tell apart. */
  noRole: "field" | "flat" | "weak" | null;
};

export type Analysis = {
  status: AnalysisStatus;
  /** `edition`: the same link to the latest dated edition, whose text never changes. */
  best: { slug: string; title: string; url: string; edition: { date: string; label: string; url: string } | null; section: { id: string; title: string } | null } | null;
  confidence: Confidence | null;
  reasons: Reasons;
  /** Every role, best first, with a score from 0 to 100: its share of the ad's missions when they name the role, else its evidence. */
  scores: Array<{ slug: string; title: string; score: number }>;
  /** The role the ad's title names (the first one when it names several), or null. */
  statedRole: { slug: string; title: string } | null;
  /** The title names a role, and it is not the one the content describes (or the content describes none). */
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

type Span = { start: number; end: number };
type Found = { sentence: number; first: Token; last: Token };

/** Sentences and list items: the text between `.`, `!`, `?`, `;`, line breaks and bullets. */
function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  for (const match of text.matchAll(/[^.!?;\n\r•·▪●◦■►✓✔]+|[.!?](?=\S)/g)) {
    if (/[\p{L}\p{N}]/u.test(match[0])) sentences.push({ start: match.index, end: match.index + match[0].length });
  }
  return sentences;
}

/** The clauses of a sentence: between commas, colons, brackets and dashes that stand apart. One pass, linear in its length. */
function splitClauses(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  const body = text.slice(sentence.start, sentence.end);
  let start = 0;
  const cut = (end: number) => {
    if (/[\p{L}\p{N}]/u.test(body.slice(start, end))) clauses.push({ start: sentence.start + start, end: sentence.start + end });
  };
  for (const mark of body.matchAll(/[,:()[\]]|\s[–—-]\s/g)) {
    cut(mark.index);
    start = mark.index + mark[0].length;
  }
  cut(body.length);
  return clauses.length > 0 ? clauses : [sentence];
}

/** The first index of `sorted` whose value is at least `value`. */
function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What the analyser knows of an ad's words: each token's sentence and clause, and where each stem is. */
type Reading = { text: string; tokens: Token[]; sentenceOf: number[]; clauseOf: number[]; clauses: Span[]; sentences: Span[]; positions: Map<string, number[]>; counted: boolean[] };

/**
 * Every place the words of a signal are close together in one sentence, in any order, and in a
 * clause that is the job's mission (not denied, not done by someone else). Each anchor looks only
 * at the positions within reach (binary search), so the work stays linear in the text.
 */
function* findSignal(signal: string[], reading: Reading): Generator<Found> {
  const { tokens, sentenceOf, clauseOf, positions, counted } = reading;
  const window = signal.length - 1 + ANALYSER_SETTINGS.signalSlack;
  for (const anchor of positions.get(signal[0]) ?? []) {
    let low = anchor;
    let high = anchor;
    let complete = true;
    for (const stem of signal.slice(1)) {
      const list = positions.get(stem) ?? [];
      let nearest = -1;
      for (let index = lowerBound(list, anchor - window); index < list.length && list[index] <= anchor + window; index++) {
        const position = list[index];
        if (sentenceOf[position] !== sentenceOf[anchor]) continue;
        if (nearest === -1 || Math.abs(position - anchor) < Math.abs(nearest - anchor)) nearest = position;
      }
      if (nearest === -1) {
        complete = false;
        break;
      }
      low = Math.min(low, nearest);
      high = Math.max(high, nearest);
    }
    if (complete && high - low <= window && counted[clauseOf[low]] && counted[clauseOf[high]]) yield { sentence: sentenceOf[anchor], first: tokens[low], last: tokens[high] };
  }
}

/** The whole clause around a match, or its whole sentence when the clause is too short to read alone: never cut mid-phrase. */
function excerptOf(reading: Reading, found: Found): string {
  const { text, clauses, sentences } = reading;
  const clause = clauses[reading.clauseOf[reading.tokens.indexOf(found.first)]];
  const sentence = sentences[found.sentence];
  const span = clause && clause.end >= found.last.end && text.slice(clause.start, clause.end).trim().length >= 25 ? clause : sentence;
  return text
    .slice(span.start, Math.max(span.end, found.last.end))
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-–—:,*#\s]+/, "");
}

/** `phrase` in `words`, its words in order with at most `slack` words between them; the index of its first word, or -1. */
function indexOfPhrase(words: string[], phrase: string[], slack: number): number {
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== phrase[0]) continue;
    let at = start;
    let found = true;
    for (const stem of phrase.slice(1)) {
      const next = words.slice(at + 1, at + 2 + slack).indexOf(stem);
      if (next === -1) {
        found = false;
        break;
      }
      at += next + 1;
    }
    if (found) return start;
  }
  return -1;
}

/** « Chargé(e) », « chargé·e », « animateur·ice », « un.e » → the masculine form, so that the title reads as one word. */
function withoutInclusiveEndings(text: string): string {
  return text.replace(/(\p{L})(?:\(|[·.•‧-])(?:e|fe|ice|rice|trice|euse|ère|ne|le)\)?(s?)(?![\p{L}])/gu, "$1$2");
}

/**
 * The roles a title names, in the order they appear: a profile's title or other title (its
 * words in order, « Animatrice de communauté virtuelle »), its abbreviation, or the field of a
 * role's titles with a word that makes it a job title (« Responsable réseaux sociaux », « Head of
 * Content », « Social Media Strategist »). With `strict`, the title word must be next to the field.
 */
function namedRoles(model: AnalyserModel, zone: string, strict: boolean): ModelRole[] {
  const words = tokenize(withoutInclusiveEndings(zone), model.locale).map((token) => token.stem);
  const titleWords = new Set(model.titleWords);
  const found: Array<{ at: number; role: ModelRole }> = [];
  for (const role of model.roles) {
    let at = Infinity;
    for (const name of role.names) {
      const index = indexOfPhrase(words, name, 1);
      if (index !== -1) at = Math.min(at, index);
    }
    for (const field of role.fields) {
      const index = indexOfPhrase(words, field, 0);
      if (index === -1) continue;
      const near = strict ? words.slice(Math.max(0, index - 1), index + field.length + 1) : words;
      if (near.some((word) => titleWords.has(word))) at = Math.min(at, index);
    }
    if (role.abbreviation) {
      const match = new RegExp(`(^|[^\\p{L}\\p{N}])${role.abbreviation}(?![\\p{L}\\p{N}])`, "u").exec(zone);
      if (match) at = Math.min(at, tokenize(zone.slice(0, match.index), model.locale).length);
    }
    if (at !== Infinity) found.push({ at, role });
  }
  return found.sort((a, b) => a.at - b.at).map(({ role }) => role);
}

/** The roles the ad's title names: its first line when it is short enough to be a title, or else a job title in its first `titleZone` characters. */
function statedRoles(model: AnalyserModel, text: string): ModelRole[] {
  const firstLine = text.trim().split(/\n/)[0] ?? "";
  const isTitle = tokenize(firstLine, model.locale).length <= ANALYSER_SETTINGS.titleWords;
  const inTitle = isTitle ? namedRoles(model, firstLine, false) : [];
  return inTitle.length > 0 ? inTitle : namedRoles(model, text.trim().slice(0, ANALYSER_SETTINGS.titleZone), true);
}

function emptyScores(model: AnalyserModel): Analysis["scores"] {
  return model.roles.map((role) => ({ slug: role.slug, title: role.title, score: 0 }));
}

/** The ad's words, sentence by sentence and clause by clause, with the clauses that count as the job's missions. */
function read(model: AnalyserModel, text: string): Reading {
  const sentences = splitSentences(text);
  const tokens: Token[] = [];
  const sentenceOf: number[] = [];
  const clauseOf: number[] = [];
  const clauses: Span[] = [];
  sentences.forEach((sentence, index) => {
    for (const clause of splitClauses(text, sentence)) {
      for (const token of tokenize(text.slice(clause.start, clause.end), model.locale)) {
        tokens.push({ stem: token.stem, start: token.start + clause.start, end: token.end + clause.start });
        sentenceOf.push(index);
        clauseOf.push(clauses.length);
      }
      clauses.push(clause);
    }
  });
  const positions = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    const list = positions.get(token.stem);
    if (list) list.push(index);
    else positions.set(token.stem, [index]);
  });
  const counted = clauses.map((clause) => !notTheMission(text.slice(clause.start, clause.end), model.locale));
  return { text, tokens, sentenceOf, clauseOf, clauses, sentences, positions, counted };
}


/** The part of an ad a line opens: its missions, another part (profile, conditions, employer), or none (not a heading). */
function headingOf(model: AnalyserModel, line: string): "missions" | "other" | null {
  const words = headingWords(line);
  if (words === "") return null;
  const short = words.split(" ").length <= ANALYSER_SETTINGS.headingWords;
  // A heading alone on its line, or followed by a colon and the first mission (« Missions : animer… »).
  const opens = (heading: string) => (words === heading || words.startsWith(`${heading} `)) && (short || new RegExp(`^[^\\p{L}]*${heading.split(" ")[0]}[^:]{0,40}:`, "iu").test(fold(line.toLowerCase())));
  let found: { part: "missions" | "other"; length: number } | null = null;
  for (const part of ["missions", "other"] as const) {
    for (const heading of model.headings[part]) if (heading.length > (found?.length ?? 0) && opens(heading)) found = { part, length: heading.length };
  }
  return found?.part ?? null;
}

/**
 * The sentences that say what the job does, as the rubric counts them: those under a heading of
 * the missions when the ad has one, else every sentence outside the profile, the conditions and
 * the employer's presentation. Headings are read line by line, in one pass.
 */
function missionSentences(model: AnalyserModel, reading: Reading, isTask: (sentence: number) => boolean): number[] {
  const { text, sentences } = reading;
  const partOf: Array<"missions" | "other" | null> = [];
  const headingSentences = new Set<number>();
  let part: "missions" | "other" | null = null;
  let sentence = 0;
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    const opened = headingOf(model, line);
    if (opened) part = opened;
    for (; sentence < sentences.length && sentences[sentence].start < lineEnd; sentence++) {
      partOf[sentence] = part;
      if (opened && sentences[sentence].start >= lineStart && headingWords(text.slice(sentences[sentence].start, sentences[sentence].end)).split(" ").length <= ANALYSER_SETTINGS.headingWords) headingSentences.add(sentence);
    }
    lineStart = lineEnd + 1;
  }
  const tasks = sentences.map((_, index) => index).filter((index) => isTask(index) && !headingSentences.has(index));
  const underMissions = tasks.filter((index) => partOf[index] === "missions");
  return underMissions.length >= 2 ? underMissions : tasks.filter((index) => partOf[index] !== "other");
}

/**
 * The missions are about social platforms: they name social platforms (or online communities), and
 * other channels (website, newsletter…) in at most `socialChannelShare` as many sentences.
 */
function onSocialPlatforms(model: AnalyserModel, reading: Reading, missions: Set<number>, firstOf: number[]): boolean {
  const naming = (phrases: string[][]) => {
    const sentences = new Set<number>();
    for (const phrase of phrases) for (const found of findSignal(phrase, reading)) if (missions.has(firstOf[found.sentence])) sentences.add(firstOf[found.sentence]);
    return sentences.size;
  };
  const social = naming(model.channels.social);
  return social > 0 && naming(model.channels.other) <= ANALYSER_SETTINGS.socialChannelShare * social;
}

/** What each role's items weigh in a mission, those of the roles off social platforms added to each role on them. */
function forSocialRoles(model: AnalyserModel, weights: number[]): number[] {
  if (!model.roles.some((role) => role.social)) return weights;
  const moved = weights.reduce((total, weight, index) => total + (model.roles[index].social ? 0 : weight), 0);
  return weights.map((weight, index) => (model.roles[index].social ? weight + moved : 0));
}

const NO_REASONS: Reasons = { sentences: 0, fieldSentences: 0, runnerUp: null, noRole: null };

export function analyseAd(model: AnalyserModel, input: string): Analysis {
  const text = textOfMarkup(input.slice(0, MAX_AD_LENGTH)).normalize("NFC");
  const stated = statedRoles(model, text);
  const statedRole = stated[0] ? { slug: stated[0].slug, title: stated[0].title } : null;
  const base = { best: null, confidence: null, statedRole, mismatch: false, suggestedTitle: null, evidence: [] };
  if (!/[\p{L}]/u.test(text)) return { ...base, status: "empty", reasons: NO_REASONS, scores: emptyScores(model) };
  const language = stopWordShare(text, model.locale);
  if (language.words >= ANALYSER_SETTINGS.minWordsForLanguage && language.share < ANALYSER_SETTINGS.minFrenchShare) {
    return { ...base, status: WRONG_LANGUAGE[model.locale], reasons: NO_REASONS, scores: emptyScores(model) };
  }

  const reading = read(model, text);
  // The sentences that speak of the roles' field: community, social media, content.
  const inField = new Set<number>();
  // A sentence said again (an ad pasted twice) counts once: sentences are told apart by their words.
  const wordsOf = reading.sentences.map(() => [] as string[]);
  reading.tokens.forEach((token, index) => wordsOf[reading.sentenceOf[index]].push(token.stem));
  const sameAs = new Map<string, number>();
  const firstOf = wordsOf.map((words, sentence) => sameAs.get(words.join(" ")) ?? (sameAs.set(words.join(" "), sentence), sentence));
  for (const phrase of model.domain) for (const found of findSignal(phrase, reading)) inField.add(firstOf[found.sentence]);
  // The sentences that say what the job does; a sentence of the field counts even when it is short (the title).
  const taskSentences = wordsOf.filter((words, sentence) => firstOf[sentence] === sentence && words.length >= ANALYSER_SETTINGS.minTaskWords).length;
  const fieldSentences = inField.size;
  const fieldShare = fieldSentences / Math.max(taskSentences, 1);

  const meanItems = model.roles.reduce((total, role) => total + role.items.length, 0) / Math.max(model.roles.length, 1);
  const evidence: Evidence[] = [];
  // In each sentence, what each role's items found there weigh, and whether one of them is a strategic item of that role alone.
  const inSentence = model.roles.map(() => new Map<number, { weight: number; own: boolean }>());
  const results = model.roles.map((role, roleIndex) => {
    let raw = 0;
    let items = 0;
    const byList: Partial<Record<ItemList, number>> = {};
    for (const item of role.items) {
      let best: { weight: number; found: Found } | null = null;
      const bySentence = new Map<number, { weight: number; own: boolean }>();
      for (const signal of item.signals) {
        for (const found of findSignal(signal.stems, reading)) {
          const sentence = firstOf[found.sentence];
          const weight = signal.weight * (signal.domain || inField.has(sentence) ? 1 : ANALYSER_SETTINGS.genericWeight);
          if (!best || weight > best.weight) best = { weight, found };
          const own = item.strategic && signal.weight === 1;
          const before = bySentence.get(sentence);
          bySentence.set(sentence, { weight: Math.max(weight, before?.weight ?? 0), own: own || (before?.own ?? false) });
        }
      }
      if (!best) continue;
      raw += best.weight;
      items++;
      byList[item.list] = (byList[item.list] ?? 0) + best.weight;
      evidence.push({ slug: role.slug, list: item.list, key: item.key, item: item.text, excerpt: excerptOf(reading, best.found), weight: best.weight });
      if (item.list !== "missions") continue;
      for (const [sentence, found] of bySentence) {
        const total = inSentence[roleIndex].get(sentence);
        inSentence[roleIndex].set(sentence, { weight: (total?.weight ?? 0) + found.weight, own: (total?.own ?? false) || found.own });
      }
    }
    const named = new Set<number>();
    for (const field of role.fields) for (const found of findSignal(field, reading)) named.add(firstOf[found.sentence]);
    for (const sentence of named) {
      const total = inSentence[roleIndex].get(sentence);
      inSentence[roleIndex].set(sentence, { weight: (total?.weight ?? 0) + ANALYSER_SETTINGS.missionFieldWeight, own: total?.own ?? false });
    }
    const adjusted = raw * Math.pow(meanItems / Math.max(role.items.length, 1), ANALYSER_SETTINGS.sizeExponent) + ANALYSER_SETTINGS.fieldWeight * named.size;
    return { role, adjusted, items: items + named.size, byList, missions: 0, own: 0 };
  });

  // The rubric: each mission of the ad goes to the role whose missions it matches best, or to
  // none when it speaks of other work; the role with the most missions is named when it holds
  // about a third of them. What a managing role shares with the role it manages (creating
  // content, reporting…) is the managed role's execution: it counts for the managing role only
  // on its own strategic items.
  const slugIndex = new Map(model.roles.map((role, index) => [role.slug, index]));
  const managedBy = model.roles.map((role) => role.manages.map((slug) => slugIndex.get(slug)).filter((index): index is number => index !== undefined));
  const missions = missionSentences(model, reading, (sentence) => firstOf[sentence] === sentence && wordsOf[sentence].length >= ANALYSER_SETTINGS.minTaskWords);
  // Social platforms the only or dominant channel: content for them is social-media work (the rubric's rule 5).
  const social = onSocialPlatforms(model, reading, new Set(missions), firstOf);
  for (const sentence of missions) {
    const found = inSentence.map((bySentence) => bySentence.get(sentence)?.weight ?? 0);
    const weights = social ? forSocialRoles(model, found) : found;
    const top = Math.max(...weights);
    if (top < ANALYSER_SETTINGS.minMissionWeight) continue;
    const sharing = weights.map((weight, index) => (weight >= ANALYSER_SETTINGS.missionTieShare * top ? index : -1)).filter((index) => index !== -1);
    for (const index of sharing) {
      const own = inSentence[index].get(sentence)?.own ?? false;
      if (own) results[index].own += 1 / sharing.length;
      const to = own || managedBy[index].length === 0 ? [index] : managedBy[index];
      for (const target of to) results[target].missions += 1 / sharing.length / to.length;
    }
  }
  for (const [index, managed] of managedBy.entries()) {
    // The managed role's missions go to the managing one when it also owns the strategy, the budget or the team.
    if (results[index].own < ANALYSER_SETTINGS.minManagingMissions || managed.every((target) => results[target].missions > ANALYSER_SETTINGS.managingShare * results[index].missions)) continue;
    for (const target of managed) {
      results[index].missions += results[target].missions;
      results[target].missions = 0;
    }
  }

  // The evidence over the whole ad decides whether it speaks of the roles' work; the missions decide which role, when one of them leads.
  const byEvidence = [...results].sort((a, b) => b.adjusted - a.adjusted || a.role.title.localeCompare(b.role.title, "fr"));
  const byMissions = [...results].sort((a, b) => b.missions - a.missions || b.adjusted - a.adjusted || a.role.title.localeCompare(b.role.title, "fr"));
  const [leader, next] = byMissions;
  const leads = leader !== undefined && leader.missions >= ANALYSER_SETTINGS.minRoleMissions && leader.missions > (next?.missions ?? 0) && leader.missions >= ANALYSER_SETTINGS.minMissionShare * missions.length;
  const best = byEvidence[0];
  const noRole: Reasons["noRole"] =
    inField.size < ANALYSER_SETTINGS.minFieldSentences || fieldShare < ANALYSER_SETTINGS.minFieldShare
      ? "field"
      : !best || best.adjusted < ANALYSER_SETTINGS.minEvidence || best.items < ANALYSER_SETTINGS.minItems
        ? "weak"
        : !leads && byEvidence.length > 2 && byEvidence.every(({ adjusted }) => adjusted >= ANALYSER_SETTINGS.flatShare * best.adjusted)
          ? "flat"
          : null;
  const byMissionShare = leads && noRole === null;
  const ranked = byMissionShare ? byMissions : byEvidence;
  // Shown out of 100: each role's share of the ad's missions when they decide; else the evidence as found, the best role at most 100 and the others in proportion.
  const scale = Math.max(ANALYSER_SETTINGS.saturation, best?.adjusted ?? 0);
  const scores = ranked.map(({ role, adjusted, missions: count }) => ({ slug: role.slug, title: role.title, score: Math.round(byMissionShare ? (100 * count) / missions.length : (100 * adjusted) / scale) }));
  const [top, second] = ranked;
  const order = new Map(ranked.map(({ role }, index) => [role.slug, index]));
  const listOrder = ITEM_LISTS.map(({ list }) => list);
  evidence.sort((a, b) => order.get(a.slug)! - order.get(b.slug)! || listOrder.indexOf(a.list) - listOrder.indexOf(b.list) || b.weight - a.weight);

  const measure = (result: (typeof results)[number]) => (byMissionShare ? result.missions : result.adjusted);
  const close = noRole === null && second && measure(second) >= ANALYSER_SETTINGS.closeShare * measure(top) ? second.role : null;
  const reasons: Reasons = { sentences: taskSentences, fieldSentences: inField.size, runnerUp: close && { slug: close.slug, title: close.title }, noRole };

  // A title that names a role over missions that describe none (too little of the field, or too little evidence) misleads; roles too close to tell apart do not say it.
  if (noRole) return { ...base, status: "no-match", reasons, mismatch: noRole !== "flat" && statedRole !== null, scores, evidence };
  const sectionList = listOrder.reduce((chosen, list) => ((top.byList[list] ?? 0) > (top.byList[chosen] ?? 0) ? list : chosen), listOrder[0]);
  const section = top.role.sections[sectionList] ?? null;
  const margin = second ? 1 - measure(second) / measure(top) : 1;
  return {
    status: "ok",
    best: {
      slug: top.role.slug,
      title: top.role.title,
      url: section ? `${top.role.url}#${section.id}` : top.role.url,
      edition: top.role.edition && { ...top.role.edition, url: section ? `${top.role.edition.url}#${section.id}` : top.role.edition.url },
      section,
    },
    confidence: close ? "low" : margin >= 0.5 && fieldShare >= 2 * ANALYSER_SETTINGS.minFieldShare ? "high" : "medium",
    reasons,
    scores,
    statedRole,
    mismatch: stated.length > 0 && !stated.some((role) => role.slug === top.role.slug),
    suggestedTitle: `${top.role.title}${model.titleMark}`,
    evidence,
  };
}
