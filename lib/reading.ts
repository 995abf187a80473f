import type { Role } from "./schema";
import { allMissions } from "./items";
import { countWords } from "./text";

/**
 * The reading budget of a role page, stated in the README and checked by `npm run validate`
 * (the En bref word count) and tests/e2e/reading.e2e.ts (the positions, in a 375 px wide browser).
 */
export const READING_BUDGET = {
  /** The En bref block: what the role does, its main missions, whom it reports to, pay and access. */
  essentialsWords: 120,
  /** The one-sentence definition ends, and the En bref block starts, this far from the top of the page. */
  firstScreenPx: 800,
  /** The phone width the positions are measured at. */
  phoneWidthPx: 375,
  /** A `##` section longer than this (its prose, citations aside) is split by a `***` line: its lead on the role page, the whole on a page of its own. */
  sectionWords: 150,
  /** A split section's lead, citations included. */
  leadWords: 70,
} as const;

/** The missions the En bref block names, in the order the profile lists them there. */
export function essentialMissions(role: Pick<Role, "essentials" | "missions">) {
  const all = allMissions(role);
  return (role.essentials?.missions ?? []).flatMap((key) => all.filter((item) => item.key === key));
}

/** Every word the En bref block shows (its labels aside). */
export function essentialsWordCount(role: Pick<Role, "summary" | "essentials" | "missions"> & { reportsTo: Array<{ title: string }> }): number {
  const parts = [
    role.summary,
    ...essentialMissions(role).map((item) => item.text),
    ...(role.essentials?.reporting ? [role.essentials.reporting.text] : role.reportsTo.map((ref) => ref.title)),
    role.essentials?.pay.text ?? "",
    role.essentials?.access.text ?? "",
  ];
  return parts.reduce((total, part) => total + countWords(part), 0);
}
