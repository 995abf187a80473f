import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Data flows one way: `app/` wires `components/` (presentation) to `lib/` (data); nothing imports
 * upward, and the scripts share helpers through `scripts/support/` or `lib/`, never through `tests/`.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const LAYERS: Record<string, string[]> = {
  lib: ["app", "components", "scripts", "tests"],
  components: ["app", "scripts", "tests"],
  app: ["scripts", "tests"],
  scripts: ["tests", "app", "components"],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && /\.(ts|tsx|mts|mjs)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The top-level folder each import of a file points into (`@/x/…` or a relative path). */
export function importedFolders(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']|(?:import|require|vi\.mock)\(\s*["']([^"']+)["']/g)].map((match) => match[1] ?? match[2] ?? match[3]);
  return specifiers.flatMap((specifier) => {
    const target = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : null;
    return target ? [path.relative(ROOT, target).split(path.sep)[0]] : [];
  });
}

describe("imports", () => {
  it("reads both import forms", () => {
    const file = path.join(ROOT, "lib/x.ts");
    expect(importedFolders(file, 'import type { A } from "@/components/a";\nimport { b } from "../app/b";\nconst c = await import("./c");\nimport "../tests/d";\nrequire("../scripts/e");')).toEqual(["components", "app", "lib", "tests", "scripts"]);
  });

  it.each(Object.entries(LAYERS))("none from %s/ runs up to %s", (layer, forbidden) => {
    const found = sourceFiles(layer).flatMap((file) => importedFolders(file, fs.readFileSync(file, "utf8")).filter((folder) => forbidden.includes(folder)).map((folder) => `${path.relative(ROOT, file)} → ${folder}/`));
    expect(found).toEqual([]);
  });
});
