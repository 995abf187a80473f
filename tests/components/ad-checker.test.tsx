import fs from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AdChecker } from "@/components/ad-checker";
import { AnalysisResult } from "@/components/analysis-result";
import { analyseAd } from "@/lib/analyse/analyse";
import type { LabelledAd } from "@/lib/analyse/evaluate";
import { analyserModel } from "@/lib/analyse/language";
import { analysisWords } from "@/app/_views/words";
import { intlWrapper } from "../support/intl";
import { realContent } from "@/tests/support/content";

const { roles } = realContent();
const model = analyserModel(realContent(), "fr");
const words = analysisWords("fr", roles.length);
const ads = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../analyse/eval-set.json"), "utf8")) as { ads: LabelledAd[] }).ads;
const misleading = ads.find((ad) => ad.role !== null && ad.titleMisleads)!;
const unrelated = ads.find((ad) => ad.role === null && ad.text.length < 2_000)!;

describe("AnalysisResult", () => {
  it("warns when the title names another role, and gives the title and the link to paste", () => {
    const analysis = analyseAd(model, misleading.text);
    render(<AnalysisResult analysis={analysis} words={words} locale="fr" />);
    const region = screen.getByRole("region", { name: "Résultat de l’analyse" });
    expect(region).toHaveTextContent(`le titre dit ${analysis.statedRole?.title}, les missions décrivent un ${analysis.best?.title}`);
    expect(screen.getByLabelText("Titre conseillé")).toHaveValue(`${analysis.best?.title} (H/F)`);
    expect(screen.getByLabelText(/^Lien à coller dans l’offre/)).toHaveValue(analysis.best?.url);
    expect(screen.getByRole("link", { name: `Réécrire cette offre à partir de la fiche ${analysis.best?.title}` })).toHaveAttribute("href", `/rediger-une-offre?role=${analysis.best?.slug}`);
    expect(within(region).getAllByText(/^«\s.+\s»$/).length).toBe(analysis.evidence.length);
  });

  it("says how sure it is and why, in words, and links the role page it names", () => {
    const analysis = analyseAd(model, misleading.text);
    const { best, confidence, reasons } = analysis;
    render(<AnalysisResult analysis={analysis} words={words} locale="fr" />);
    const region = screen.getByRole("region", { name: "Résultat de l’analyse" });
    const sure = { high: "Sûr", medium: "Assez sûr", low: "Pas sûr" }[confidence!];
    const missions = analysis.evidence.filter((item) => item.slug === best?.slug && item.list === "missions").length;
    expect(region).toHaveTextContent(`${sure} : ${missions} missions du profil ${best?.title} se retrouvent dans l’offre, et ${reasons.fieldSentences} de ses ${reasons.sentences} phrases parlent de communauté`);
    const link = within(region).getByRole("link", { name: new RegExp(`^Lire la fiche ${best?.title}`) });
    expect(link).toHaveAttribute("href", `/roles/${best?.slug}${best?.section ? `#${best.section.id}` : ""}`);
  });

  it("says why it names no role", () => {
    const analysis = analyseAd(model, unrelated.text);
    render(<AnalysisResult analysis={analysis} words={words} locale="fr" />);
    const why = { field: "l’offre parle surtout d’autre chose que de communauté", flat: "les profils sont à égalité", weak: "l’offre reprend trop peu de missions" }[analysis.reasons.noRole!];
    expect(screen.getByRole("region", { name: "Résultat de l’analyse" })).toHaveTextContent(`Pourquoi : ${why}`);
    expect(screen.queryByRole("link", { name: /^Lire la fiche/ })).toBeNull();
  });

  it("answers « aucun » from the number of roles", () => {
    render(<AnalysisResult analysis={analyseAd(model, unrelated.text)} words={words} locale="fr" />);
    expect(screen.getByRole("region", { name: "Résultat de l’analyse" })).toHaveTextContent(/Réponse\s: aucun des .+ rôles décrits ici/);
    expect(screen.queryByLabelText("Titre conseillé")).toBeNull();
  });
});

describe("AdChecker", () => {
  it("with JavaScript, analyses in the page without calling the server", () => {
    const action = vi.fn();
    render(<AdChecker model={model} action={action} words={words} locale="fr" />);
    fireEvent.change(screen.getByLabelText("Texte de l’offre"), { target: { value: misleading.text } });
    fireEvent.click(screen.getByRole("button", { name: "Analyser l’offre" }));
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByRole("region", { name: "Résultat de l’analyse" })).toHaveTextContent("titre trompeur");
    expect(screen.getByRole("heading", { name: "Résultat de l’analyse" })).toHaveFocus();
  });

  it("says what is wrong with an empty text", () => {
    render(<AdChecker model={model} action={vi.fn()} words={words} locale="fr" />);
    fireEvent.click(screen.getByRole("button", { name: "Analyser l’offre" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Le texte est vide");
  });
});

describe("AdChecker in English", () => {
  const english = realContent("en").roles;
  const englishModel = analyserModel(realContent("en"), "en");
  const ad = "Community Manager (m/f)\nWe are looking for someone to run and moderate our online community day to day: reply to comments and private messages, moderate discussions, write and schedule posts on Instagram and TikTok, handle negative feedback before it turns into a crisis, and report on engagement every month.";

  it("reads an English ad against the English profiles, in English, without calling the server", () => {
    const action = vi.fn();
    render(<AdChecker model={englishModel} action={action} words={analysisWords("en", english.length)} locale="en" />, { wrapper: intlWrapper("en") });
    fireEvent.change(screen.getByLabelText("Text of the ad"), { target: { value: ad } });
    fireEvent.click(screen.getByRole("button", { name: "Analyse the ad" }));
    expect(action).not.toHaveBeenCalled();
    const region = screen.getByRole("region", { name: "Result of the analysis" });
    expect(region).toHaveTextContent("This ad mostly describes a Community Manager job.");
    expect((screen.getByLabelText(/^Link to paste into the ad/) as HTMLTextAreaElement).value).toMatch(/\/en\/roles\/community-manager#missions$/);
    expect(screen.getByRole("link", { name: "Rewrite this ad from the Community Manager profile" })).toHaveAttribute("href", "/en/rediger-une-offre?role=community-manager");
    expect(screen.getByRole("link", { name: "Read the Community Manager profile, section “Duties”" })).toHaveAttribute("href", "/en/roles/community-manager#missions");
    expect(region).toHaveTextContent(/(Sure|Fairly sure|Not sure): \d+ missions of the Community Manager profile are in the ad/);
  });

  it("says so when the ad is not in English", () => {
    render(<AnalysisResult analysis={analyseAd(englishModel, misleading.text)} words={analysisWords("en", english.length)} locale="en" />, { wrapper: intlWrapper("en") });
    expect(screen.getByRole("region", { name: "Result of the analysis" })).toHaveTextContent("This text does not seem to be written in English");
  });
});
