import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem, loadContent } from "@/lib/content/load";
import { writeContentDir } from "@/scripts/support/synthetic";

/** The template the README and the validator's messages point to must itself be a valid profile. */
describe("content/modele-de-profil.md", () => {
  it("validates once copied into content/roles/, with its example source in the bibliography", () => {
    const bibliography = `- id: exemple-source\n  title: "Exemple"\n  short: "Exemple"\n  url: null\n  urlMissing: "Exemple."\n  published: "2026"\n  consulted: "2026-11-30"\n  kind: press\n  language: fr\n  note: "Exemple."\n`;
    const dir = writeContentDir([], { files: { "roles/mon-role.md": fs.readFileSync("content/modele-de-profil.md"), "sources.yml": bibliography } });
    const { problems, roles } = loadContent(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(roles[0].title).toBe("Intitulé du rôle");
  });
});
