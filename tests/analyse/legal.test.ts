import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_AD_LENGTH } from "@/lib/analyse/analyse";
import { buildLegalModel, checkJobAdLaw, clauseAround, type LegalFinding } from "@/lib/analyse/legal";
import { readJobAdChecks } from "@/lib/content/job-ad-checks";
import type { Problem } from "@/lib/content/files";
import { formatProblem } from "@/lib/content/load";
import { PATHOLOGICAL, repeated } from "@/scripts/support/pathological";
import { realContent } from "@/tests/support/content";

const content = realContent("fr");
const model = buildLegalModel(content.jobAdChecks, content.sources, "fr");
const english = buildLegalModel(realContent("en").jobAdChecks, realContent("en").sources, "en");
const check = (text: string) => checkJobAdLaw(model, text);
const kinds = (findings: LegalFinding[]) => findings.map((finding) => finding.kind);

/** A plain French ad around the lines to test: in French, with pay, a neutral title. */
const ad = (title: string, ...lines: string[]) =>
  [title, "Au sein de l’équipe communication, vous animez la communauté de la marque sur les réseaux sociaux.", "Rémunération : 32 000 à 36 000 € brut par an.", ...lines].join("\n");

describe("the legal checks of a job ad", () => {
  it("stay quiet on a compliant ad", () => {
    expect(check(ad("Chargé·e de communication (H/F)", "Vous avez deux ans d’expérience en animation de communauté."))).toEqual([]);
  });

  it("flag a gendered title without « H/F », quote it and propose it with « (H/F) »", () => {
    const [finding] = check(ad("Chargé de communication"));
    expect(finding).toMatchObject({ rule: "sexe-du-candidat", level: "forbidden", quote: "Chargé de communication", rewording: "Chargé de communication (H/F)" });
    expect(finding.article).toContain("L1142-1");
    expect(finding.href).toBe("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900801");
  });

  it.each(["Chargé de communication H/F", "Chargé de communication (F/H)", "Chargé(e) de communication", "Chargé.e de communication", "Animateur / Animatrice de communauté", "Directeur·rice de la communication", "Responsable communication", "Community manager"])(
    "accept « %s » as addressed to both sexes or neutral",
    (title) => expect(kinds(check(ad(title)))).not.toContain("title-sex"),
  );

  it("flag « jeune et dynamique », not « jeune diplômé »", () => {
    const found = check(ad("Community manager (H/F)", "Profil : jeune et dynamique, vous aimez les réseaux."));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: "criteres-discriminatoires", criterion: "l’âge", quote: "Profil : jeune et dynamique, vous aimez les réseaux." });
    expect(check(ad("Community manager (H/F)", "Poste ouvert aux jeunes diplômés."))).toEqual([]);
  });

  it.each([
    ["la situation de famille", "Célibataire et sans enfants de préférence."],
    ["l’apparence physique", "Bonne présentation exigée."],
    ["l’origine ou la nation", "Anglais langue maternelle."],
    ["l’état de santé ou le handicap", "Être en bonne santé."],
  ])("flag a reference to %s", (criterion, line) => {
    expect(check(ad("Community manager (H/F)", line))).toEqual([expect.objectContaining({ criterion, quote: line })]);
  });

  it("flag an upper age limit, not years of experience", () => {
    for (const line of ["Candidat de moins de 30 ans.", "Âgé de 25 à 35 ans.", "Entre 20 et 28 ans.", "30 ans maximum."]) {
      expect(check(ad("Community manager (H/F)", line)), line).toEqual([expect.objectContaining({ rule: "limite-d-age", quote: line })]);
    }
    for (const line of ["Entre 2 et 5 ans d’expérience.", "Moins de 3 ans d’expérience acceptés.", "Une entreprise de 30 ans d’histoire et 45 salariés."]) {
      expect(kinds(check(ad("Community manager (H/F)", line))), line).not.toContain("age-limit");
    }
  });

  it("flag an ad not in French, with its title as the quote, and skip its title’s gender", () => {
    const found = check("Social Media Manager\nWe are looking for a social media manager who will own our strategy across all platforms and report to the head of marketing. The salary is €40,000 to €45,000 per year.");
    expect(found).toEqual([expect.objectContaining({ rule: "langue-de-l-offre", quote: "Social Media Manager" })]);
    expect(found[0].article).toContain("L5331-4");
  });

  it("flag an ad without a figure of pay, quoting its vague words, and say no French text applies yet", () => {
    const text = ["Community manager (H/F)", "Vous animez la communauté de la marque sur les réseaux sociaux et répondez aux messages.", "Salaire selon profil."].join("\n");
    const [finding] = check(text);
    expect(finding).toMatchObject({ rule: "remuneration", level: "advice", quote: "Salaire selon profil." });
    expect(finding.message).toContain("aucun texte français ne l’impose encore");
    expect(check(text.replace("Salaire selon profil.", "Budget de 2 millions d’euros par an."))[0].quote).toBeNull();
  });

  it("do not take a sum of money for pay", () => {
    expect(kinds(check(ad("Community manager (H/F)").replace("Rémunération : 32 000 à 36 000 € brut par an.", "Nous avons levé 20 M€ et servons 10 millions de clients.")))).toContain("pay");
  });

  it("flag a request for past pay", () => {
    expect(check(ad("Community manager (H/F)", "Envoyez CV et dernier salaire."))).toEqual([expect.objectContaining({ rule: "historique-de-remuneration" })]);
  });

  it("give the English words on the English page", () => {
    const [finding] = checkJobAdLaw(english, ad("Chargé de communication"));
    expect(finding.article).toBe("French Labour Code, art. L1142-1");
    expect(finding.rewording).toBe("Chargé de communication (H/F)");
  });

  it("quote whole clauses", () => {
    const text = "Première phrase. Profil : jeune et dynamique ; motivé.";
    expect(clauseAround(text, text.indexOf("jeune"), text.indexOf("dynamique") + 9)).toBe("Profil : jeune et dynamique");
  });

  it.each(Object.entries(PATHOLOGICAL))("%s: answers in linear time on the largest ad", (_name, input) => {
    const start = performance.now();
    checkJobAdLaw(model, input);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it("reads ads of repeated rule words in linear time", () => {
    for (const piece of ["moins de 30 ans ", "jeune jeune ", "€ 1 ", "h/f "]) {
      const small = performance.now();
      checkJobAdLaw(model, repeated(piece, MAX_AD_LENGTH / 10));
      const smallTime = performance.now() - small;
      const large = performance.now();
      checkJobAdLaw(model, repeated(piece, MAX_AD_LENGTH));
      expect(performance.now() - large, piece).toBeLessThan(Math.max(smallTime, 20) * 40);
    }
  });
});

