import fs from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AdChecker } from "@/components/ad-checker";
import { AnalysisResult } from "@/components/analysis-result";
import { analyseAd } from "@/lib/analyse/analyse";
import type { LabelledAd } from "@/lib/analyse/evaluate";
import { analyserModel } from "@/lib/analyse/language";
import { contentDir, loadContent } from "@/lib/content/load";

const { roles } = loadContent(contentDir());
const model = analyserModel(roles, "fr");
const ads = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../analyse/eval-set.json"), "utf8")) as { ads: LabelledAd[] }).ads;
const misleading = ads.find((ad) => ad.role !== null && ad.titleMisleads)!;
const unrelated = ads.find((ad) => ad.role === null && ad.text.length < 2_000)!;

describe("AnalysisResult", () => {
  it("warns when the title names another role, and gives the title and the link to paste", () => {
    const analysis = analyseAd(model, misleading.text);
    render(<AnalysisResult analysis={analysis} roleCount={roles.length} />);
    const region = screen.getByRole("region", { name: "Résultat de l’analyse" });
    expect(region).toHaveTextContent(`le titre dit ${analysis.statedRole?.title}, les missions décrivent un ${analysis.best?.title}`);
    expect(screen.getByLabelText("Titre conseillé")).toHaveValue(`${analysis.best?.title} (H/F)`);
    expect(screen.getByLabelText(/^Lien à coller dans l’offre/)).toHaveValue(analysis.best?.url);
    expect(screen.getByRole("link", { name: `Réécrire cette offre à partir de la fiche ${analysis.best?.title}` })).toHaveAttribute("href", `/rediger-une-offre?role=${analysis.best?.slug}`);
    expect(within(region).getAllByText(/^«\s.+\s»$/).length).toBe(analysis.evidence.length);
  });

  it("answers « aucun » from the number of roles", () => {
    render(<AnalysisResult analysis={analyseAd(model, unrelated.text)} roleCount={roles.length} />);
    expect(screen.getByRole("region", { name: "Résultat de l’analyse" })).toHaveTextContent(/Réponse\s: aucun des .+ rôles de la référence/);
    expect(screen.queryByLabelText("Titre conseillé")).toBeNull();
  });
});

describe("AdChecker", () => {
  it("with JavaScript, analyses in the page without calling the server", () => {
    const action = vi.fn();
    render(<AdChecker model={model} action={action} />);
    fireEvent.change(screen.getByLabelText("Texte de l’offre"), { target: { value: misleading.text } });
    fireEvent.click(screen.getByRole("button", { name: "Analyser l’offre" }));
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByRole("region", { name: "Résultat de l’analyse" })).toHaveTextContent("titre trompeur");
    expect(screen.getByRole("heading", { name: "Résultat de l’analyse" })).toHaveFocus();
  });

  it("says what is wrong with an empty text", () => {
    render(<AdChecker model={model} action={vi.fn()} />);
    fireEvent.click(screen.getByRole("button", { name: "Analyser l’offre" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Le texte est vide");
  });
});
