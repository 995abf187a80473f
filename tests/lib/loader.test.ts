import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadContent } from "@/lib/content/load";
import { writeContentDir } from "../support/synthetic";

describe("loadContent", () => {
  const { roles, problems } = loadContent("tests/fixtures/valid");
  const alpha = roles.find((role) => role.slug === "alpha")!;

  it("returns typed records with slug, dates and rendered body", () => {
    expect(problems).toEqual([]);
    expect(roles.map((role) => role.slug)).toEqual(["alpha", "beta"]);
    expect(alpha.title).toBe("Alpha Manager");
    expect(alpha.updated).toBe("2026-11-23");
    expect(alpha.html).toContain('<h2 id="definition">Définition</h2>');
    expect(alpha.wordCount).toBeGreaterThan(5);
  });

  it("lists the body's ## sections with their fixed ids", () => {
    expect(alpha.sections).toEqual([
      { id: "definition", title: "Définition" },
      { id: "missions", title: "Missions" },
    ]);
    expect(alpha.html).toContain('<h3 id="missions-strategiques">Missions stratégiques</h3>');
  });

  it("derives a redirecting slug from each other title, masculine and feminine", () => {
    expect(alpha.aliasSlugs).toEqual([
      { slug: "animateur-alpha", title: "Animateur alpha" },
      { slug: "animatrice-alpha", title: "Animatrice alpha" },
    ]);
  });

  it("adds the abbreviation and explicit aliases as redirecting slugs", () => {
    const dir = writeContentDir([{ slug: "community-manager", title: "Community Manager", abbreviation: "CM", otherTitles: [{ title: "Community manager" }] }]);
    const [role] = loadContent(dir).roles;
    expect(role.aliasSlugs).toEqual([{ slug: "cm", title: "CM" }]);
  });
});

describe("lib/roles (cached catalogue)", () => {
  let dir: string;
  beforeEach(() => {
    vi.resetModules();
    dir = writeContentDir([
      { slug: "community-manager", title: "Community Manager", abbreviation: "CM", otherTitles: [{ title: "Animateur de communauté", feminine: "Animatrice de communauté" }] },
      { slug: "social-media-manager", title: "Social Media Manager", abbreviation: "SMM" },
    ]);
    vi.stubEnv("CONTENT_DIR", dir);
  });
  afterEach(() => vi.unstubAllEnvs());

  it("answers getRoleSlugs, getRole and getAllRoles", async () => {
    const { getAllRoles, getRole, getRoleSlugs } = await import("@/lib/roles");
    expect(getRoleSlugs()).toEqual(["community-manager", "social-media-manager"]);
    expect(getRole("community-manager")?.title).toBe("Community Manager");
    expect(getRole("cm")).toBeNull();
    expect(getAllRoles()).toHaveLength(2);
  });

  it("parses the files once per process", async () => {
    const { getAllRoles } = await import("@/lib/roles");
    const first = getAllRoles();
    fs.rmSync(path.join(dir, "roles", "social-media-manager.md"));
    expect(getAllRoles()).toBe(first);
    expect(getAllRoles()).toHaveLength(2);
  });

  it("resolves other titles, abbreviations and case variants to the canonical slug", async () => {
    const { resolveRoleSlug } = await import("@/lib/roles");
    expect(resolveRoleSlug("community-manager")).toBe("community-manager");
    expect(resolveRoleSlug("Community-Manager")).toBe("community-manager");
    expect(resolveRoleSlug("cm")).toBe("community-manager");
    expect(resolveRoleSlug("SMM")).toBe("social-media-manager");
    expect(resolveRoleSlug("animatrice-de-communaute")).toBe("community-manager");
    expect(resolveRoleSlug("animatrice-de-communauté")).toBe("community-manager");
    expect(resolveRoleSlug("communty-manager")).toBeNull();
  });

  it("throws every problem at once when the content is invalid", async () => {
    vi.stubEnv("CONTENT_DIR", "tests/fixtures/several-problems");
    const { getAllRoles } = await import("@/lib/roles");
    expect(() => getAllRoles()).toThrowError(/3 problèmes[\s\S]*alpha\.md: title[\s\S]*alpha\.md: updated[\s\S]*beta\.md: dimensions\.purpose/);
  });
});
