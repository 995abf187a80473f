import type { Positioning } from "./positioning";
import type { Role } from "./schema";

/** What a card, a picker or a search result needs of a role: small enough to send to the browser. */
export type RoleSummary = {
  slug: string;
  title: string;
  abbreviation?: string;
  summary: string;
  positioning: Positioning;
  /** Every other title, masculine and feminine forms as separate entries. */
  otherTitles: string[];
};

export function toRoleSummary(role: Role): RoleSummary {
  return {
    slug: role.slug,
    title: role.title,
    abbreviation: role.abbreviation,
    summary: role.summary,
    positioning: role.positioning.value,
    otherTitles: role.otherTitles.flatMap((other) => (other.feminine ? [other.title, other.feminine] : [other.title])),
  };
}
