import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, loadContent } from "@/lib/content/load";

const fixture = (name: string) => path.join("tests/fixtures", name);
const problemsOf = (name: string) => loadContent(fixture(name)).problems.map(formatProblem);
const file = (name: string, role = "alpha") => `tests/fixtures/${name}/roles/${role}.md`;

/** Each fixture folder holds one kind of mistake; the message must name the file and the field. */
const CASES: Array<[fixture: string, expected: string[]]> = [
  ["invalid-yaml", [`${file("invalid-yaml")}: (front matter) — YAML invalide`]],
  ["missing-title", [`${file("missing-title")}: title — champ obligatoire manquant`]],
  ["wrong-types", [`${file("wrong-types")}: reportsTo — `, `${file("wrong-types")}: salary.amount — `]],
  ["empty-body", [`${file("empty-body")}: (corps) — corps vide`]],
  ["unknown-related", [`${file("unknown-related")}: related.1 — rôle inconnu « gamma-manager »`]],
  ["duplicate-other-title", [`${file("duplicate-other-title", "beta")}: otherTitles.0.title — le slug « animatrice-alpha » est déjà pris par ${file("duplicate-other-title")}`]],
  ["duplicate-slug", [`${file("duplicate-slug", "beta")}: otherTitles.0.title — le slug « alpha » est déjà pris par ${file("duplicate-slug")}`]],
  ["bad-slug", ["tests/fixtures/bad-slug/roles/Alpha Manager.md: (nom du fichier) — « Alpha Manager » n'est pas un slug"]],
  ["salary-without-year", [`${file("salary-without-year")}: salary.year — champ obligatoire manquant`, `${file("salary-without-year")}: salary.source — champ obligatoire manquant`]],
  ["undefined-source", [`${file("undefined-source")}: positioning.sources — source « fantome » citée mais non définie`]],
  ["unsafe-markdown", [`${file("unsafe-markdown")}: (corps) — HTML brut`, `${file("unsafe-markdown")}: (corps) — lien « javascript:alert(1) »`]],
  ["not-utf8", [`${file("not-utf8")}: (encodage) — le fichier n'est pas en UTF-8`]],
  ["stray-file", ["tests/fixtures/stray-file/roles/notes.txt: (fichier) — fichier inattendu"]],
  ["unknown-field", [`${file("unknown-field")}: titre — champ inconnu`]],
  ["bad-date", [`${file("bad-date")}: updated — date invalide`]],
  ["missing-dimension", [`${file("missing-dimension")}: dimensions.pay — champ obligatoire manquant`]],
  ["self-reference", [`${file("self-reference")}: related.0 — un rôle ne peut pas se citer lui-même`]],
  ["duplicate-source-id", [`${file("duplicate-source-id")}: sources.1.id — identifiant de source « ref » en double`]],
  [
    "invalid-values",
    [
      `${file("invalid-values")}: positioning.value — valeur invalide : choisissez « strategic », « operational », « both »`,
      `${file("invalid-values")}: skills — liste trop courte`,
      `${file("invalid-values")}: salary.amount — nombre trop petit`,
      `${file("invalid-values")}: sources.0.url — adresse invalide`,
    ],
  ],
];

/** The fix a message ends with starts with one of these verbs. */
const HOW_TO_FIX = /(?:^|[\s(])(?:ajoutez|écrivez|renommez|changez|donnez|corrigez|choisissez|retirez|réenregistrez|supprimez|remplacez|créez)/i;

describe("content validation", () => {
  it("accepts the valid fixture", () => {
    expect(problemsOf("valid")).toEqual([]);
  });

  it.each(CASES)("reports %s with the file and the field", (name, expected) => {
    const problems = problemsOf(name);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((start, index) => expect(problems[index].startsWith(start), `${problems[index]}\n  should start with\n${start}`).toBe(true));
  });

  it.each([...CASES.map(([name]) => name), "several-problems"])("says how to fix each problem of %s", (name) => {
    for (const problem of problemsOf(name)) expect(problem.split(" — ")[1], problem).toMatch(HOW_TO_FIX);
  });

  it("reports every problem of every file at once", () => {
    const name = "several-problems";
    expect(problemsOf(name).map((line) => line.split(" — ")[0])).toEqual([
      `${file(name)}: title`,
      `${file(name)}: updated`,
      `${file(name, "beta")}: dimensions.purpose`,
    ]);
  });

  it("reports invalid YAML every time, not only the first time the text is parsed", () => {
    expect(problemsOf("invalid-yaml")).toEqual(problemsOf("invalid-yaml"));
    expect(problemsOf("invalid-yaml")).toHaveLength(1);
  });

  it("reports an empty content folder and a missing one", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "roles-empty-"));
    fs.mkdirSync(path.join(empty, "roles"));
    const messages = [...loadContent(empty).problems, ...loadContent(path.join(empty, "absent")).problems].map((problem) => problem.message);
    expect(messages).toEqual([expect.stringContaining("aucun profil"), expect.stringContaining("dossier introuvable")]);
    for (const message of messages) expect(message).toMatch(HOW_TO_FIX);
  });

  it("npm run validate exits 1 and prints the problems, 0 on valid content", () => {
    const run = (dir: string) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts"], { env: { ...process.env, CONTENT_DIR: dir }, encoding: "utf8" });
    const broken = run(fixture("several-problems"));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`${file("several-problems")}: title — champ obligatoire manquant`);
    expect(broken.stderr).toContain(`${file("several-problems", "beta")}: dimensions.purpose`);
    const valid = run(fixture("valid"));
    expect(valid.stderr).toBe("");
    expect(valid.status).toBe(0);
    expect(valid.stdout).toContain("2 rôles");
  }, 30_000);
});
