import { describe, expect, it } from "vitest";
import { REQUIRED_SECTIONS, REQUIRED_SUBSECTIONS } from "@/lib/sections";
import { realContent } from "@/tests/support/content";

/**
 * Section anchors are a public contract: job ads link to /roles/<slug>#<anchor> for years.
 * The list lives in lib/sections.ts and the validator enforces it; this checks the content as it is.
 */
const { roles, problems } = realContent();

describe("stable section anchors", () => {
  it("loads the content", () => expect(problems).toEqual([]));

  it.each(roles.map((role) => [role.slug, role] as const))("%s keeps every fixed anchor", (_slug, role) => {
    const ids = role.sections.map((section) => section.id);
    for (const { id } of REQUIRED_SECTIONS) expect(ids).toContain(id);
    for (const id of REQUIRED_SUBSECTIONS) expect(role.html).toContain(`id="${id}"`);
  });
});
