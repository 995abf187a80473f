import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MarkdownBody, withSectionLinks } from "@/components/markdown-body";
import { PageSources } from "@/components/page-sources";
import { RoleEssentials } from "@/components/role-essentials";
import { RoleFacts } from "@/components/role-facts";
import { SourceList } from "@/components/source-list";
import { TableOfContents } from "@/components/table-of-contents";
import { loadContent } from "@/lib/content/load";
import { READING_BUDGET, essentialsWordCount } from "@/lib/reading";
import { REQUIRED_SECTIONS } from "@/lib/sections";
import { ALPHA_BETA, writeContentDir } from "@/scripts/support/synthetic";

const [alpha, beta] = loadContent(writeContentDir(ALPHA_BETA)).roles;

describe("RoleEssentials", () => {
  const numbered = new Map(alpha.rolePageSourceIds.map((id, index) => [id, { ...alpha.sources.find((source) => source.id === id)!, number: index + 1 }]));

  it("gives the main missions, the reporting line, pay and access, with their citation marks", () => {
    render(<RoleEssentials role={{ ...alpha, reportsTo: [{ slug: beta.slug, title: beta.title }] }} sources={numbered} />);
    const box = screen.getByRole("region", { name: "En bref" });
    expect(within(box).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Mission strategie", "Tâche moderation"]);
    expect(within(box).getByRole("link", { name: "Beta Manager" })).toHaveAttribute("href", "/roles/beta");
    expect(box).toHaveTextContent("Un salaire daté de 2025, avec sa source.");
    expect(box).toHaveTextContent("Les études et les parcours, en 2026.");
    const marks = within(box).getAllByRole("link").filter((link) => link.classList.contains("source-mark"));
    expect(marks).toHaveLength(2);
    expect(marks[0]).toHaveAttribute("href", "#source-ref");
    expect(marks[0]).toHaveTextContent("source [1] : Référence de test");
    expect(within(box).getByRole("link", { name: "Détail de la rémunération" })).toHaveAttribute("href", "#remuneration");
  });

  it("stays within the reading budget", () => {
    expect(essentialsWordCount(alpha)).toBeLessThanOrEqual(READING_BUDGET.essentialsWords);
  });
});

describe("PageSources", () => {
  it("numbers the page's sources in the order of its marks, each anchored, with its full entry one link away", () => {
    const { container } = render(<PageSources sources={alpha.sources} />);
    const item = container.querySelector("li#source-ref")!;
    expect(item).toHaveTextContent("« Référence de test », 15 janvier 2025");
    expect(within(item as HTMLElement).getByRole("link", { name: "en ligne" })).toHaveAttribute("href", "https://example.org/reference");
    expect(within(item as HTMLElement).getByRole("link", { name: /Référence de test/ })).toHaveAttribute("href", "/sources#source-ref");
    const undated = render(<PageSources sources={[{ ...alpha.sources[0], id: "sans-date", published: null, publishedNote: "Page non datée." }]} />).container.querySelector("li#source-sans-date");
    expect(undated).toHaveTextContent("non daté, consulté le 23 novembre 2026");
  });
});

describe("RoleFacts", () => {
  it("shows positioning, other titles and the official codes", () => {
    render(<RoleFacts role={alpha} />);
    const box = screen.getByRole("region", { name: /^Repères/ });
    expect(within(box).getByText("Stratégique et opérationnel")).toBeInTheDocument();
    expect(within(box).getByText("Animateur alpha / Animatrice alpha")).toBeInTheDocument();
    expect(within(box).getByText("ROME E1101 · ESCO 2432.5 · CITP 2432")).toBeInTheDocument();
    expect(within(box).getByText("E1101")).toBeInTheDocument();
    expect(within(box).getByRole("link", { name: /online community manager/, hidden: true })).toHaveAttribute("href", expect.stringContaining("data.europa.eu/esco"));
  });
});

describe("TableOfContents", () => {
  it("links every section by its id", () => {
    render(<TableOfContents sections={alpha.sections} />);
    const links = within(screen.getByRole("navigation", { name: "Sommaire" })).getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(REQUIRED_SECTIONS.map((section) => `#${section.id}`));
  });
});

describe("SourceList", () => {
  it("anchors each source and lists the statements resting on it", () => {
    const { container } = render(<SourceList sources={alpha.sources.map((source) => ({ ...source, supports: ["mission stratégique : Mission veille"] }))} links={{}} />);
    const item = container.querySelector("#source-ref");
    expect(item).not.toBeNull();
    expect(item).toHaveTextContent("« Référence de test »");
    expect(item).toHaveTextContent("15 janvier 2025");
    expect(item).toHaveTextContent("consulté le 23 novembre 2026");
    expect(within(item as HTMLElement).getByRole("link", { name: "https://example.org/reference" })).toHaveAttribute("href", "https://example.org/reference");
    expect(item).toHaveTextContent("mission stratégique : Mission veille");
  });
});

describe("MarkdownBody", () => {
  it("renders the sanitized body with its anchored headings", () => {
    const { container } = render(<MarkdownBody html={alpha.html} />);
    expect(container.querySelector("h2#definition")).toHaveTextContent("Définition");
  });

  it("makes each heading a link to its own section, keeping its name", () => {
    const { container } = render(<MarkdownBody html={alpha.html} />);
    const heading = container.querySelector("h2#definition")!;
    expect(heading.querySelector("a.section-link")).toHaveAttribute("href", "#definition");
    expect(heading).toHaveAccessibleName("Définition");
    expect(container.querySelector("h3#au-quotidien a")).toHaveAttribute("href", "#au-quotidien");
    // An older anchor kept on a heading still lands on it.
    expect(container.querySelector("#vue-officielle")?.closest("h2")).toBe(heading);
  });

  it("leaves a heading that already holds a link as it is", () => {
    const html = '<h2 id="a">Voir <a href="https://exemple.fr">ici</a></h2>';
    expect(withSectionLinks(html)).toBe(html);
  });
});
