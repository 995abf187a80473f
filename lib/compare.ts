import { DIMENSIONS, type Dimension } from "./dimensions";
import { joinFrench } from "./format";
import { POSITIONING_LABELS } from "./positioning";
import type { DimensionValue, Item, Role, RoleRef } from "./schema";

/** Up to this many roles, every ordered pair is prerendered at build time (n × (n − 1) pages). */
export const PRERENDER_ALL_PAIRS_MAX_ROLES = 40;

/** The items of a role that a dimension compares, where it compares lists. */
const DIMENSION_ITEMS: Partial<Record<Dimension["id"], (role: Role) => Item[]>> = {
  activities: (role) => [...role.missions.strategic, ...role.missions.operational],
  skills: (role) => role.skills,
  measurement: (role) => role.indicators,
  channels: (role) => role.channels,
};

/** A role's side of a list dimension: the items it shares with the other role, and those only it has. */
export type ItemSplit = { shared: Item[]; specific: Item[] };

export type ComparisonRow = {
  dimension: Dimension;
  values: [DimensionValue, DimensionValue];
  items?: [ItemSplit, ItemSplit];
};

export type Comparison = { roles: [Role, Role]; summary: string[]; rows: ComparisonRow[] };

function splitItems(mine: Item[], theirs: Item[]): ItemSplit {
  const theirKeys = new Set(theirs.map((item) => item.key));
  return { shared: mine.filter((item) => theirKeys.has(item.key)), specific: mine.filter((item) => !theirKeys.has(item.key)) };
}

/** Every dimension side by side, list dimensions split into shared and specific items. */
export function compareRoles(a: Role, b: Role): Comparison {
  const rows = DIMENSIONS.map((dimension): ComparisonRow => {
    const itemsOf = DIMENSION_ITEMS[dimension.id];
    const values: [DimensionValue, DimensionValue] = [a.dimensions[dimension.id], b.dimensions[dimension.id]];
    if (!itemsOf) return { dimension, values };
    return { dimension, values, items: [splitItems(itemsOf(a), itemsOf(b)), splitItems(itemsOf(b), itemsOf(a))] };
  });
  return { roles: [a, b], summary: summarize(a, b, rows), rows };
}

/** Two or three sentences, built from the records, on how the two roles differ. */
/** True when a list of relations names the role. */
function names(refs: RoleRef[], role: Role): boolean {
  return refs.some((ref) => ref.slug === role.slug);
}

function summarize(a: Role, b: Role, rows: ComparisonRow[]): string[] {
  const sentences: string[] = [];
  const [pa, pb] = [a.positioning.value, b.positioning.value];
  sentences.push(
    pa === pb
      ? `${a.title} et ${b.title} ont le même positionnement : ${POSITIONING_LABELS[pa].toLowerCase()}.`
      : `${a.title} est un rôle ${POSITIONING_LABELS[pa].toLowerCase()}, ${b.title} un rôle ${POSITIONING_LABELS[pb].toLowerCase()}.`,
  );

  const hierarchy = [
    names(a.reportsTo, b) && `${a.title} rend compte au ${b.title}`,
    names(b.reportsTo, a) && `${b.title} rend compte au ${a.title}`,
    names(a.manages, b) && `${a.title} encadre ou coordonne le ${b.title}`,
    names(b.manages, a) && `${b.title} encadre ou coordonne le ${a.title}`,
  ].filter((part): part is string => Boolean(part));
  if (hierarchy.length > 0) sentences.push(`${capitalize(joinFrench([...new Set(hierarchy)]))}.`);

  const activities = rows.find((row) => row.dimension.id === "activities")?.items;
  if (activities) {
    const shared = activities[0].shared.length;
    const total = shared + activities[0].specific.length + activities[1].specific.length;
    sentences.push(
      shared === 0
        ? "Ils n'ont aucune mission en commun dans les sources."
        : `Ils partagent ${shared} mission${shared > 1 ? "s" : ""} sur ${total} ; les autres sont propres à l'un ou à l'autre (détail ci-dessous).`,
    );
  }
  return sentences;
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
