import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";

/**
 * Section anchors are a public contract: job ads link to /roles/<slug>#<anchor> for years.
 * Changing this list means breaking links already printed; add anchors, never rename them.
 */
const ANCHORS = [
  "definition",
  "missions",
  "competences",
  "indicateurs",
  "canaux",
  "organisation",
  "remuneration",
  "evolution",
  "divergences",
  "quand-recruter",
  "roles-voisins",
];
const SUB_ANCHORS = ["missions-strategiques", "missions-operationnelles"];

const { roles, problems } = loadContent("content");

describe("stable section anchors", () => {
  it("loads the content", () => expect(problems).toEqual([]));

  it.each(roles.map((role) => [role.slug, role] as const))("%s keeps every fixed anchor", (_slug, role) => {
    expect(role.sections.map((section) => section.id)).toEqual(ANCHORS);
    for (const id of SUB_ANCHORS) expect(role.html).toContain(`id="${id}"`);
  });
});
