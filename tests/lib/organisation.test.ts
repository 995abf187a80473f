import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { layoutOrganisation } from "@/lib/organisation";
import type { Organisation } from "@/lib/schema";
import { ALPHA_BETA, writeContentDir } from "@/scripts/support/synthetic";
import { realContent } from "@/tests/support/content";

const content = realContent();
const bySlug = new Map(content.roles.map((role) => [role.slug, role]));

/** No two boxes overlap, and every box is inside the drawing. */
function expectTidy(layout: ReturnType<typeof layoutOrganisation>) {
  for (const box of layout.boxes) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + layout.box.width).toBeLessThanOrEqual(layout.width);
    expect(box.y + layout.box.height).toBeLessThanOrEqual(layout.height);
    for (const other of layout.boxes) {
      if (other === box) continue;
      const apart = box.x + layout.box.width <= other.x || other.x + layout.box.width <= box.x || box.y + layout.box.height <= other.y || other.y + layout.box.height <= box.y;
      expect(apart, `${box.id} overlaps ${other.id}`).toBe(true);
    }
  }
}

describe("the organisation diagram of the content", () => {
  const organisation = content.organisation!;
  const layout = layoutOrganisation(organisation, content.roles);

  it("draws every role and every other node, and an arrow per link", () => {
    expect(layout.boxes.map((box) => box.id).sort()).toEqual([...organisation.nodes.map((node) => node.id), ...content.roles.map((role) => role.slug)].sort());
    expect(layout.arrows).toHaveLength(organisation.links.length);
    expectTidy(layout);
  });

  it("puts each role below the roles it reports to", () => {
    for (const box of layout.boxes.filter((entry) => entry.role)) {
      for (const parent of bySlug.get(box.role!)!.reportsTo) {
        expect(box.y, `${box.id} below ${parent.slug}`).toBeGreaterThan(layout.boxes.find((entry) => entry.id === parent.slug)!.y);
      }
    }
  });

  it("agrees with the profiles: an arrow between two roles is a line the profiles draw", () => {
    for (const arrow of layout.arrows.filter((entry) => entry.from.role && entry.to.role)) {
      const from = bySlug.get(arrow.from.role!)!;
      const to = bySlug.get(arrow.to.role!)!;
      const drawn = [...from.manages, ...to.reportsTo].some((ref) => ref.slug === to.slug || ref.slug === from.slug);
      expect(drawn, `${from.slug} → ${to.slug}`).toBe(true);
    }
  });
});

describe("layoutOrganisation for any number of roles", () => {
  const organisation: Organisation = { lead: { text: "L.", sources: ["ref"] }, title: "T", description: "D", nodes: [{ id: "direction", label: "Direction", level: 0, detail: "D.", sources: ["ref"] }], roles: {}, links: [] };

  it.each([1, 2, 4, 7])("lays out %i roles, with no layout given for them", (count) => {
    const roles = Array.from({ length: count }, (_, index) => ({ slug: `role-${index}`, title: `Rôle ${index}`, reportsTo: index > 0 && index % 2 === 0 ? [`role-${index - 1}`] : [] }));
    const dir = writeContentDir(roles);
    const { roles: loaded, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    const layout = layoutOrganisation(organisation, loaded);
    expect(layout.boxes).toHaveLength(count + 1);
    expectTidy(layout);
    const unplaced = layout.boxes.find((box) => box.role === "role-0")!;
    expect(unplaced.detail).toBe(loaded.find((role) => role.slug === "role-0")!.summary);
  });

  it("survives a loop in reporting lines", () => {
    const { roles } = loadContent(writeContentDir([{ ...ALPHA_BETA[0], reportsTo: ["beta"] }, { ...ALPHA_BETA[1], reportsTo: ["alpha"] }]));
    expectTidy(layoutOrganisation(organisation, roles));
  });
});

describe("survey figures", () => {
  it.each(content.surveys.flatMap((survey) => survey.values.map((value) => [survey.id, value.role, value.percent, survey] as const)))(
    "%s, %s: %i % also in the role's profile, citing the survey",
    (_id, slug, percent, survey) => {
      const role = bySlug.get(slug)!;
      // On the role page or on one of its sections' pages.
      const profile = [role.html, ...role.pages.map((page) => page.html)].join("\n");
      expect(profile).toMatch(new RegExp(`${percent}[\\s\\u00a0\\u202f]?%`));
      expect(role.sources.map((source) => source.id)).toContain(survey.source);
    },
  );
});
