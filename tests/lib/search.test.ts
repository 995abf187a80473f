import { describe, expect, it } from "vitest";
import { filterRoles, nearestRoles, parseDirectoryQuery, searchRoles } from "@/lib/search";
import { SUMMARIES } from "../support/summaries";

const first = (query: string) => searchRoles(query, SUMMARIES).hits[0];

describe("searchRoles", () => {
  it.each([
    ["animatrice de communauté web", "community-manager", "Animatrice de communauté"],
    ["ANIMATEUR DE COMMUNAUTE", "community-manager", "Animateur de communauté"],
    ["responsable réseaux sociaux", "social-media-manager", "Responsable de réseaux sociaux"],
    ["responsable des medias sociaux", "social-media-manager", "Responsable des médias sociaux"],
    ["brand content", "content-manager", "Brand content manager"],
    ["smm", "social-media-manager", "SMM"],
    ["community manager", "community-manager", undefined],
    ["gestionnaire de communautés en ligne", "community-manager", "Gestionnaire de communauté en ligne"],
  ])("« %s » finds %s first, through « %s »", (query, slug, matchedTitle) => {
    const hit = first(query);
    expect(hit.role.slug).toBe(slug);
    expect(hit.matchedTitle).toBe(matchedTitle);
  });

  it("returns every role for an empty query", () => {
    expect(searchRoles("  ", SUMMARIES).hits.map((hit) => hit.role.slug)).toHaveLength(3);
  });

  it("never ends empty: a query close to no title offers every role, closest first", () => {
    const result = searchRoles("boulanger", SUMMARIES);
    expect(result.hits).toEqual([]);
    expect(result.closest.map((role) => role.slug)).toEqual(["community-manager", "content-manager", "social-media-manager"]);
  });
});

describe("nearestRoles", () => {
  it("suggests the role spelled closest to a mistyped slug", () => {
    expect(nearestRoles("communty-manager", SUMMARIES, 3, 0.45).map((role) => role.slug)).toEqual(["community-manager"]);
    expect(nearestRoles("social-media-manger", SUMMARIES, 3, 0.45)[0].slug).toBe("social-media-manager");
    expect(nearestRoles("zzzzzz", SUMMARIES, 3, 0.45)).toEqual([]);
  });
});

describe("filterRoles and parseDirectoryQuery", () => {
  it("filters by positioning", () => {
    const result = filterRoles(SUMMARIES, { q: "", positioning: "strategic" });
    expect(result.hits.map((hit) => hit.role.slug)).toEqual(["social-media-manager"]);
  });

  it("tames repeated, oversized and unknown parameters", () => {
    expect(parseDirectoryQuery({ q: ["a", "b"], positionnement: "n'importe" })).toEqual({ q: "a", positioning: null });
    expect(parseDirectoryQuery({ q: "x".repeat(500) }).q).toHaveLength(200);
    expect(parseDirectoryQuery({ positionnement: "operational" }).positioning).toBe("operational");
  });
});
