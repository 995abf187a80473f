/**
 * What the proxy needs to know of the content, built by the loader and handed to proxy.ts at
 * build time (next.config.ts, `ROUTING_TABLE`), so that no content file is read while serving:
 * - `roles`: for each language, every slug that leads to a role (its own, other titles, abbreviation, aliases) → the role's slug;
 * - `guideParams`: the ids of the guide's questions, the only parameters its result page reads;
 * - `sections`: the ids of each role's section pages (the same in every language);
 * - `editions`: for each language, the dates of each role's dated editions.
 */
export type RouteTable = Record<string, string>;
/** `roles` by language: a translation's table also holds the French addresses (lib/content/languages.ts). */
export type RoutingTable = { roles: Record<string, RouteTable>; guideParams: string[]; sections: Record<string, string[]>; editions: Record<string, Record<string, string[]>> };

/** The role slug a folded URL segment leads to, or null. Own keys only: `constructor` is not a role. */
export function lookupRoute(table: RouteTable, slug: string): string | null {
  return Object.hasOwn(table, slug) ? table[slug] : null;
}

/** The table as next.config.ts hands it to the proxy, a JSON object; empty when absent or malformed. */
export function routingTableFromJson(value: string | undefined): RoutingTable {
  const empty: RoutingTable = { roles: {}, guideParams: [], sections: {}, editions: {} };
  if (!value) return empty;
  const parsed = JSON.parse(value) as Partial<RoutingTable> | null;
  return {
    roles: parsed?.roles && typeof parsed.roles === "object" ? parsed.roles : empty.roles,
    guideParams: Array.isArray(parsed?.guideParams) ? parsed.guideParams : empty.guideParams,
    sections: parsed?.sections && typeof parsed.sections === "object" ? parsed.sections : empty.sections,
    editions: parsed?.editions && typeof parsed.editions === "object" ? parsed.editions : empty.editions,
  };
}
