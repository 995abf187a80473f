import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { frenchTypography, typograf } from "@/lib/typography";

/** Every line of the content folder and of the seed-free test fixtures: real French prose, titles, lists. */
function contentLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(md|yml)$/.test(entry.name)) lines.push(...fs.readFileSync(file, "utf8").split("\n"));
    }
  };
  walk(path.resolve(__dirname, "../../content"));
  return lines;
}

describe("frenchTypography", () => {
  it("skips typograf only for text none of its enabled rules would change", () => {
    const samples = [
      ...contentLines(),
      'Il a dit "oui" : c\'est 2 200 € , soit 15 % ! Vraiment ?? Non.. ; «texte» 1 000 000 personnes',
      "Sans rien à changer, ni ponctuation haute ni chiffres groupés",
      "\ufeffDébut",
      "a,,b",
    ];
    const changed = samples.filter((text) => typograf.execute(text) !== text);
    expect(changed.length).toBeGreaterThan(100);
    for (const text of samples) expect(frenchTypography(text), text).toBe(typograf.execute(text));
  });
});
