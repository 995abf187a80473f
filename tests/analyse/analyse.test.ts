import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseAd, MAX_AD_LENGTH, textOfMarkup } from "@/lib/analyse/analyse";
import { toAnalyseResponse } from "@/lib/analyse/api";
import { adProblem, checkAd } from "@/lib/analyse/check";
import { analysisWords } from "@/app/_views/words";
import { evaluateAnalyser, type LabelledAd } from "@/lib/analyse/evaluate";
import { analyserModel } from "@/lib/analyse/language";
import { ITEM_LISTS } from "@/lib/analyse/model";
import { frenchStopWordShare, stems, tokenize } from "@/lib/analyse/normalise";
import { contentDir, formatProblem, loadContent } from "@/lib/content/load";
import { realContent } from "@/tests/support/content";

const { roles } = realContent();
const model = analyserModel(realContent(), "fr");
const ads = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "eval-set.json"), "utf8")) as { ads: LabelledAd[] }).ads;

describe("French normalisation", () => {
  it("folds case and accents, removes elisions and stop words, and stems", () => {
    expect(stems("L’animation des Communautés")).toEqual(stems("animer la communaute"));
    expect(stems("d’une stratégie")).toEqual(stems("STRATEGIE"));
    expect(stems("les réseaux sociaux")).toEqual(stems("reseau social"));
    expect(stems("des contenus")).toEqual(stems("le contenu"));
    expect(stems("de la et le")).toEqual([]);
  });

  it("keeps the place of each word in the original text", () => {
    const text = "Vous gérerez l’e-réputation";
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(["gérerez", "réputation"]);
  });

  it("tells French prose from English", () => {
    expect(frenchStopWordShare("Vous animez la communauté de la marque et vous répondez aux messages des abonnés.").share).toBeGreaterThan(0.3);
    expect(frenchStopWordShare("You will build the social media strategy and manage the team of community managers.").share).toBeLessThan(0.1);
  });

  it("reads the words of pasted HTML, never its scripts, styles or attributes", () => {
    const text = textOfMarkup('<p>Animer la <b>communauté</b></p><script>alert("stratégie")</script><div title="stratégie">&amp; modérer</div>');
    expect(text).toContain("Animer la  communauté");
    expect(text).toContain("& modérer");
    expect(text).not.toMatch(/stratégie|alert|<|title=/);
  });
});

describe("the profiles' signals", () => {
  it("are validated: an empty signal is reported with its file and field", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signals-"));
    fs.cpSync(contentDir(), dir, { recursive: true });
    const [file] = fs.readdirSync(path.join(dir, "roles"));
    const profile = path.join(dir, "roles", file);
    fs.writeFileSync(profile, fs.readFileSync(profile, "utf8").replace(/signals: \[[^\n]*\]/, 'signals: [""]'));
    const problems = loadContent(dir).problems.map(formatProblem);
    expect(problems.filter((problem) => problem.includes(".signals."))).toEqual([expect.stringMatching(new RegExp(`${file}: missions\\.strategic\\.0\\.signals\\.0 — texte vide`))]);
  });

  it("are required on every mission, skill and indicator, and must carry meaning", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "signals-"));
    fs.cpSync(contentDir(), dir, { recursive: true });
    const [file] = fs.readdirSync(path.join(dir, "roles"));
    const profile = path.join(dir, "roles", file);
    const text = fs.readFileSync(profile, "utf8");
    const signals = [...text.matchAll(/^( +)signals: \[[^\n]*\]\n/gm)];
    // The first item loses its signals; the second gets one made of stop words only.
    const edited = text.replace(signals[0][0], "").replace(signals[1][0], `${signals[1][1]}signals: ["de la"]\n`);
    fs.writeFileSync(profile, edited);
    const problems = loadContent(dir).problems.map(formatProblem).filter((problem) => problem.includes("signal"));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`${file}: missions\\.strategic\\.0\\.signals — aucun signal`)),
      expect.stringMatching(new RegExp(`${file}: missions\\.strategic\\.1\\.signals\\.0 — « de la » : que des mots vides`)),
    ]);
  });
});

