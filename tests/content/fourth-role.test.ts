import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseAd } from "@/lib/analyse/analyse";
import { evaluateAnalyser, type LabelledAd } from "@/lib/analyse/evaluate";
import { analyserModel } from "@/lib/analyse/language";
import { loadLanguages } from "@/lib/content/languages";
import { formatProblem } from "@/lib/content/load";
import { englishSources, SYNTHETIC_SOURCES } from "@/scripts/support/synthetic";

/**
 * Adding a role is a content change: the real content, plus a fourth profile of its own (its
 * missions, skills and signals: a digital communication officer, tests/fixtures/fourth-role/) and
 * its source, passes `npm run validate`'s checks, and the analyser reads ads for it without
 * losing its accuracy on the others.
 */
const SLUG = "charge-de-communication-digitale";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fourth-role-"));
fs.cpSync("content", dir, { recursive: true });
const profile = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/fourth-role", `${SLUG}.md`), "utf8");
// The English language gets the same profile: the parity checks compare keys, sources and structure.
for (const language of ["roles", "en/roles"]) fs.writeFileSync(path.join(dir, language, `${SLUG}.md`), profile);
const source = SYNTHETIC_SOURCES.replace("id: ref", "id: fixture-source");
fs.appendFileSync(path.join(dir, "sources.yml"), `\n${source}`);
fs.appendFileSync(path.join(dir, "en", "sources.yml"), `\n${englishSources(source)}`);
const { languages, problems, warnings } = loadLanguages(dir);

describe("a fourth role, added to the content only", () => {
  it("passes every check of npm run validate", () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(languages.fr.roles.map((role) => role.slug)).toContain(SLUG);
    expect(languages.en.roles.map((role) => role.slug)).toContain(SLUG);
  });

  it("is named by validate when no answer of the guide recommends it", () => {
    expect(warnings.map(formatProblem)).toContainEqual(expect.stringMatching(new RegExp(`guide\\.yml: rules — aucune réponse au guide ne recommande « ${SLUG} »`)));
  });

  it("is what the analyser finds in an ad for it, from its own signals", () => {
    const model = analyserModel(languages.fr, "fr");
    const ad = "Chargé de communication digitale (H/F)\nVous mettez à jour le site internet et l’intranet, rédigez la lettre d’information mensuelle et les communiqués de presse, et participez à l’organisation d’événements (salon, inauguration). Vous suivez la fréquentation du site et le taux d’ouverture de la newsletter.\nProfil : qualités rédactionnelles, maîtrise d’un CMS et d’un outil d’emailing.";
    const analysis = analyseAd(model, ad);
    expect(analysis.best?.slug).toBe(SLUG);
    expect(analysis.statedRole?.slug).toBe(SLUG);
  });

  it("leaves the analyser as accurate on the evaluation set, whose ads do not describe it", () => {
    const ads = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../analyse/eval-set.json"), "utf8")) as { ads: LabelledAd[] }).ads;
    const before = evaluateAnalyser(analyserModel({ ...languages.fr, roles: languages.fr.roles.filter((role) => role.slug !== SLUG) }, "fr"), ads).roleAccuracy;
    const after = evaluateAnalyser(analyserModel(languages.fr, "fr"), ads).roleAccuracy;
    expect(after).toBeGreaterThanOrEqual(before - 0.05);
  });
});
