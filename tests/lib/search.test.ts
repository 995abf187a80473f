import { describe, expect, it } from "vitest";
import { toRoleSummary } from "@/lib/role-summary";
import { filterRoles, nearestRoles, parseDirectoryQuery, rolesByContent, searchRoles, searchTexts, stem, type SearchField } from "@/lib/search";
import { SUMMARIES } from "../support/summaries";
import { realContent } from "@/tests/support/content";

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
    expect(result.closest.map((hit) => hit.role.slug)).toEqual(["community-manager", "content-manager", "social-media-manager"]);
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

describe("search by content, for titles no role has", () => {
  const profiles = realContent().roles;
  const roles = profiles.map(toRoleSummary);
  const texts = searchTexts(profiles);
  const closest = (q: string) => filterRoles(roles, { q, positioning: null }, texts).closest;

  it("leads « rédacteurs » (and « Rédacteurs ») to the Content Manager, through a mission that says so", () => {
    for (const q of ["rédacteurs", "Rédacteurs"]) {
      const [best] = closest(q);
      expect(best.role.slug).toBe("content-manager");
      expect(best.reason).toMatch(/^Proche du Content Manager par ses (missions|compétences)\u00a0: «\u00a0.*[Rr]éd.*»$/);
    }
  });

  it("ranks the roles for « chargé de communication digitale » by relevance, each with its reason", () => {
    const found = closest("chargée de communication digitale");
    expect(found[0].reason).toMatch(/communication|digital/i);
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((near) => near.reason?.startsWith(`Proche du ${near.role.title} par `))).toBe(true);
  });

  it("counts a word fewer roles have more, and a phrase more than scattered words", () => {
    const field = (slug: string, ...texts: string[]): [string, SearchField[]] => [slug, [{ reason: "ses missions", weight: 1, texts }]];
    const synthetic = new Map<string, SearchField[]>([field("community-manager", "Communication digitale"), field("content-manager", "Communication interne"), field("social-media-manager", "Communication", "Stratégie digitale")]);
    expect(rolesByContent("communication digitale", SUMMARIES, synthetic).map((near) => near.role.slug)).toEqual(["community-manager", "social-media-manager", "content-manager"]);
  });

  it("ignores words that name a rank, not a trade, and falls back to spelling when no word is found", () => {
    expect(rolesByContent("chargé de", roles, texts)).toEqual([]);
    expect(closest("boulanger").every((near) => near.reason === undefined)).toBe(true);
  });

  it("stems derived words together", () => {
    expect(stem("redacteur")).toBe(stem("redaction"));
    expect(stem("moderateur")).toBe(stem("moderation"));
    expect(stem("digital")).toBe(stem("digitale"));
  });
});
