import { describe, expect, it } from "vitest";
import { realContent } from "@/tests/support/content";

/**
 * The role page shows each long section as a lead, with a link to the section's own page
 * (/roles/<slug>/<section-id>), which shows the rest after its `***` line. What a profile must
 * meet for that (a section over the length of the role page is split, its lead is short, the
 * missions stay whole, En bref is short and dated) is checked by `npm run validate`
 * (lib/markdown.ts, markdownStructure; lib/schema.ts, essentialsSchema), tested with its messages
 * in tests/lib/markdown.test.ts and tests/lib/validation.test.ts. Here: the pages that come of it.
 */
describe.each(["fr", "en"] as const)("long sections of the %s edition: a lead on the role page, the detail on their own page", (locale) => {
  const { roles, problems } = realContent(locale);
  it("meet every rule of npm run validate", () => expect(problems).toEqual([]));

  it.each(roles.map((role) => [role.slug, role] as const))("%s: every split section has its own page, and the role page links to it", (_slug, role) => {
    for (const page of role.pages) {
      expect(role.sections.find((section) => section.id === page.id)?.page).toBe(true);
      expect(role.html).toContain(`/roles/${role.slug}/${page.id}"`);
      expect(page.html.length).toBeGreaterThan(0);
    }
  });
});
