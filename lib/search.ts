import { isPositioning, type Positioning } from "./positioning";
import type { RoleSummary } from "./role-summary";
import { editDistance, foldText, searchTokens, slugify } from "./text";

export type SearchHit = {
  role: RoleSummary;
  /** The other title that matched, when it is not the role's own title. */
  matchedTitle?: string;
  score: number;
};

export type SearchResult = {
  query: string;
  /** Roles whose title or other titles match, best first. */
  hits: SearchHit[];
  /** When nothing matches: the closest roles, so that a search never ends on an empty page. */
  closest: RoleSummary[];
};

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
export function searchRoles(query: string, roles: RoleSummary[]): SearchResult {
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
  return { query, hits, closest: hits.length === 0 ? nearestRoles(query, roles) : [] };
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

/** The roles list of /roles: search by title, then keep one positioning if asked. */
export function filterRoles(roles: RoleSummary[], { q, positioning }: DirectoryQuery): SearchResult {
  const kept = positioning ? roles.filter((role) => role.positioning === positioning) : roles;
  const result = searchRoles(q, kept);
  return result.hits.length > 0 || kept.length === roles.length ? result : { ...result, closest: nearestRoles(q, roles) };
}
