import { namedDimensions, type DimensionId, type NamedDimension } from "./dimensions";
import { joinList } from "./format";
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";
import { positioningLabel } from "./positioning";
import type { DimensionValue, Item, Role, RoleRef, Source } from "./schema";
import { allMissions } from "./items";

/** Up to this many roles, every ordered pair is prerendered at build time (n × (n − 1) pages). */
export const PRERENDER_ALL_PAIRS_MAX_ROLES = 40;

/** The items of a role that a dimension compares, where it compares lists. */
const DIMENSION_ITEMS: Partial<Record<DimensionId, (role: Role) => Item[]>> = {
  activities: (role) => allMissions(role),
  skills: (role) => role.skills,
  measurement: (role) => role.indicators,
  channels: (role) => role.channels,
};

/**
 * The items of a list dimension, laid out for the table: those with the same `key` in both roles
 * once, as a pair (the two roles may word them differently), then those only one role has.
 */
export type ItemRows = { shared: Array<[Item, Item]>; specific: [Item[], Item[]] };

export type ComparisonRow = {
  dimension: NamedDimension;
  values: [DimensionValue, DimensionValue];
  items?: ItemRows;
};

/** A source cited in the table, with its number: one numbering for the whole table. */
export type NumberedSource = Source & { number: number };

export type Comparison = { roles: [Role, Role]; summary: string[]; rows: ComparisonRow[]; sources: NumberedSource[] };

function itemRows(mine: Item[], theirs: Item[]): ItemRows {
  const theirsByKey = new Map(theirs.map((item) => [item.key, item]));
  const mineKeys = new Set(mine.map((item) => item.key));
  return {
    shared: mine.flatMap((item): Array<[Item, Item]> => {
      const other = theirsByKey.get(item.key);
      return other ? [[item, other]] : [];
    }),
    specific: [mine.filter((item) => !theirsByKey.has(item.key)), theirs.filter((item) => !mineKeys.has(item.key))],
  };
}

/** The sources the table cites, numbered in the order a reader meets them (row by row, left to right). */
function numberSources(roles: [Role, Role], rows: ComparisonRow[]): NumberedSource[] {
  const known = new Map([...roles[0].sources, ...roles[1].sources].map((source) => [source.id, source]));
  const numbered = new Map<string, NumberedSource>();
  const cite = (ids: string[]) => {
    for (const id of ids) {
      const source = known.get(id);
      if (source && !numbered.has(id)) numbered.set(id, { ...source, number: numbered.size + 1 });
    }
  };
  for (const { values, items } of rows) {
    values.forEach((value) => cite(value.sources));
    items?.shared.forEach((pair) => pair.forEach((item) => cite(item.sources)));
    items?.specific.forEach((list) => list.forEach((item) => cite(item.sources)));
  }
  return [...numbered.values()];
}

/** Every dimension side by side, list dimensions split into shared and specific items. */
export function compareRoles(a: Role, b: Role, locale: Locale = DEFAULT_LOCALE): Comparison {
  const rows = namedDimensions(locale).map((dimension): ComparisonRow => {
    const itemsOf = DIMENSION_ITEMS[dimension.id];
    const values: [DimensionValue, DimensionValue] = [a.dimensions[dimension.id], b.dimensions[dimension.id]];
    if (!itemsOf) return { dimension, values };
    return { dimension, values, items: itemRows(itemsOf(a), itemsOf(b)) };
  });
  return { roles: [a, b], summary: summarize(a, b, rows, locale), rows, sources: numberSources([a, b], rows) };
}

/** Two or three sentences, built from the records, on how the two roles differ. */
/** True when a list of relations names the role. */
function names(refs: RoleRef[], role: Role): boolean {
  return refs.some((ref) => ref.slug === role.slug);
}

function summarize(a: Role, b: Role, rows: ComparisonRow[], locale: Locale): string[] {
  const t = translator(locale, "compare");
  const sentences: string[] = [];
  const [pa, pb] = [positioningLabel(a.positioning.value, locale).toLowerCase(), positioningLabel(b.positioning.value, locale).toLowerCase()];
  sentences.push(a.positioning.value === b.positioning.value ? t("samePositioning", { a: a.title, b: b.title, positioning: pa }) : t("otherPositioning", { a: a.title, b: b.title, pa, pb, articleA: article(pa), articleB: article(pb) }));

  const hierarchy = [
    names(a.reportsTo, b) && t("reportsTo", { a: a.title, b: b.title }),
    names(b.reportsTo, a) && t("reportsTo", { a: b.title, b: a.title }),
    names(a.manages, b) && t("manages", { a: a.title, b: b.title }),
    names(b.manages, a) && t("manages", { a: b.title, b: a.title }),
  ].filter((part): part is string => Boolean(part));
  if (hierarchy.length > 0) sentences.push(`${capitalize(joinList([...new Set(hierarchy)], locale))}.`);

  const activities = rows.find((row) => row.dimension.id === "activities")?.items;
  if (activities) {
    const shared = activities.shared.length;
    const total = shared + activities.specific[0].length + activities.specific[1].length;
    sentences.push(shared === 0 ? t("noSharedMission") : t("sharedMissions", { shared, total }));
  }
  return sentences;
}

/** The English indefinite article of a word (the French message does not use it). */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The order of a pair that search engines index: slugs in alphabetical order. */
export function canonicalPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/**
 * The roles a page offers to compare `role` with: every other role of a small catalogue, else
 * only its related roles. Those are the prerendered pairs, and a page's size does not grow with
 * the catalogue (n pages listing n roles each would make the build quadratic).
 */
export function comparisonPartners(role: Role, roles: Role[]): Role[] {
  const all = roles.length <= PRERENDER_ALL_PAIRS_MAX_ROLES;
  return roles.filter((other) => other.slug !== role.slug && (all || names(role.related, other)));
}

/** The pairs to prerender: all of them for a small catalogue, else each role with its related roles. */
export function pairsToPrerender(roles: Role[]): Array<{ a: string; b: string }> {
  return roles.flatMap((a) => comparisonPartners(a, roles).map((b) => ({ a: a.slug, b: b.slug })));
}

/**
 * The comparisons /compare lists, each pair once in its canonical order: every pair of a small
 * catalogue, else the prerendered ones (n × (n − 1) / 2 links would make that page quadratic).
 */
export function pairsToList(roles: Role[]): Array<[string, string]> {
  const pairs = new Map<string, [string, string]>();
  for (const { a, b } of pairsToPrerender(roles)) {
    const pair = canonicalPair(a, b);
    pairs.set(pair.join("/"), pair);
  }
  return [...pairs.values()];
}
