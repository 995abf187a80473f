import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";
import { isPositioning, type Positioning } from "./positioning";
import type { RoleSummary } from "./role-summary";
import type { Role } from "./schema";
import { allMissions } from "./items";
import { editDistance, foldText, searchTokens, slugify } from "./text";

export type SearchHit = {
  role: RoleSummary;
  /** The other title that matched, when it is not the role's own title. */
  matchedTitle?: string;
  score: number;
};

/** A role close to a query that none of its titles matches, and why, in French (« par ses missions : « … » »). */
export type NearHit = { role: RoleSummary; reason?: string };

export type SearchResult = {
  query: string;
  /** Roles whose title or other titles match, best first. */
  hits: SearchHit[];
  /** When no title matches: the closest roles by what they do, best first, so that a search never ends on an empty page. */
  closest: NearHit[];
};

/** A part of a role profile that a search reads, how much a match there counts, and how a reason names it. */
export type SearchField = { reason: string; weight: number; texts: string[] };

/** Slug → the texts of each role that a search by content reads, besides its titles. */
export type SearchTexts = ReadonlyMap<string, SearchField[]> & { locale?: Locale };

/** What a search reads of each role, from its profile: its summary, missions, skills, indicators and channels. */
export function searchTexts(roles: Role[], locale: Locale = DEFAULT_LOCALE): SearchTexts {
  const t = translator(locale, "search");
  const texts: SearchTexts = new Map(
    roles.map((role) => [
      role.slug,
      [
        { reason: t("fieldMissions"), weight: 3, texts: allMissions(role).map((item) => item.text) },
        { reason: t("fieldSkills"), weight: 3, texts: role.skills.map((item) => item.text) },
        { reason: t("fieldSummary"), weight: 2, texts: [role.summary] },
        { reason: t("fieldOtherTitles"), weight: 2, texts: role.otherTitles.flatMap((other) => (other.feminine ? [other.title, other.feminine] : [other.title])) },
        { reason: t("fieldIndicators"), weight: 1.5, texts: role.indicators.map((item) => item.text) },
        { reason: t("fieldChannels"), weight: 1, texts: role.channels.map((item) => item.text) },
      ],
    ]),
  );
  return Object.assign(texts, { locale });
}

/** Derivational endings, longest first: `rédacteur` and `rédaction` share the stem `redac`. */
const SUFFIXES = ["ateurs", "ateur", "ations", "ation", "ements", "ement", "ments", "ment", "teurs", "teur", "tions", "tion", "iques", "ique", "istes", "iste", "ismes", "isme", "eurs", "eur", "ions", "ion", "ites", "ite", "ales", "ale", "aux", "al", "ifs", "if", "er", "es", "e", "s"];

/** A search token reduced to its stem; a stem keeps at least four letters. */
export function stem(token: string): string {
  for (const suffix of SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= 4) return token.slice(0, -suffix.length);
  }
  return token;
}

/**
 * Words of job titles that name a rank or a kind of post in any trade, not what the role does
 * (`chargé de…`, `responsable…`): a search by content ignores them, a search by title does not.
 */
const TITLE_HEADS = new Set(["charge", "responsable", "assistant", "chef", "directeur", "manager", "gestionnaire", "specialiste", "consultant", "expert", "junior", "senior", "stagiaire", "alternant", "poste", "metier"]);

function stems(text: string): Set<string> {
  return new Set(searchTokens(text).map(stem));
}

function queryStems(query: string): string[] {
  return [...new Set(searchTokens(query).filter((token) => !TITLE_HEADS.has(token)).map(stem))];
}

/** « du Content Manager », « de l’Office Manager »; “the Content Manager”. */
function ofTitle(title: string, locale: Locale): string {
  if (locale === "en") return `the ${title}`;
  return /^[aeiouyhàâéèêëîïôöûü]/i.test(title) ? `de l’${title}` : `du ${title}`;
}

/**
 * The roles closest to a query by what they do: each word of the query found in a role's missions,
 * skills, summary, indicators or channels counts, more in some than in others, and more when few
 * roles have it (a word every role has tells them apart less). The best matching text gives the reason.
 */
export function rolesByContent(query: string, roles: RoleSummary[], texts: SearchTexts): NearHit[] {
  const wanted = queryStems(query);
  if (wanted.length === 0) return [];
  const fields = roles.map((role) => (texts.get(role.slug) ?? []).map((field) => ({ ...field, stems: field.texts.map(stems) })));
  const rarity = new Map(
    wanted.map((word) => {
      const having = fields.filter((role) => role.some((field) => field.stems.some((found) => found.has(word)))).length;
      return [word, having === 0 ? 0 : Math.log(1 + roles.length / having)];
    }),
  );
  const ranked = roles.map((role, index) => {
    let score = 0;
    let best = { value: 0, reason: "", text: "" };
    for (const field of fields[index]) {
      let fieldScore = 0;
      field.stems.forEach((found, textIndex) => {
        const matched = wanted.filter((word) => found.has(word));
        const value = field.weight * matched.reduce((sum, word) => sum + (rarity.get(word) ?? 0), 0) * (1 + 0.5 * (matched.length - 1));
        fieldScore = Math.max(fieldScore, value);
        if (value > best.value) best = { value, reason: field.reason, text: field.texts[textIndex] };
      });
      score += fieldScore;
    }
    const locale = texts.locale ?? DEFAULT_LOCALE;
    const near = translator(locale, "search");
    return { role, score, reason: best.value > 0 ? near("near", { of: ofTitle(role.title, locale), field: best.reason, text: best.text }) : undefined };
  });
  return ranked
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.role.title.localeCompare(b.role.title, "fr"))
    .map(({ role, reason }) => ({ role, reason }));
}

