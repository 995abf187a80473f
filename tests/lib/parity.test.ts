import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLanguages } from "@/lib/content/languages";
import { formatProblem } from "@/lib/content/load";
import { ALPHA_BETA, writeContentDir, type ContentOptions } from "@/scripts/support/synthetic";

/** The problems of the two languages of the synthetic content, with one change. */
function problems(options: ContentOptions = {}) {
  const dir = writeContentDir(ALPHA_BETA, options);
  const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name));
  return { shown, found: loadLanguages(dir).problems.map(formatProblem) };
}

/** A change to alpha's English profile. */
const english = (from: string | RegExp, to: string): ContentOptions => ({ edit: { "en/roles/alpha.md": (text) => text.replace(from, to) } });

describe("the English language against the French one", () => {
  it("accepts a faithful translation: other words, the same structure and sources", () => {
    const { found } = problems(english(/Le rôle Alpha Manager est défini ici pour les tests/, "The Alpha Manager role is defined here for the tests"));
    expect(found).toEqual([]);
  });

  // Each case is one kind of unfaithfulness; the message names the English file and the field.
  it.each<[string, ContentOptions, string, string]>([
    ["a missing item", english(/^ {2}- \{ key: ecrire,.*\n/m, ""), "en/roles/alpha.md", "skills — élément « ecrire » absent"],
    ["an extra item", english(/^channels:\n/m, 'channels:\n  - { key: blogs, text: "Blogs", sources: [ref] }\n'), "en/roles/alpha.md", "channels.0.key — élément « blogs » en trop"],
    ["a missing section", english(/## [^\n]*\{#remuneration\}\n\n[^\n]*\n/, ""), "en/roles/alpha.md", "(corps) — section #remuneration absente"],
    ["a renamed anchor", english("{#remuneration}", "{#pay}"), "en/roles/alpha.md", "(corps) — section #remuneration absente"],
    ["a citation dropped from a section", english(" ([Référence](#source-ref))", ""), "en/roles/alpha.md", "(corps, #definition) — sources citées : [] au lieu de [ref]"],
    ["a changed code", english('code: "2432.5"', 'code: "2432.4"'), "en/roles/alpha.md", "codes.esco.0.code — vaut"],
    ["a changed relation", english("related: [beta]", "related: []"), "en/roles/alpha.md", "related — 0 éléments au lieu de 1"],
    ["a changed positioning", english("value: both", "value: strategic"), "en/roles/alpha.md", "positioning.value — vaut"],
  ])("reports %s", (_name, options, file, start) => {
    const { found, shown } = problems(options);
    expect(found.some((problem) => problem.startsWith(`${shown(file)}: ${start}`)), found.join("\n")).toBe(true);
  });

  it("reports a profile missing from the English language, naming the file to write", () => {
    const { found, shown } = problems({ edit: { "en/roles/alpha.md": () => "" }, files: {} });
    expect(found.join("\n")).toContain(shown("en/roles/alpha.md"));
  });

  it("reports a source without English words, and a translated title of a real work", () => {
    const missing = problems({ edit: { "en/sources.yml": () => "- id: autre\n  short: Autre\n  note: Note.\n" } });
    expect(missing.found).toContain(`${missing.shown("en/sources.yml")}: (fichier) — source « ref » sans traduction : ajoutez une entrée avec id, short et note`);
    const retitled = problems({ edit: { "en/sources.yml": (text) => text.replace(/^- id: ref\n/m, '- id: ref\n  title: "Test reference"\n') } });
    expect(retitled.found.join("\n")).toContain(`${retitled.shown("en/sources.yml")}: 0.title — titre traduit`);
  });

  it("checks the real content: both languages agree", () => {
    expect(loadLanguages("content").problems.map(formatProblem)).toEqual([]);
  });
});
