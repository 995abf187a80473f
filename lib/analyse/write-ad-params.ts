/** The query of /rediger-une-offre: which items the recruiter kept, and the company context. Pure. */
import type { ItemList } from "./model";
import { MAX_CONTEXT_LENGTH, type AdItem } from "./write-ad";

/** The query parameter of each list's checkboxes. */
export const LIST_PARAMS: Record<ItemList, string> = { missions: "mission", skills: "competence", indicators: "indicateur" };

/** Present once the form has been sent: from then on an unticked box means « leave it out ». */
export const SENT_PARAM = "envoye";
export const CONTEXT_PARAM = "contexte";

type Params = Record<string, string | string[] | undefined>;

const values = (params: Params, name: string): string[] => {
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

export const firstParam = (params: Params, name: string): string => values(params, name)[0]?.trim() ?? "";

/** The items kept: all of them on a first visit, the ticked ones once the form was sent. */
export function keptItems(items: AdItem[], params: Params): AdItem[] {
  if (values(params, SENT_PARAM).length === 0) return items;
  const ticked = (list: ItemList) => new Set(values(params, LIST_PARAMS[list]));
  const byList = { missions: ticked("missions"), skills: ticked("skills"), indicators: ticked("indicators") };
  return items.filter((item) => byList[item.list].has(item.key));
}

export function contextParam(params: Params): string {
  return (values(params, CONTEXT_PARAM)[0] ?? "").slice(0, MAX_CONTEXT_LENGTH);
}
