import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadContent } from "@/lib/content/load";
import { REQUIRED_SECTIONS } from "@/lib/sections";
import { ALPHA_BETA, writeContentDir } from "@/scripts/support/synthetic";

describe("the En bref block", () => {
  const problemsOf = (edit: (text: string) => string) =>
    loadContent(writeContentDir(ALPHA_BETA, { edit: { "roles/alpha.md": edit } })).problems.filter((problem) => problem.file.endsWith("alpha.md"));

  it("names missions that exist", () => {
    const problems = problemsOf((text) => text.replace("missions: [strategie, moderation]", "missions: [strategie, inconnue]"));
    expect(problems).toEqual([expect.objectContaining({ field: "essentials.missions.1", message: expect.stringContaining("mission « inconnue » inconnue") })]);
  });

  it("is required, and held to the reading budget", () => {
    expect(problemsOf((text) => text.replace(/^essentials:\n(?:  .*\n)+/m, ""))).toEqual([expect.objectContaining({ field: "essentials", message: expect.stringContaining("absent") })]);
    // Each line within its own limit (lib/schema.ts), the whole over budget: the missions named are long.
    const long = Array.from({ length: 60 }, (_, index) => `mot${index}`).join(" ");
    expect(problemsOf((text) => text.replace(/text: "\s*Mission strategie"/, `text: "${long}"`).replace(/text: "\s*Tâche moderation"/, `text: "${long}"`))).toEqual([
      expect.objectContaining({ field: "essentials", message: expect.stringMatching(/trop long : \d+ mots .* pour 120 au plus/) }),
    ]);
  });
});

describe("the pay table", () => {
  const pay = `pay:
  - { level: beginner, statistic: median, amount: 25500, period: year, basis: gross, year: 2023, covers: "Répondants d’une enquête", source: ref }
  - { level: senior, statistic: range, amount: 3000, amountMax: 3600, period: month, basis: net, year: 2024, area: paris, covers: "Offres d’emploi", source: ref }
codes:`;
  const edition = (locale: "fr" | "en") => {
    const dir = writeContentDir(ALPHA_BETA, { edit: { "roles/alpha.md": (text) => text.replace(/^codes:/m, pay) } });
    return loadContent(dir, locale);
  };

  it("opens the pay section: one row per figure, with its experience, amount, year, area, scope and numbered source", () => {
    const { roles, problems } = edition("fr");
    expect(problems).toEqual([]);
    const alpha = roles.find((role) => role.slug === "alpha")!;
    const section = alpha.html.slice(alpha.html.indexOf('id="remuneration"'));
    expect(section).toMatch(/^id="remuneration">.*Rémunération<\/h2>\n<table>/);
    const rows = [...section.slice(0, section.indexOf("</table>")).matchAll(/<tr>([^]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd]>([^]*?)<\/t[hd]>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, "")));
    expect(rows[0]).toEqual(["Expérience", "Montant", "Ce que couvre le chiffre, et sa source"]);
    expect(rows[1].slice(0, 2)).toEqual(["Débutant", "25\u202f500\u00a0€ brut par an\nmédiane · 2023 · France"]);
    expect(rows[2].slice(0, 2)).toEqual(["Senior", "3\u202f000\u00a0€ à 3\u202f600\u00a0€ net par mois\nfourchette · 2024 · Paris"]);
    // The source is numbered with the page's other citations.
    expect(rows[1][2]).toMatch(/^Répondants d’une enquête —\s*référentiel officielsource \[1\]/);
  });

  it("speaks the edition's language", () => {
    const alpha = edition("en").roles.find((role) => role.slug === "alpha")!;
    expect(alpha.html).toContain("<th>Experience</th>");
    expect(alpha.html).toContain("€25,500 gross a year");
  });
});

