import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLanguages } from "@/lib/content/languages";
import { formatProblem, loadContent } from "@/lib/content/load";
import { ALPHA_BETA, syntheticProfile, writeContentDir, type ContentOptions } from "@/scripts/support/synthetic";

/** Content made of the two synthetic profiles and the bibliography, with one change. */
function content(options: ContentOptions = {}) {
  const dir = writeContentDir(ALPHA_BETA, options);
  const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name));
  return { dir, shown, problems: loadContent(dir).problems.map(formatProblem), warnings: loadContent(dir).warnings.map(formatProblem) };
}

/** A change to alpha's profile: replace `from` (a string or pattern that must occur) with `to`. */
const alpha = (from: string | RegExp, to: string): ContentOptions => ({ edit: { "roles/alpha.md": (text) => text.replace(from, to) } });
const literal = (name: string) => fs.readFileSync(path.join("tests/fixtures", name));
/** The line of alpha's generated profile that holds `needle` (1 = first line of the file). */
const lineOf = (needle: string) => syntheticProfile(ALPHA_BETA[0]).split("\n").findIndex((line) => line.includes(needle)) + 1;

/** Each case holds one kind of mistake; the message must name the file and the field, then say what is wrong. */
const CASES: Array<[name: string, options: ContentOptions, expected: Array<[file: string, start: string]>]> = [
  ["invalid YAML (literal file)", { files: { "roles/alpha.md": literal("invalid-yaml.md") } }, [["roles/alpha.md", "(front matter) — YAML invalide à la ligne 4"]]],
  ["a stray double quote in a quoted text", alpha(/summary: "Le ou la/, 'summary: "Le "ou" la'), [["roles/alpha.md", "(front matter) — YAML invalide à la ligne 3 (bad indentation of a mapping entry) : un guillemet droit"]]],
  ["not UTF-8 (literal file)", { files: { "roles/alpha.md": literal("not-utf8.md") } }, [["roles/alpha.md", "(encodage) — le fichier n’est pas en UTF-8"]]],
  ["a stray file", { files: { "roles/notes.txt": "notes" } }, [["roles/notes.txt", "(fichier) — fichier inattendu"]]],
  ["a file name that is not a slug", { files: { "roles/Gamma Manager.md": syntheticProfile({ slug: "gamma", title: "Gamma Manager" }) } }, [["roles/Gamma Manager.md", "(nom du fichier) — « Gamma Manager » n’est pas un slug"]]],
  ["a missing title", alpha(/^title: .*\n/m, ""), [["roles/alpha.md", "title — champ obligatoire manquant"]]],
  ["an unknown field", alpha(/^title:/m, "titre: x\ntitle:"), [["roles/alpha.md", "titre — champ inconnu"]]],
  ["wrong types", alpha("reportsTo: []", "reportsTo: beta"), [["roles/alpha.md", "reportsTo — liste attendue"]]],
  ["an impossible date, unquoted", alpha("updated: 2026-11-23", "updated: 2026-13-45"), [["roles/alpha.md", "updated — date invalide"]]],
  ["30 February", alpha("updated: 2026-11-23", "updated: 2026-02-30"), [["roles/alpha.md", "updated — date invalide"]]],
  ["an empty body", alpha(/\n---\n[\s\S]*$/, "\n---\n"), [["roles/alpha.md", "(corps) — corps vide"]]],
  ["a missing section", alpha(/## Compétences \{#competences\}/, "## Savoir-faire {#savoir-faire}"), [["roles/alpha.md", "(corps) — section « Compétences » absente"]]],
  ["a missing sub-section", alpha("{#au-quotidien}", "{#quotidien}"), [["roles/alpha.md", "(corps) — sous-section #au-quotidien absente"]]],
  ["a lasting anchor dropped", alpha(" #vue-officielle", ""), [["roles/alpha.md", "(corps) — ancre #vue-officielle absente"]]],
  ["sections out of order", alpha(/## Les sources divergent \{#divergences\}([^]*?)(## Évolution du métier \{#evolution\}[^]*)$/, "$2\n\n## Les sources divergent {#divergences}$1"), [["roles/alpha.md", "(corps) — sections dans le désordre"]]],
  ["a thirteenth section", alpha(/$/, "\n\n## En plus {#en-plus}\n\nTexte.\n"), [["roles/alpha.md", "(corps) — 13 sections ## pour 12 au plus"]]],
  ["too few core missions", alpha(/(key: publication,[^}]*), core: true/, "$1"), [["roles/alpha.md", "missions — 4 missions marquées core: true, pour 5 au moins"]]],
  ["core items past the limit", alpha(/(key: (?:analyse|ecrire|analyser|engagement),[^}]*)\}/g, "$1, core: true }"), [["roles/alpha.md", "missions — 9 éléments core: true"]]],
  ["core on a channel", alpha(/(key: reseaux-sociaux,[^}]*)\}/, "$1, core: true }"), [["roles/alpha.md", "channels.0.core — champ inconnu"]]],
  ["a present-day claim on old sources alone", { edit: { "sources.yml": (text) => text.replace('published: "2025-01-15"', 'published: "2014"') } }, [["roles/alpha.md", `(corps, ligne ${lineOf("est défini ici pour les tests")}) — section #definition : affirmation appuyée seulement sur des sources d’avant 2020 (ref)`], ["roles/alpha.md", "(corps) — 1 renvois sur 1 (100 %) vont à des sources d’avant 2020"], ["roles/beta.md", "(corps, ligne"], ["roles/beta.md", "(corps) — 1 renvois"]]],
  ["the site's internal words in a profile", alpha("est défini ici pour les tests", "est défini ici, selon l’extrait lu, pour les tests"), [["roles/alpha.md", `(corps, ligne ${lineOf("est défini ici pour les tests")}) — « extrait lu » : mot de l’atelier`]]],
  ["the site's internal words in a source note", { edit: { "sources.yml": (text) => text.replace('note: "Source fictive des tests."', 'note: "Titre non visible dans la copie."') } }, [["sources.yml (ref)", "note — « non visible » : mot de l’atelier"]]],
  ["a pay range without its top", alpha(/^codes:/m, "pay: [{ level: beginner, statistic: range, amount: 2200, period: month, basis: gross, year: 2025, covers: \"x\", source: ref }]\ncodes:"), [["roles/alpha.md", "pay.0.amountMax — fourchette sans haut"]]],
  ["a body link to an unknown source", alpha("(#source-ref)", "(#source-nope)"), [["roles/alpha.md", `(corps, ligne ${lineOf("(#source-ref)")}) — source « nope » inconnue`]]],
  ["a body link to an unknown role", alpha("Veille et rédaction.", "Voir [le rôle](/roles/inconnu)."), [["roles/alpha.md", `(corps, ligne ${lineOf("Veille et rédaction.")}) — lien vers un rôle inconnu « /roles/inconnu »`]]],
  ["a body link to a missing anchor", alpha("Veille et rédaction.", "Voir [plus bas](#nope)."), [["roles/alpha.md", `(corps, ligne ${lineOf("Veille et rédaction.")}) — ancre « #nope » introuvable`]]],
  ["raw HTML and a javascript: link, with file line numbers", alpha("Veille et rédaction.", '<b>gras</b> [x](javascript:alert(1))'), [["roles/alpha.md", `(corps) — HTML brut à la ligne ${lineOf("Veille et rédaction.")} du fichier`], ["roles/alpha.md", `(corps) — HTML brut à la ligne ${lineOf("Veille et rédaction.")} du fichier`], ["roles/alpha.md", `(corps) — lien « javascript:alert(1) » à la ligne ${lineOf("Veille et rédaction.")} du fichier`]]],
  ["an unknown related role", alpha("related: [beta]", "related: [beta, gamma-manager]"), [["roles/alpha.md", "related.1 — rôle inconnu « gamma-manager »"]]],
  ["a role related to itself", alpha("related: [beta]", "related: [alpha]"), [["roles/alpha.md", "related.0 — un rôle ne peut pas se citer lui-même"]]],
  ["a missing dimension", alpha(/^ {2}pay: .*\n/m, ""), [["roles/alpha.md", "dimensions.pay — champ obligatoire manquant"]]],
  ["a pay figure without year", alpha(/^codes:/m, "pay: [{ level: beginner, statistic: median, amount: 2200, period: month, basis: gross, covers: \"x\" }]\ncodes:"), [["roles/alpha.md", "pay.0.year — champ obligatoire manquant"], ["roles/alpha.md", "pay.0.source — champ obligatoire manquant"]]],
  ["invalid values", alpha(/value: both/, "value: tactical"), [["roles/alpha.md", "positioning.value — valeur invalide : choisissez « strategic », « operational », « both »"]]],
  ["an unknown source id", alpha("note: \"Selon la taille de l'entreprise.\", sources: [ref]", "note: \"Selon la taille de l'entreprise.\", sources: [fantome]"), [["roles/alpha.md", "positioning.sources — source « fantome » inconnue : ajoutez-la à"]]],
  ["codes absent without a reason", alpha(/^ {2}rome:\n(?: {4}.*\n)+/m, ""), [["roles/alpha.md", "codes.missing — code rome absent : ajoutez-les, ou écrivez dans codes.missing"]]],
  ["an other title that gives another role's address", { edit: { "roles/beta.md": (text) => text.replace("otherTitles: []", 'otherTitles:\n  - { title: "Animatrice alpha", sources: [ref] }') } }, [["roles/beta.md", "otherTitles.0.title — l’autre intitulé « Animatrice alpha » donne l’adresse /roles/animatrice-alpha, déjà prise par"], ["roles/alpha.md", "otherTitles.0.feminine — le féminin « Animatrice alpha » donne l’adresse /roles/animatrice-alpha, déjà prise par"]]],
  ["two roles with the same title", { edit: { "roles/beta.md": (text) => text.replace('title: "Beta Manager"', 'title: "Alpha Manager"') } }, [["roles/beta.md", "title — titre « Alpha Manager » déjà porté par"]]],
  ["a duplicate source id", { edit: { "sources.yml": (text) => `${text}${text}` } }, [["sources.yml", "1.id — identifiant « ref » en double"]]],
  ["a javascript: source URL", { edit: { "sources.yml": (text) => text.replace("https://example.org/reference", "javascript:alert(1)") } }, [["sources.yml", "0.url — adresse invalide : écrivez une URL complète en http:// ou https://"]]],
  ["a source address with a host ending in a dot", { edit: { "sources.yml": (text) => text.replace("https://example.org/reference", "https://example.org./reference") } }, [["sources.yml", "0.url — nom d’hôte terminé par un point"]]],
  ["a source address with an unencoded accent", { edit: { "sources.yml": (text) => text.replace("https://example.org/reference", "https://example.org/référence") } }, [["sources.yml", "0.url — caractère non encodé"]]],
  ["a source address with a session parameter", { edit: { "sources.yml": (text) => text.replace("https://example.org/reference", "https://example.org/reference?cid=123&docid=4") } }, [["sources.yml", "0.url — paramètre de session ou de suivi"]]],
  ["an unpinned GitHub file as a source", { edit: { "sources.yml": (text) => text.replace("https://example.org/reference", "https://github.com/org/repo/blob/master/data.json") } }, [["sources.yml", "0.url — fichier GitHub non épinglé"]]],
  ["a source without URL and without reason", { edit: { "sources.yml": (text) => text.replace('"https://example.org/reference"', "null") } }, [["sources.yml", "0.urlMissing — url: null sans raison"]]],
  ["an En bref line without a year", alpha("Un salaire daté de 2025, avec sa source.", "Un salaire, avec sa source."), [["roles/alpha.md", "essentials.pay.text — aucune année : écrivez l’année"]]],
  ["an En bref line too long", alpha("Les études et les parcours, en 2026.", `En 2026, ${"mot ".repeat(30)}.`), [["roles/alpha.md", "essentials.access.text — 32 mots pour 25 au plus"]]],
  ["a long section left whole", alpha("est défini ici pour les tests", `est défini ici ${"mot ".repeat(160)}pour les tests`), [["roles/alpha.md", "(corps) — section #definition : 170 mots, pour 150 au plus"]]],
  ["long missions left whole", alpha("Veille et rédaction.", `Veille et rédaction ${"mot ".repeat(160)}.`), []],
  ["a bad publication date", { edit: { "sources.yml": (text) => text.replace('"2025-01-15"', '"2015-2016"') } }, [["sources.yml", "0.published — date de publication invalide"]]],
];

/** The fix a message ends with starts with one of these verbs. */
const HOW_TO_FIX = /(?:^|[\s(:])(?:ajoutez|écrivez|renommez|changez|donnez|corrigez|choisissez|retirez|réenregistrez|supprimez|remplacez|créez|liez|citez|fusionnez|coupez|gardez|raccourcissez|encodez)/i;

describe("content validation", () => {
  it("accepts the synthetic content", () => {
    expect(content().problems).toEqual([]);
  });

  it.each(CASES)("reports %s with the file and the field", (_name, options, expected) => {
    const { problems, shown } = content(options);
    expect(problems).toHaveLength(expected.length);
    expected.forEach(([file, start], index) => {
      const wanted = `${shown(file)}: ${start}`;
      expect(problems[index].startsWith(wanted), `${problems[index]}\n  should start with\n${wanted}`).toBe(true);
    });
  });

  it("refuses a symbolic link or a folder where a content file should be, naming it as such", () => {
    const { dir } = content();
    const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name));
    fs.rmSync(path.join(dir, "roles/alpha.md"));
    fs.symlinkSync("/etc/passwd", path.join(dir, "roles/alpha.md"));
    fs.mkdirSync(path.join(dir, "roles/gamma.md"));
    fs.rmSync(path.join(dir, "sources.yml"));
    fs.symlinkSync("/etc/hostname", path.join(dir, "sources.yml"));
    const problems = loadContent(dir).problems.map(formatProblem);
    expect(problems).toContain(`${shown("roles/alpha.md")}: (fichier) — lien symbolique : remplacez-le par le fichier lui-même, le contenu n’en suit aucun`);
    expect(problems).toContain(`${shown("roles/gamma.md")}: (fichier) — ni un fichier ordinaire ni lisible : remplacez-le par un fichier texte`);
    expect(problems).toContain(`${shown("sources.yml")}: (fichier) — lien symbolique : remplacez-le par le fichier lui-même, le contenu n’en suit aucun`);
    expect(problems.join("\n")).not.toMatch(/root:|champ obligatoire/);
  });

  it("reads a profile with a byte-order mark and CRLF line endings like the same profile without", () => {
    const plain = content();
    const windows = content({ edit: { "roles/alpha.md": (text) => `\uFEFF${text.replace(/\n/g, "\r\n")}` } });
    expect(windows.problems).toEqual([]);
    const [alpha, crlf] = [loadContent(plain.dir).roles, loadContent(windows.dir).roles].map((roles) => roles.find((role) => role.slug === "alpha")!);
    expect(crlf.title).toBe(alpha.title);
    expect(crlf.sections).toEqual(alpha.sections);
    expect(crlf.html.replace(/\r/g, "")).toBe(alpha.html);
  });

  it("reports a broken profile's own problem only: no unknown links to it, no uncited sources", () => {
    const { problems, warnings, shown } = content({ edit: { "roles/beta.md": (text) => text.replace("updated: 2026-11-23", "updated: 12"), "roles/alpha.md": (text) => text.replace("Veille et rédaction.", "Voir [Beta](/roles/beta).") } });
    expect(problems).toEqual([`${shown("roles/beta.md")}: updated — texte attendu : écrivez-le entre guillemets`]);
    expect(warnings).toEqual([]);
  });

  it("reports a broken translation's own problem only, not a missing translation", () => {
    const { dir, shown } = content({ edit: { "en/roles/beta.md": (text) => text.replace("updated: 2026-11-23", "updated: 12") } });
    expect(loadLanguages(dir).problems.map(formatProblem)).toEqual([`${shown("en/roles/beta.md")}: updated — texte attendu : écrivez-le entre guillemets`]);
  });

  it.each(CASES)("says how to fix %s", (_name, options) => {
    for (const problem of content(options).problems) expect(problem.split(" — ")[1], problem).toMatch(HOW_TO_FIX);
  });

  it("reports an empty bibliography, and then every citation as unknown", () => {
    const { problems, shown } = content({ edit: { "sources.yml": () => "[]" } });
    expect(problems[0]).toBe(`${shown("sources.yml")}: (racine) — bibliographie vide : ajoutez au moins une source`);
    expect(problems.slice(1).every((problem) => problem.includes("source « ref » inconnue"))).toBe(true);
  });

  it("warns about a source that nothing cites, without failing", () => {
    const extra = `- id: orpheline\n  title: "Source orpheline"\n  short: "Orpheline"\n  url: null\n  urlMissing: "Test."\n  published: "2024"\n  consulted: "2026-11-23"\n  kind: press\n  language: fr\n  note: "Jamais citée."\n`;
    const { problems, warnings, shown } = content({ edit: { "sources.yml": (text) => `${text}${extra}` } });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([`${shown("sources.yml")}: 1.id — la source « orpheline » n’est citée nulle part : citez-la dans un profil, le guide ou une figure, ou retirez-la`]);
  });

  it("reports every problem of every file at once", () => {
    const { problems, shown } = content({
      edit: {
        "roles/alpha.md": (text) => text.replace(/^title: .*\n/m, "").replace("updated: 2026-11-23", "updated: 2026-02-30"),
        "roles/beta.md": (text) => text.replace(/^ {2}purpose: .*\n/m, ""),
      },
    });
    expect(problems.map((line) => line.split(" — ")[0])).toEqual([`${shown("roles/alpha.md")}: title`, `${shown("roles/alpha.md")}: updated`, `${shown("roles/beta.md")}: dimensions.purpose`]);
  });

  it("reports invalid YAML every time, not only the first time the text is parsed", () => {
    const { dir } = content({ files: { "roles/alpha.md": literal("invalid-yaml.md") } });
    expect(loadContent(dir).problems).toEqual(loadContent(dir).problems);
    expect(loadContent(dir).problems).toHaveLength(1);
  });

  it("reports an empty content folder and a missing one", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "roles-empty-"));
    fs.mkdirSync(path.join(empty, "roles"));
    const messages = [...loadContent(empty).problems, ...loadContent(path.join(empty, "absent")).problems].map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringContaining("fichier introuvable"),
      expect.stringContaining("aucun profil"),
      expect.stringContaining("fichier introuvable"),
      expect.stringContaining("dossier introuvable"),
    ]);
    for (const message of messages) expect(message).toMatch(HOW_TO_FIX);
  });

  it("npm run validate exits 1 and prints the problems, 0 on valid content with its warnings", () => {
    const run = (dir: string) => spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts"], { env: { ...process.env, CONTENT_DIR: dir }, encoding: "utf8" });
    const broken = content(alpha(/^title: .*\n/m, ""));
    const failed = run(broken.dir);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`${broken.shown("roles/alpha.md")}: title — champ obligatoire manquant`);
    const valid = run(content().dir);
    expect(valid.stderr).toBe("");
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain("2 rôles (alpha, beta), 1 source");
  }, 30_000);
});
