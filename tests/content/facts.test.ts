import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { foldText } from "@/lib/text";
import { FACTS, SEEDS, SOURCED_FACTS, SOURCED_FACTS_EN, type SourcedFact } from "./facts";
import { SEEDS_DIR, seedsMissing, titleWithSkipReason } from "./seeds";
import { realContent } from "@/tests/support/content";

const { roles, problems } = realContent();
/** A role's record as a reader sees it: front matter and rendered text, without the markup (a citation mark wraps the word before it in a span). */
const readable = (role: unknown) => foldText(JSON.stringify(role).replace(/<[^>]*>/g, " "));
const folded = new Map(roles.map((role) => [role.slug, readable(role)]));

describe("content", () => {
  it("loads without problems", () => {
    expect(problems).toEqual([]);
  });

  it.each(["community-manager", "content-manager", "social-media-manager"])("%s has a body of at least 700 words", (slug) => {
    const role = roles.find((candidate) => candidate.slug === slug);
    expect(role).toBeDefined();
    expect(role!.wordCount).toBeGreaterThanOrEqual(700);
  });
});

describe("fact checklist", () => {
  it.each(Object.values(SEEDS))("seed %s has at least 5 facts", (seed) => {
    expect(FACTS.filter((fact) => fact.source === seed).length).toBeGreaterThanOrEqual(5);
  });

  it.each(FACTS.map((fact) => [fact.role, fact.fact, fact] as const))("%s: %s", (role, _text, fact) => {
    const record = folded.get(role);
    expect(record, `rôle ${role} introuvable`).toBeDefined();
    expect(fact.terms.length).toBeGreaterThanOrEqual(1);
    expect(fact.terms.length).toBeLessThanOrEqual(3);
    for (const term of fact.terms) {
      expect(record!.includes(foldText(term)), `« ${term} » absent du profil ${role} (${fact.source})`).toBe(true);
    }
  });
});

const missing = seedsMissing();
describe.skipIf(missing !== null)(titleWithSkipReason("fact checklist against the seed articles", missing), () => {
  it("names the five seed files, and only them", () => {
    const files = fs.readdirSync(SEEDS_DIR).filter((file) => file.endsWith(".txt"));
    expect(new Set(FACTS.map((fact) => fact.source))).toEqual(new Set(files));
    expect(Object.values(SEEDS).sort()).toEqual(files.sort());
  });
});

/** Each fact: the role cites its source, and its record holds every key term. */
function checkSourcedFacts(title: string, edition: typeof roles, facts: SourcedFact[]) {
  const records = new Map(edition.map((role) => [role.slug, readable(role)]));
  const cited = new Map(edition.map((role) => [role.slug, new Set(role.sources.map((source) => source.id))]));

  describe(title, () => {
    it.each(facts.map((fact) => [fact.role, fact.sourceId, fact.fact, fact] as const))("%s (%s): %s", (role, sourceId, _text, fact) => {
      const record = records.get(role);
      expect(record, `rôle ${role} introuvable`).toBeDefined();
      expect(cited.get(role)?.has(sourceId), `${role} ne cite pas ${sourceId}`).toBe(true);
      expect(fact.terms.length).toBeGreaterThanOrEqual(1);
      expect(fact.terms.length).toBeLessThanOrEqual(3);
      for (const term of fact.terms) {
        expect(record!.includes(foldText(term)), `« ${term} » absent du profil ${role} (${sourceId})`).toBe(true);
      }
    });
  });
}

checkSourcedFacts("facts of the 2026 profiles, each tied to its source", roles, SOURCED_FACTS);
checkSourcedFacts("the same facts in the English edition", realContent("en").roles, SOURCED_FACTS_EN);
