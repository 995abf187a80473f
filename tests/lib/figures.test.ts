import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { EQUAERO_SURVEY, ORGANISATION } from "@/lib/figures";

const { roles } = loadContent("content");
const bySlug = new Map(roles.map((role) => [role.slug, role]));
const sourceIds = new Set(roles.flatMap((role) => role.sources.map((source) => source.id)));

describe("figures shown as pictures match the profiles", () => {
  it.each(EQUAERO_SURVEY.values)("$slug: $percent % in its profile, with the survey's sample", ({ slug, percent }) => {
    const role = bySlug.get(slug)!;
    expect(role.html).toMatch(new RegExp(`${percent}\\s?%`));
    expect(role.html).toContain("88");
    expect(role.sources.some((source) => source.id === EQUAERO_SURVEY.sourceId)).toBe(true);
  });

  it("cites only sources that the profiles define, and names existing roles", () => {
    const cited = [...ORGANISATION.nodes, ...ORGANISATION.links, ORGANISATION.note].flatMap((entry) => entry.sources);
    for (const id of [...cited, EQUAERO_SURVEY.sourceId, EQUAERO_SURVEY.citedBy]) expect(sourceIds.has(id), id).toBe(true);
    for (const node of ORGANISATION.nodes) if (node.role) expect(bySlug.has(node.role), node.role).toBe(true);
  });

  it("agrees with the profiles' reporting lines", () => {
    const smm = bySlug.get("social-media-manager")!;
    for (const link of ORGANISATION.links.filter((entry) => entry.from === "smm")) {
      const target = ORGANISATION.nodes.find((node) => node.id === link.to)?.role;
      if (target) expect(smm.manages).toContain(target);
    }
  });
});
