import type { FrontMatter, Item } from "./schema";

/*
 * The item lists of a profile (lib/schema.ts, frontMatterSchema), named once: every piece of code
 * that walks them reads these. Kept apart from the schema, without zod, because the job-ad
 * analyser runs in the browser too.
 */
/** Their field paths. */
export const ITEM_LISTS = ["missions.strategic", "missions.operational", "skills", "indicators", "channels"] as const;
export type ItemListPath = (typeof ITEM_LISTS)[number];

type WithItems = Pick<FrontMatter, "missions" | "skills" | "indicators" | "channels">;

/** One item list of a profile, by its field path. */
export function itemList(data: WithItems, list: ItemListPath): Item[] {
  return list === "missions.strategic" ? data.missions.strategic : list === "missions.operational" ? data.missions.operational : data[list];
}

/** Every item list of a profile, with its field path. */
export function itemLists(data: WithItems): Array<[ItemListPath, Item[]]> {
  return ITEM_LISTS.map((list) => [list, itemList(data, list)]);
}

/** A profile's missions, strategic then operational. */
export function allMissions(data: Pick<FrontMatter, "missions">): Item[] {
  return [...data.missions.strategic, ...data.missions.operational];
}
