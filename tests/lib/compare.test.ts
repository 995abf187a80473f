import { describe, expect, it } from "vitest";
import { PRERENDER_ALL_PAIRS_MAX_ROLES, canonicalPair, compareRoles, pairsToPrerender } from "@/lib/compare";
import { loadContent } from "@/lib/content/load";
import { DIMENSIONS } from "@/lib/dimensions";
import type { Role } from "@/lib/schema";

const [alpha, beta] = loadContent("tests/fixtures/valid").roles;
const item = (key: string) => ({ key, text: `Texte ${key}`, sources: ["ref"] });
const cm: Role = { ...alpha, slug: "cm", title: "Community Manager", positioning: { ...alpha.positioning, value: "operational" }, reportsTo: ["smm"], missions: { strategic: [item("veille")], operational: [item("moderation"), item("redaction")] } };
const smm: Role = { ...beta, slug: "smm", title: "Social Media Manager", positioning: { ...beta.positioning, value: "strategic" }, manages: ["cm"], missions: { strategic: [item("veille"), item("strategie")], operational: [item("redaction")] } };

describe("compareRoles", () => {
  const comparison = compareRoles(cm, smm);

  it("has one row per dimension, in the defined order", () => {
    expect(comparison.rows.map((row) => row.dimension.id)).toEqual(DIMENSIONS.map((dimension) => dimension.id));
    expect(comparison.rows[0].values).toEqual([cm.dimensions.purpose, smm.dimensions.purpose]);
  });

  it("splits missions into shared and specific by key", () => {
    const activities = comparison.rows.find((row) => row.dimension.id === "activities")!.items!;
    expect(activities[0].shared.map((entry) => entry.key)).toEqual(["veille", "redaction"]);
    expect(activities[0].specific.map((entry) => entry.key)).toEqual(["moderation"]);
    expect(activities[1].shared.map((entry) => entry.key)).toEqual(["veille", "redaction"]);
    expect(activities[1].specific.map((entry) => entry.key)).toEqual(["strategie"]);
    expect(comparison.rows.find((row) => row.dimension.id === "purpose")!.items).toBeUndefined();
  });

  it("summarises positioning, hierarchy and shared missions in a few sentences", () => {
    expect(comparison.summary).toEqual([
      "Community Manager est un rôle opérationnel, Social Media Manager un rôle stratégique.",
      "Community Manager rend compte au Social Media Manager et Social Media Manager encadre ou coordonne le Community Manager.",
      "Ils partagent 2 missions sur 4 ; les autres sont propres à l'un ou à l'autre (détail ci-dessous).",
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
    const many = Array.from({ length: PRERENDER_ALL_PAIRS_MAX_ROLES + 10 }, (_, index) => ({ ...alpha, slug: `role-${index}`, related: [`role-${(index + 1) % 50}`] }));
    expect(pairsToPrerender(many)).toHaveLength(many.length);
  });
});
