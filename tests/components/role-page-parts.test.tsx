import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MarkdownBody } from "@/components/markdown-body";
import { RoleFacts } from "@/components/role-facts";
import { SourceList } from "@/components/source-list";
import { TableOfContents } from "@/components/table-of-contents";
import { citedSources } from "@/lib/citations";
import { loadContent } from "@/lib/content/load";
import { REQUIRED_SECTIONS } from "@/lib/sections";
import { ALPHA_BETA, writeContentDir } from "../support/synthetic";

const [alpha, beta] = loadContent(writeContentDir(ALPHA_BETA)).roles;

describe("RoleFacts", () => {
  it("shows positioning, reporting lines, other titles and the official codes", () => {
    render(<RoleFacts role={{ ...alpha, reportsTo: [{ slug: beta.slug, title: beta.title }] }} />);
    const box = screen.getByRole("region", { name: "En bref" });
    expect(within(box).getByText("Stratégique et opérationnel")).toBeInTheDocument();
    expect(within(box).getByRole("link", { name: "Beta Manager" })).toHaveAttribute("href", "/roles/beta");
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
    const { container } = render(<SourceList sources={citedSources(alpha)} links={{}} />);
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
});
