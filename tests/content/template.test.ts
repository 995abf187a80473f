import fs from "node:fs";
import { describe, expect, it } from "vitest";
import matter from "gray-matter";
import type { z } from "zod";
import { parseYaml } from "@/lib/content/files";
import { formatProblem, loadContent } from "@/lib/content/load";
import { frontMatterSchema } from "@/lib/schema";
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

/** Every field path a schema allows (array items and record values share their parent's path). */
function schemaFields(schema: z.ZodType, prefix = ""): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  if (def.type === "optional" || def.type === "nullable" || def.type === "default") return schemaFields(def.innerType as z.ZodType, prefix);
  if (def.type === "array") return schemaFields(def.element as z.ZodType, prefix);
  if (def.type === "pipe") return schemaFields(def.in as z.ZodType, prefix);
  if (def.type === "object") return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [`${prefix}${key}`, ...schemaFields(value, `${prefix}${key}.`)]);
  return [];
}

function dataFields(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => dataFields(entry, prefix));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, entry]) => [`${prefix}${key}`, ...dataFields(entry, `${prefix}${key}.`)]);
  return [];
}

describe("the template shows every field in use", () => {
  it("has every field of the profile schema, codes.missing aside (the alternative to the codes, in a comment)", () => {
    const { data } = matter(fs.readFileSync("content/modele-de-profil.md", "utf8"), { engines: { yaml: (text: string) => parseYaml(text) as object } });
    const used = new Set(dataFields(data));
    expect(schemaFields(frontMatterSchema).filter((field) => !used.has(field) && field !== "codes.missing")).toEqual([]);
    expect(schemaFields(frontMatterSchema)).toContain("missions.strategic.signals");
  });
});
