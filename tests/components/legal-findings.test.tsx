import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { legalWords } from "@/app/_views/words";
import { LegalFindings } from "@/components/legal-findings";
import { buildLegalModel, checkJobAdLaw } from "@/lib/analyse/legal";
import { realContent } from "@/tests/support/content";

const content = realContent("fr");
const model = buildLegalModel(content.jobAdChecks, content.sources, "fr");

describe("LegalFindings", () => {
  it("shows the article linked, the ad's words, the rewording and that it is not legal advice", () => {
    const findings = checkJobAdLaw(model, "Chargé de communication\nVous animez nos réseaux sociaux et la communauté de la marque au quotidien. Rémunération : 30 000 € brut par an.");
    render(<LegalFindings findings={findings} words={legalWords("fr")} locale="fr" />);
    expect(screen.getByText("Ces vérifications ne sont pas un conseil juridique.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /L1142-1/ })).toHaveAttribute("href", "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900801");
    expect(screen.getByText("« Chargé de communication »")).toBeInTheDocument();
    expect(screen.getByText("Chargé de communication (H/F)")).toBeInTheDocument();
  });

  it("says so when nothing is found, in English too", () => {
    render(<LegalFindings findings={[]} words={legalWords("en")} locale="en" />);
    expect(screen.getByText("These checks are not legal advice.")).toBeInTheDocument();
    expect(screen.getByText("Nothing found by these checks.")).toBeInTheDocument();
  });
});
