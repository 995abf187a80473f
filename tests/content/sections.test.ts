import path from "node:path";
import { describe, expect, it } from "vitest";
import { UNSPLIT_SECTIONS } from "@/lib/markdown";
import { essentialsWordCount, READING_BUDGET } from "@/lib/reading";
import { countWords } from "@/lib/text";
import { mentionsOldYear, readProfiles, writtenSections } from "./claims";
import { realContent } from "@/tests/support/content";

/**
 * The role page shows each long section as a lead, with a link to the section's own page
 * (/roles/<slug>/<section-id>), which shows the rest after its `***` line. The lead is what a
 * recruiter reads on the role page: a real summary, short enough to be read there.
 */
const CONTENT = path.resolve(__dirname, "../../content");
const { roles, problems } = realContent();
/** Both editions: the English leads are held to the same length. */
const profiles = [...readProfiles(CONTENT), ...readProfiles(path.join(CONTENT, "en")).map((profile) => ({ ...profile, slug: `en/${profile.slug}` }))];

/** A section longer than this is split: lead on the role page, detail on its own page. */
const LONG_SECTION_WORDS = 150;
/** The lead before the `***` line, citation labels included. */
const LEAD_MAX_WORDS = 70;

describe("long sections: a lead on the role page, the detail on their own page", () => {
  it("loads", () => expect(problems).toEqual([]));

  it.each(profiles.map((profile) => [profile.slug, profile] as const))("%s: every section over 150 words is split, except the missions", (_slug, profile) => {
    const unsplit = writtenSections(profile.body)
      .filter((section) => !UNSPLIT_SECTIONS.includes(section.id) && section.words > LONG_SECTION_WORDS && !section.split)
      .map((section) => `${section.id} (${section.words} mots)`);
    expect(unsplit).toEqual([]);
  });

  it.each(profiles.map((profile) => [profile.slug, profile] as const))("%s: the missions stay whole", (_slug, profile) => {
    const split = writtenSections(profile.body).filter((section) => UNSPLIT_SECTIONS.includes(section.id) && section.split);
    expect(split).toEqual([]);
  });

  it.each(profiles.map((profile) => [profile.slug, profile] as const))("%s: every lead has at most 70 words, its citations included", (_slug, profile) => {
    const long = writtenSections(profile.body)
      .filter((section) => section.leadWords !== null && section.leadWords > LEAD_MAX_WORDS)
      .map((section) => `${section.id} (${section.leadWords} mots)`);
    expect(long).toEqual([]);
  });

  it.each(roles.map((role) => [role.slug, role] as const))("%s: every split section has its own page, and the role page links to it", (_slug, role) => {
    const splitIds = writtenSections(profiles.find((profile) => profile.slug === role.slug)!.body)
      .filter((section) => section.split)
      .map((section) => section.id);
    expect(splitIds.length).toBeGreaterThan(5);
    expect(role.pages.map((page) => page.id)).toEqual(splitIds);
    for (const id of splitIds) expect(role.html).toContain(`/roles/${role.slug}/${id}`);
  });
});

describe("En bref (essentials)", () => {
  it.each(roles.map((role) => [role.slug, role] as const))("%s: names 2 to 4 missions of the profile and stays within the reading budget", (_slug, role) => {
    expect(role.essentials).toBeDefined();
    const keys = [...role.missions.strategic, ...role.missions.operational].map((item) => item.key);
    expect(role.essentials!.missions.length).toBeGreaterThanOrEqual(2);
    expect(role.essentials!.missions.length).toBeLessThanOrEqual(4);
    for (const key of role.essentials!.missions) expect(keys).toContain(key);
    expect(essentialsWordCount(role)).toBeLessThanOrEqual(READING_BUDGET.essentialsWords);
  });

  it.each(roles.map((role) => [role.slug, role] as const))("%s: pay and access each fit in 25 words and are dated", (_slug, role) => {
    for (const line of [role.essentials!.pay, role.essentials!.access]) {
      expect(countWords(line.text), line.text).toBeLessThanOrEqual(25);
      expect(/(?<!\d)20\d\d(?!\d)/.test(line.text) || mentionsOldYear(line.text), line.text).toBe(true);
      expect(line.sources.length).toBeGreaterThan(0);
    }
  });
});