describe("sections with a page of their own", () => {
  const { roles, problems } = loadContent(
    writeContentDir(ALPHA_BETA, {
      edit: { "roles/alpha.md": (text) => text.replace(/(## Rémunération \{#remuneration\}\n\n[^\n]+)/, "$1\n\n***\n\nLe détail ([Réf.](#source-ref)).") },
    }),
  );
  const alpha = roles.find((role) => role.slug === "alpha")!;

  it("are listed with their HTML and sources, and marked in the sections", () => {
    expect(problems).toEqual([]);
    expect(alpha.pages.map((page) => page.id)).toEqual(["remuneration"]);
    expect(alpha.pages[0].html).toContain("Le <span class=\"whitespace-nowrap\">détail");
    expect(alpha.pages[0].sourceIds).toEqual(["ref"]);
    expect(alpha.sections.find((section) => section.id === "remuneration")).toEqual({ id: "remuneration", title: "Rémunération", page: true });
    expect(alpha.html).toContain('href="/roles/alpha/remuneration"');
    expect(alpha.html).not.toContain("détail");
  });
});

describe("loadContent", () => {
  const { roles, problems, sources, routes } = loadContent(writeContentDir(ALPHA_BETA));
  const alpha = roles.find((role) => role.slug === "alpha")!;
  const beta = roles.find((role) => role.slug === "beta")!;

  it("returns typed records with slug, dates and rendered body", () => {
    expect(problems).toEqual([]);
    expect(roles.map((role) => role.slug)).toEqual(["alpha", "beta"]);
    expect(alpha.title).toBe("Alpha Manager");
    expect(alpha.updated).toBe("2026-11-23");
    // Older anchors of merged sections stay, as empty anchors at the start of the heading.
    expect(alpha.html).toContain('<h2 id="definition"><span id="vue-officielle"></span><span id="missions-strategiques"></span>');
    expect(alpha.html).toMatch(/<span id="roles-voisins"><\/span>Définition<\/h2>/);
    expect(alpha.wordCount).toBeGreaterThan(5);
  });

  it("resolves relations to {slug, title} and attaches the cited bibliography entries", () => {
    expect(beta.manages).toEqual([{ slug: "alpha", title: "Alpha Manager" }]);
    expect(alpha.related).toEqual([{ slug: "beta", title: "Beta Manager" }]);
    expect(alpha.sources.map((source) => source.id)).toEqual(["ref"]);
    expect(alpha.sources[0]).toEqual(sources[0]);
    expect(sources[0]).toMatchObject({ id: "ref", title: "Référence de test", url: "https://example.org/reference", published: "2025-01-15" });
  });

  it("builds the route table: every slug, other title and abbreviation leads to its role", () => {
    expect(routes).toEqual({ alpha: "alpha", beta: "beta", "animateur-alpha": "alpha", "animatrice-alpha": "alpha" });
  });

  it("applies French typography to prose, not to identifiers", () => {
    expect(alpha.positioning.note).toBe("Selon la taille de l’entreprise.");
    expect(alpha.html).toContain("Le rôle Alpha Manager est défini ici pour les");
    expect(alpha.positioning.sources).toEqual(["ref"]);
  });

  it("lists the body's ## sections with their fixed ids", () => {
    expect(alpha.sections).toEqual(REQUIRED_SECTIONS.map(({ id, title }) => ({ id, title })));
    expect(alpha.html).toContain('<h3 id="au-quotidien">Sous-section au-quotidien</h3>');
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

  it("reads the content again in development when a file changes, so an edit shows on the next reload", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const { getRole } = await import("@/lib/roles");
    expect(getRole("community-manager")?.summary).toBe("Le ou la Community Manager en une phrase.");
    const file = path.join(dir, "roles", "community-manager.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("en une phrase.", "en une phrase modifiée."));
    expect(getRole("community-manager")?.summary).toBe("Le ou la Community Manager en une phrase modifiée.");
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
    vi.stubEnv("CONTENT_DIR", writeContentDir(ALPHA_BETA, { edit: { "roles/alpha.md": (text) => text.replace(/^title: .*\n/m, "").replace("2026-11-23", "2026-02-30"), "roles/beta.md": (text) => text.replace(/^ {2}purpose: .*\n/m, "") } }));
    const { getAllRoles } = await import("@/lib/roles");
    expect(() => getAllRoles()).toThrowError(/3 problèmes[\s\S]*alpha\.md: title[\s\S]*alpha\.md: updated[\s\S]*beta\.md: dimensions\.purpose/);
  });
});