function tokenMatches(queryToken: string, titleToken: string): boolean {
  if (titleToken === queryToken) return true;
  if (queryToken.length >= 3 && titleToken.startsWith(queryToken)) return true;
  return queryToken.length >= 5 && editDistance(queryToken, titleToken) <= 1;
}

/** 0 to 1: the share of the query's words found in the title, with a bonus when the title has nothing more. */
function scoreTitle(queryTokens: string[], title: string): number {
  const titleTokens = searchTokens(title);
  if (titleTokens.length === 0) return 0;
  const found = queryTokens.filter((token) => titleTokens.some((candidate) => tokenMatches(token, candidate))).length;
  if (found === 0) return 0;
  const coverage = found / queryTokens.length;
  const precision = Math.min(1, found / titleTokens.length);
  return coverage * 0.8 + precision * 0.2;
}

function sharedWords(query: string, title: string): number {
  const words = new Set(foldText(title).split(" "));
  return foldText(query).split(" ").filter((word) => words.has(word)).length;
}

function titlesOf(role: RoleSummary): string[] {
  return [role.title, ...(role.abbreviation ? [role.abbreviation] : []), ...role.otherTitles];
}

/**
 * Finds roles by title or other title, insensitive to accents, case, gender and plural
 * (`animatrice de communauté` finds the Community Manager through « Animateur de communauté »).
 */
export function searchRoles(query: string, roles: RoleSummary[], texts: SearchTexts = new Map()): SearchResult {
  const queryTokens = searchTokens(query);
  if (queryTokens.length === 0) {
    return { query, hits: roles.map((role) => ({ role, score: 0 })), closest: [] };
  }
  const hits: SearchHit[] = [];
  for (const role of roles) {
    let best: SearchHit | null = null;
    for (const title of titlesOf(role)) {
      // Among equal scores, the title written like the query wins (« animatrice » over « animateur »).
      const score = scoreTitle(queryTokens, title) + sharedWords(query, title) * 0.001;
      if (score > (best?.score ?? 0)) best = { role, score, matchedTitle: title === role.title ? undefined : title };
    }
    if (best && best.score >= 0.5) hits.push(best);
  }
  hits.sort((a, b) => b.score - a.score || a.role.title.localeCompare(b.role.title, "fr"));
  return { query, hits, closest: hits.length === 0 ? closestRoles(query, roles, texts) : [] };
}

/** By content first; when no word of the query is in any profile, by spelling. */
function closestRoles(query: string, roles: RoleSummary[], texts: SearchTexts): NearHit[] {
  const byContent = rolesByContent(query, roles, texts);
  return byContent.length > 0 ? byContent : nearestRoles(query, roles).map((role) => ({ role }));
}

/**
 * The roles whose title or other titles are closest in spelling to `input`, best first.
 * `maxDistance` (0 to 1, share of characters to change) keeps only plausible misspellings.
 */
export function nearestRoles(input: string, roles: RoleSummary[], limit = 3, maxDistance = 1): RoleSummary[] {
  const wanted = slugify(input);
  const ranked = roles.map((role) => {
    const distances = titlesOf(role).map((title) => {
      const candidate = slugify(title);
      return editDistance(wanted, candidate) / Math.max(wanted.length, candidate.length, 1);
    });
    return { role, distance: Math.min(...distances) };
  });
  ranked.sort((a, b) => a.distance - b.distance || a.role.title.localeCompare(b.role.title, "fr"));
  // Keep the best match and those nearly as close: a one-letter typo should not also suggest distant roles.
  const cutoff = Math.min(maxDistance, Math.max(ranked[0]?.distance ?? 0, 0.05) * 2.5);
  return ranked
    .filter(({ distance }) => distance <= cutoff)
    .slice(0, limit)
    .map(({ role }) => role);
}

export type DirectoryQuery = { q: string; positioning: Positioning | null };

/** The longest search the directory reads; the rest of a longer `?q=` is ignored. */
export const MAX_QUERY_LENGTH = 200;

/** Reads `?q=` and `?positionnement=` from a URL's search parameters; repeated or oversized values are tamed. */
export function parseDirectoryQuery(params: Record<string, string | string[] | undefined>): DirectoryQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const positioning = first(params.positionnement);
  return { q: first(params.q).slice(0, MAX_QUERY_LENGTH).trim(), positioning: isPositioning(positioning) ? positioning : null };
}

/** The roles list of /roles: search by title, then by content, and keep one positioning if asked. */
export function filterRoles(roles: RoleSummary[], { q, positioning }: DirectoryQuery, texts: SearchTexts = new Map()): SearchResult {
  const kept = positioning ? roles.filter((role) => role.positioning === positioning) : roles;
  const result = searchRoles(q, kept, texts);
  return result.hits.length > 0 || kept.length === roles.length ? result : { ...result, closest: closestRoles(q, roles, texts) };
}
