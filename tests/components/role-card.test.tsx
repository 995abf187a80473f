import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RoleCard } from "@/components/role-card";
import { SUMMARIES } from "../support/summaries";

describe("RoleCard", () => {
  it("links the title to the role page and shows abbreviation, summary and positioning", () => {
    render(<RoleCard role={SUMMARIES[0]} />);
    expect(screen.getByRole("link", { name: "Community Manager" })).toHaveAttribute("href", "/roles/community-manager");
    expect(screen.getByText("(CM)")).toBeInTheDocument();
    expect(screen.getByText("Anime une communauté en ligne.")).toBeInTheDocument();
    expect(screen.getByText("Opérationnel")).toBeInTheDocument();
  });

  it("shows the other title a search matched", () => {
    render(<RoleCard role={SUMMARIES[0]} matchedTitle="Animatrice de communauté" />);
    expect(screen.getByText(/Trouvé sous le titre/)).toHaveTextContent("« Animatrice de communauté »");
  });
});