describe("content/job-ad-checks.yml validation", () => {
  const write = (files: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "legal-"));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  };
  const rule = `rules:\n  - id: limite\n    kind: age-limit\n    level: forbidden\n    article: "Code du travail, art. L5331-2"\n    sources: [code-travail-l5331-2]\n    checks: "Pas d’âge maximum."\n    message: "Limite d’âge."\n    rewording: "Retirez l’âge."\n    words:\n      units: [ans]\n      before: ["moins de"]\n      after: [maximum]\n`;

  it("names the file and the field of every problem", () => {
    const dir = write({ "job-ad-checks.yml": rule.replace("level: forbidden", "level: sometimes").replace("      units: [ans]\n", "      units: []\n") });
    const problems: Problem[] = [];
    readJobAdChecks(dir, "fr", problems);
    const shown = problems.map(formatProblem);
    expect(shown).toEqual(expect.arrayContaining([expect.stringMatching(/job-ad-checks\.yml: rules\.0\.level — /), expect.stringMatching(/job-ad-checks\.yml: rules\.0\.words\.units — liste vide/)]));
  });

  it("asks for the English words of every rule", () => {
    const dir = write({ "job-ad-checks.yml": rule, "en/job-ad-checks.yml": "rules: []\n" });
    const problems: Problem[] = [];
    readJobAdChecks(dir, "en", problems);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/en\/job-ad-checks\.yml: rules — règle « limite » sans traduction/)]);
  });

  it("reports a source the bibliography lacks, in the rule’s field", async () => {
    const { loadContent } = await import("@/lib/content/load");
    const dir = write({ "job-ad-checks.yml": rule.replace("code-travail-l5331-2", "inconnue") });
    const problems = loadContent(dir).problems.map(formatProblem);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/job-ad-checks\.yml: rules\.0\.sources — source « inconnue » inconnue/)]));
  });
});
