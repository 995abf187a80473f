import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { GuideResult } from "@/components/guide-result";
import { OrgDiagram } from "@/components/org-diagram";
import { SurveyChart } from "@/components/survey-chart";
import { EQUAERO_SURVEY, ORGANISATION } from "@/lib/figures";
import { recommend, DEFAULT_ANSWERS } from "@/lib/guide";
import { SUMMARIES } from "../support/summaries";

const titles = Object.fromEntries(SUMMARIES.map((role) => [role.slug, role.title]));
const sources = {
  "equaero-2010": { title: "Enquête Equaero", href: "/roles/community-manager#source-equaero-2010" },
  "blog-2013": { title: "Billet de 2013", href: "/roles/community-manager#source-blog-2013" },
  hajjar: { title: "Hajjar", href: "/roles/community-manager#source-hajjar" },
};

describe("SurveyChart", () => {
  it("draws one bar per role, proportional to its share, with a text alternative", () => {
    const { container } = render(<SurveyChart survey={EQUAERO_SURVEY} titles={titles} sources={sources} />);
    const image = screen.getByRole("img");
    expect(image).toHaveAccessibleName(/Community Manager : 68 %, Content Manager : 49 %, Social Media Manager : 27 %/);
    const widths = [...container.querySelectorAll("rect")].map((rect) => Number(rect.getAttribute("width")));
    expect(widths[0] / widths[2]).toBeCloseTo(68 / 27, 5);
    expect(container.querySelector("figcaption")).toHaveTextContent(/Enquête Equaero, fin 2010, 88 directeurs .* anormalement élevés/);
  });

  it("gives the same figures as a table", () => {
    render(<SurveyChart survey={EQUAERO_SURVEY} titles={titles} sources={sources} />);
    const table = screen.getByRole("table");
    expect(within(table).getByRole("rowheader", { name: "Content Manager" }).nextElementSibling).toHaveTextContent("49 %");
    expect(within(table).getAllByRole("row")).toHaveLength(4);
  });
});

describe("OrgDiagram", () => {
  it("is an image with a title and description, and the same information as a list", () => {
    render(<OrgDiagram {...ORGANISATION} sources={sources} />);
    expect(screen.getByRole("img")).toHaveAccessibleName(/Organigramme des rôles du social media/);
    expect(screen.getByRole("img")).toHaveAccessibleDescription(/encadre le Community Manager et le Content Manager/);
    const items = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toHaveLength(ORGANISATION.nodes.length + ORGANISATION.links.length);
    expect(items.some((text) => text?.includes("dépend des services marketing"))).toBe(true);
    expect(screen.getByRole("link", { name: "Community Manager" })).toHaveAttribute("href", "/roles/community-manager");
  });

  it("draws a box per node and an arrow per link", () => {
    const { container } = render(<OrgDiagram {...ORGANISATION} sources={sources} />);
    expect(container.querySelectorAll("svg rect")).toHaveLength(ORGANISATION.nodes.length);
    expect(container.querySelectorAll("svg line")).toHaveLength(ORGANISATION.links.length);
  });
});

describe("GuideResult", () => {
  const roles = Object.fromEntries(SUMMARIES.map((role) => [role.slug, role]));

  it("names the roles, says why with sources, and links to the pages and their comparison", () => {
    const recommendation = recommend({ ...DEFAULT_ANSWERS, besoin: "strategie", conversion: "visites" });
    render(<GuideResult recommendation={recommendation} roles={roles} sources={sources} sharePath="/guide?besoin=strategie" />);
    expect(screen.getByRole("link", { name: "Social Media Manager" })).toHaveAttribute("href", "/roles/social-media-manager");
    expect(screen.getByText("Un seul poste qui réunit ces rôles.")).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Hajjar" }).length).toBeGreaterThan(0);
    expect(screen.getByRole("link", { name: "Comparer Social Media Manager et Community Manager" })).toHaveAttribute("href", "/compare/social-media-manager/community-manager");
    expect(screen.getByRole("link", { name: "Lien vers ce résultat" })).toHaveAttribute("href", "/guide?besoin=strategie");
  });
});

describe("OrgDiagram layout", () => {
  it("keeps every box inside the drawing", () => {
    const { container } = render(<OrgDiagram {...ORGANISATION} sources={sources} />);
    const [, , width, height] = container.querySelector("svg")!.getAttribute("viewBox")!.split(" ").map(Number);
    for (const rect of container.querySelectorAll("svg rect")) {
      expect(Number(rect.getAttribute("x")) + Number(rect.getAttribute("width"))).toBeLessThanOrEqual(width);
      expect(Number(rect.getAttribute("y")) + Number(rect.getAttribute("height"))).toBeLessThanOrEqual(height);
    }
  });
});
