import { describe, expect, it } from "vitest";
import { editDistance, foldText, isSlug, searchTokens, slugify } from "@/lib/text";

describe("text helpers", () => {
  it("slugifies French titles to lowercase ASCII with hyphens", () => {
    expect(slugify("Animatrice de communauté")).toBe("animatrice-de-communaute");
    expect(slugify("  Social Media Manager - Responsable des médias sociaux ")).toBe("social-media-manager-responsable-des-medias-sociaux");
    expect(slugify("Chef·fe d'équipe œuvre")).toBe("chef-fe-d-equipe-oeuvre");
  });

  it("recognises slugs", () => {
    expect(isSlug("community-manager")).toBe(true);
    expect(isSlug("Community-Manager")).toBe(false);
    expect(isSlug("community manager")).toBe(false);
    expect(isSlug("-cm")).toBe(false);
  });

  it("folds accents, case, gender and plural for search", () => {
    expect(foldText("ÉLÈVE Déjà")).toBe("eleve deja");
    expect(searchTokens("Animatrice de communautés")).toEqual(searchTokens("animateur de communauté"));
    expect(searchTokens("Responsable des réseaux sociaux")).toEqual(["responsable", "reseau", "social"]);
    expect(searchTokens("médiatrice")).toEqual(searchTokens("Médiateur"));
    expect(searchTokens("planneuse")).toEqual(searchTokens("planneur"));
  });

  it("measures edit distance", () => {
    expect(editDistance("communty", "community")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});