describe("analyseAd", () => {
  const evaluation = evaluateAnalyser(model, ads);

  it("has an evaluation set of at least 30 ads, every role among the labels", () => {
    expect(ads.length).toBeGreaterThanOrEqual(30);
    for (const role of roles) expect(ads.some((ad) => ad.role === role.slug), role.slug).toBe(true);
    expect(ads.filter((ad) => ad.titleMisleads).length).toBeGreaterThanOrEqual(roles.length);
  });

  it("finds the role an ad describes in at least 90 % of the evaluation set", () => {
    expect(evaluation.roleAccuracy, evaluation.outcomes.filter((outcome) => !outcome.roleOk).map((outcome) => outcome.ad.id).join(", ")).toBeGreaterThanOrEqual(0.9);
  });

  it("spots a misleading title in at least 90 % of the evaluation set", () => {
    expect(evaluation.mismatchAccuracy, evaluation.outcomes.filter((outcome) => !outcome.mismatchOk).map((outcome) => outcome.ad.id).join(", ")).toBeGreaterThanOrEqual(0.9);
  });

  it.each(ads.filter((ad) => ad.role === null).map((ad) => [ad.id, ad] as const))("answers « aucun » with low scores to %s", (_id, ad) => {
    const analysis = analyseAd(model, ad.text);
    expect(analysis.best).toBeNull();
    expect(analysis.mismatch).toBe(analysis.statedRole !== null && analysis.reasons.noRole === "field");
    expect(Math.max(...analysis.scores.map((score) => score.score))).toBeLessThan(35);
  });

  it("quotes the ad's own words as evidence, and links the most relevant section", () => {
    const ad = ads.find((candidate) => candidate.role !== null && candidate.titleMisleads)!;
    const analysis = analyseAd(model, ad.text);
    expect(analysis.best?.slug).toBe(ad.role);
    expect(analysis.mismatch).toBe(true);
    expect(analysis.statedRole?.slug).not.toBe(ad.role);
    expect(analysis.suggestedTitle).toBe(`${analysis.best?.title} (H/F)`);
    expect(analysis.best?.url).toMatch(new RegExp(`/roles/${ad.role}#(${ITEM_LISTS.map((list) => list.anchor).join("|")})$`));
    expect(analysis.evidence.length).toBeGreaterThan(2);
    for (const evidence of analysis.evidence) expect(ad.text.replace(/\s+/g, " ")).toContain(evidence.excerpt.replace(/^…|…$/g, ""));
  });

  it("gives every role a score from 0 to 100, best first", () => {
    const analysis = analyseAd(model, ads[0].text);
    expect(analysis.scores.map((score) => score.slug).sort()).toEqual(roles.map((role) => role.slug).sort());
    expect(analysis.scores[0].slug).toBe(analysis.best?.slug);
    for (const score of analysis.scores) expect(score.score).toBeGreaterThanOrEqual(0);
    for (const score of analysis.scores) expect(score.score).toBeLessThanOrEqual(100);
  });

  it("is not swayed by repetition: each item counts once", () => {
    const once = analyseAd(model, ads[0].text);
    const many = analyseAd(model, `${ads[0].text}\n`.repeat(Math.floor(MAX_AD_LENGTH / (ads[0].text.length + 1))));
    expect(many.scores).toEqual(once.scores);
  });

  it("reads content made for social platforms alone as social-media work, and content across channels as content", () => {
    expect(model.roles.filter((role) => role.social).map((role) => role.slug)).not.toContain("content-manager");
    const missions = ["Produire et publier les contenus de la marque", "Tenir le calendrier éditorial", "Rédiger les textes et créer les visuels des publications"];
    const social = analyseAd(model, `Chargé de communication (H/F)\nVos missions :\n${[...missions, "Modérer et répondre aux commentaires sur Instagram et LinkedIn", "Suivre les statistiques des réseaux sociaux"].map((line) => `- ${line}`).join("\n")}`);
    expect(social.best?.slug).toBe("community-manager");
    const channels = analyseAd(model, `Chargé de communication (H/F)\nVos missions :\n${[...missions, "Mettre à jour le site web et la newsletter", "Optimiser le référencement des articles du blog", "Relayer les contenus sur les réseaux sociaux"].map((line) => `- ${line}`).join("\n")}`);
    expect(channels.best?.slug).toBe("content-manager");
  });
});

describe("analyseAd in English", () => {
  const english = analyserModel(realContent("en"), "en");

  // The English figures that count are those of the real ads (tests/analyse/real-ads.test.ts).
  it("links the English role page and suggests an English title", () => {
    const ad = "Community Manager (m/f)\nWe are looking for someone to run and moderate our online community day to day: reply to comments and private messages, moderate discussions in the community forum, write and schedule posts on Instagram and TikTok, and report on community engagement every month.";
    const analysis = analyseAd(english, ad);
    expect(analysis.best?.url).toMatch(new RegExp(`/en/roles/${analysis.best?.slug}#`));
    expect(analysis.suggestedTitle).toBe(`${analysis.best?.title} (m/f)`);
  });

  it("does not read communications as community", () => {
    expect(stems("communications community", "en")).toEqual(["commun", "communit"]);
    expect(analyseAd(english, "Senior Communications Manager\nYou will write press releases.").statedRole).toBeNull();
  });
});

describe("the answers around the analysis", () => {
  it("refuses an empty or too long text before analysing", () => {
    expect(adProblem("  \n ")).toBe("empty");
    expect(adProblem("x".repeat(MAX_AD_LENGTH + 1))).toBe("too-long");
    expect(checkAd(model, "").analysis).toBeNull();
    expect(checkAd(model, ads[0].text).analysis?.best).not.toBeNull();
  });

  it("says « aucun » from the number of roles", () => {
    expect(analysisWords("fr", 3).none).toBe("aucun des trois rôles décrits ici");
    expect(analysisWords("fr", 40).none).toBe("aucun des 40 rôles décrits ici");
    expect(analysisWords("fr", 1).none).toBe("pas le rôle décrit ici");
    expect(analysisWords("en", 3).none).toBe("none of the three roles described here");
  });

  it("shapes the API answer (schemaVersion 1)", () => {
    const body = toAnalyseResponse(analyseAd(model, ads[0].text));
    expect(Object.keys(body).sort()).toEqual(["best", "evidence", "mismatch", "schemaVersion", "scores", "statedRole", "suggestedTitle"]);
    expect(body.schemaVersion).toBe(1);
    expect(Object.keys(body.best ?? {}).sort()).toEqual(["slug", "title", "url"]);
    expect(Object.keys(body.scores[0]).sort()).toEqual(["score", "slug"]);
    expect(Object.keys(body.evidence[0]).sort()).toEqual(["excerpt", "item", "key", "list", "slug"]);
  });
});
