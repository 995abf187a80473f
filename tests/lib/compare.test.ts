import { describe, expect, it } from "vitest";
import { PRERENDER_ALL_PAIRS_MAX_ROLES, canonicalPair, compareRoles, comparisonPartners, pairsToList, pairsToPrerender } from "@/lib/compare";
import { loadContent } from "@/lib/content/load";
import { DIMENSIONS } from "@/lib/dimensions";
import type { Role } from "@/lib/schema";
import { ALPHA_BETA, writeContentDir } from "@/scripts/support/synthetic";
import { realContent } from "@/tests/support/content";

const [alpha, beta] = loadContent(writeContentDir(ALPHA_BETA)).roles;
const ref = (slug: string) => ({ slug, title: slug });
const item = (key: string) => ({ key, text: `Texte ${key}`, sources: ["ref"] });
const cm: Role = { ...alpha, slug: "cm", title: "Community Manager", positioning: { ...alpha.positioning, value: "operational" }, reportsTo: [{ slug: "smm", title: "Social Media Manager" }], missions: { strategic: [item("veille")], operational: [item("moderation"), item("redaction")] } };
const smm: Role = { ...beta, slug: "smm", title: "Social Media Manager", positioning: { ...beta.positioning, value: "strategic" }, manages: [{ slug: "cm", title: "Community Manager" }], missions: { strategic: [item("veille"), item("strategie")], operational: [item("redaction")] } };

describe("compareRoles", () => {
  const comparison = compareRoles(cm, smm);

  it("has one row per dimension, in the defined order", () => {
    expect(comparison.rows.map((row) => row.dimension.id)).toEqual(DIMENSIONS.map((dimension) => dimension.id));
    expect(comparison.rows[0].values).toEqual([cm.dimensions.purpose, smm.dimensions.purpose]);
  });

  it("splits missions into shared and specific by key", () => {
    const activities = comparison.rows.find((row) => row.dimension.id === "activities")!.items!;
    expect(activities.shared.map(([mine, theirs]) => [mine.key, theirs.key])).toEqual([["veille", "veille"], ["redaction", "redaction"]]);
    expect(activities.specific.map((items) => items.map((entry) => entry.key))).toEqual([["moderation"], ["strategie"]]);
    expect(comparison.rows.find((row) => row.dimension.id === "purpose")!.items).toBeUndefined();
  });

  it("numbers the sources once for the whole table, in reading order", () => {
    const cited = (role: Role, id: string) => ({ ...role, sources: [...role.sources, { ...role.sources[0], id, title: `Source ${id}` }] });
    const first = cited({ ...cm, dimensions: { ...cm.dimensions, purpose: { text: "A", sources: ["zeta", "ref"] } } }, "zeta");
    const second = cited({ ...smm, dimensions: { ...smm.dimensions, purpose: { text: "B", sources: ["ref", "omega"] } } }, "omega");
    const numbered = compareRoles(first, second).sources;
    expect(numbered.slice(0, 3).map(({ id, number }) => [id, number])).toEqual([["zeta", 1], ["ref", 2], ["omega", 3]]);
    expect(new Set(numbered.map((source) => source.id)).size).toBe(numbered.length);
  });

  it("summarises positioning, hierarchy and shared missions in a few sentences", () => {
    expect(comparison.summary).toEqual([
      "Community Manager est un rôle opérationnel, Social Media Manager un rôle stratégique.",
      "Community Manager rend compte au Social Media Manager et Social Media Manager encadre ou coordonne le Community Manager.",
      "Ils partagent 2 missions sur 4\u202f; les autres sont propres à l’un ou à l’autre (détail ci-dessous).",
    ]);
  });
});

describe("pairs", () => {
  it("has one canonical order per pair", () => {
    expect(canonicalPair("social-media-manager", "community-manager")).toEqual(["community-manager", "social-media-manager"]);
    expect(canonicalPair("a", "b")).toEqual(["a", "b"]);
  });

  it("prerenders every ordered pair of a small catalogue", () => {
    expect(pairsToPrerender([cm, smm, alpha])).toHaveLength(6);
  });

  it("prerenders only related pairs of a large catalogue, so the build stays linear", () => {
    const many = Array.from({ length: PRERENDER_ALL_PAIRS_MAX_ROLES + 10 }, (_, index) => ({ ...alpha, slug: `role-${index}`, related: [ref(`role-${(index + 1) % 50}`)] }));
    expect(pairsToPrerender(many)).toHaveLength(many.length);
  });
});

describe("comparisonPartners", () => {
  it("offers every other role of a small catalogue", () => {
    expect(comparisonPartners(cm, [cm, smm, alpha]).map((role) => role.slug)).toEqual(["smm", alpha.slug]);
  });

  it("offers only the related roles of a large catalogue, the prerendered pairs, so that a page does not grow with it", () => {
    const many = Array.from({ length: PRERENDER_ALL_PAIRS_MAX_ROLES + 10 }, (_, index) => ({ ...alpha, slug: `role-${index}`, related: [ref(`role-${(index + 1) % 50}`), ref(`role-${(index + 2) % 50}`)] }));
    const partners = comparisonPartners(many[0], many).map((role) => role.slug);
    expect(partners).toEqual(["role-1", "role-2"]);
    const prerendered = new Set(pairsToPrerender(many).map(({ a, b }) => `${a}/${b}`));
    expect(partners.every((slug) => prerendered.has(`role-0/${slug}`))).toBe(true);
  });
});

describe("pairsToList", () => {
  it("lists every pair of a small catalogue once, in canonical order", () => {
    expect(pairsToList([cm, smm, alpha])).toEqual([["cm", "smm"], ["alpha", "cm"], ["alpha", "smm"]]);
  });

  it("lists only the related pairs of a large catalogue: linear, not n × (n − 1) / 2", () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({ ...alpha, slug: `role-${index}`, related: [ref(`role-${(index + 1) % 1000}`), ref(`role-${(index + 2) % 1000}`)] }));
    expect(pairsToList(many)).toHaveLength(2000);
  });
});

describe("compareRoles in English", () => {
  it("writes the summary in English, with the right article", async () => {
    const { roles } = realContent("en");
    const cm = roles.find((role) => role.slug === "community-manager")!;
    const smm = roles.find((role) => role.slug === "social-media-manager")!;
    const summary = compareRoles(cm, smm, "en").summary;
    expect(summary[0]).toBe("Community Manager is an operational role, Social Media Manager a strategic one.");
    expect(summary[1]).toBe("Community Manager reports to the Social Media Manager and Social Media Manager manages or coordinates the Community Manager.");
    expect(summary[2]).toMatch(/^They share \d+ missions out of \d+; the others belong to one or the other \(details below\)\.$/);
  });
});
