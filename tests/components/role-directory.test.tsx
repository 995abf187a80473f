import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RoleDirectory } from "@/components/role-directory";
import { filterRoles } from "@/lib/search";
import { SUMMARIES } from "../support/summaries";

function renderDirectory(q: string, positioning: "strategic" | null = null) {
  const query = { q, positioning };
  render(<RoleDirectory query={query} result={filterRoles(SUMMARIES, query)} total={SUMMARIES.length} />);
}

describe("RoleDirectory", () => {
  it("is a GET form to /roles that keeps the query", () => {
    renderDirectory("animatrice");
    const form = screen.getByRole("search");
    expect(form).toHaveAttribute("action", "/roles");
    expect(form).toHaveAttribute("method", "get");
    expect(screen.getByLabelText("Intitulé de poste")).toHaveValue("animatrice");
  });

  it("lists the matching role first with the title that matched", () => {
    renderDirectory("animatrice de communauté web");
    const results = screen.getByRole("region", { name: /1 rôle pour «\s?animatrice de communauté web\s?»/ });
    expect(within(results).getAllByRole("link")[0]).toHaveTextContent("Community Manager");
    expect(within(results).getByText(/Trouvé sous le titre/)).toHaveTextContent("Animatrice de communauté");
  });

  it("offers the closest roles when nothing matches", () => {
    renderDirectory("boulanger");
    expect(screen.getByRole("heading", { name: /Aucun rôle ne correspond à «\s?boulanger\s?»/ })).toBeInTheDocument();
    expect(screen.getByText("Les rôles les plus proches de votre recherche :")).toBeInTheDocument();
    const offered = screen.getAllByRole("article").map((card) => within(card).getAllByRole("link")[0].textContent);
    expect(offered).toEqual(["Community Manager", "Content Manager", "Social Media Manager"]);
  });

  it("gives, for a title no role has, the closest roles by what they do, each with its reason", () => {
    const query = { q: "rédacteur web", positioning: null };
    const texts = new Map([["content-manager", [{ reason: "ses missions", weight: 1, texts: ["Rédiger les pages web"] }]]]);
    render(<RoleDirectory query={query} result={filterRoles(SUMMARIES, query, texts)} total={SUMMARIES.length} />);
    expect(screen.getByText(/par ce qu’ils font/)).toBeInTheDocument();
    const [first] = screen.getAllByRole("listitem");
    expect(first).toHaveTextContent("Proche du Content Manager par ses missions : « Rédiger les pages web »");
    expect(within(first).getByRole("link")).toHaveTextContent("Content Manager");
  });

  it("lists every role without a query", () => {
    renderDirectory("");
    expect(screen.getByRole("heading", { name: "Les 3 rôles" })).toBeInTheDocument();
    expect(screen.getAllByRole("article")).toHaveLength(3);
  });
});
