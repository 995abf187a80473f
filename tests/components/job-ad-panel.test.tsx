import { act, fireEvent, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { enhance } from "@/components/enhance";
import { JobAdPanel } from "@/components/job-ad-panel";
import { jobAdPanelWords } from "@/app/_views/words";
import { linkSnippets } from "@/lib/snippets";

const URL = "https://exemple.fr/roles/community-manager";
/** What jsdom's window.location gives: the panel links to the page's own address once React runs. */
const PAGE_URL = `${window.location.origin}/roles/community-manager`;
const SECTIONS = [
  { id: "missions", title: "Missions" },
  { id: "remuneration", title: "Rémunération" },
];
const props = { url: URL, writeAdHref: "/rediger-une-offre?role=community-manager", title: "Community Manager", summary: "Anime la communauté \"en ligne\" & plus.", sections: SECTIONS };

describe("linkSnippets", () => {
  it("gives the plain URL, a Markdown link and an escaped HTML link with a title, for the whole page", () => {
    expect(linkSnippets(props)).toEqual({
      url: URL,
      markdown: `[Community Manager (définition)](${URL})`,
      html: `<a href="${URL}" title="Anime la communauté &quot;en ligne&quot; &amp; plus.">Community Manager (définition)</a>`,
    });
  });

  it.each(SECTIONS)("points at the #$id section", (section) => {
    const snippets = linkSnippets({ ...props, section });
    expect(snippets.url).toBe(`${URL}#${section.id}`);
    expect(snippets.markdown).toBe(`[Community Manager\u00a0: ${section.title.toLowerCase()}](${URL}#${section.id})`);
    expect(snippets.html).toContain(`href="${URL}#${section.id}"`);
  });
});

const EDITION = "/roles/community-manager/editions/2026-12-08";
const panelProps = {
  path: "/roles/community-manager",
  siteOrigin: "https://exemple.fr",
  writeAdHref: "/rediger-une-offre?role=community-manager",
  title: props.title,
  summary: props.summary,
  sections: SECTIONS,
  editionPath: EDITION,
  historyHref: "/roles/community-manager/historique",
  embedSnippet: '<iframe src="https://exemple.fr/embed/roles/community-manager" width="480" height="400" title="Community Manager" loading="lazy" style="border:0"></iframe>',
  words: jobAdPanelWords("fr", props.title, "2026-12-08"),
};

/** The panel as the server renders it, turned on by the site's script (components/enhance.ts). */
function renderEnhanced() {
  render(<JobAdPanel {...panelProps} />);
  enhance(document);
}

describe("JobAdPanel", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.documentElement.removeAttribute("data-enhanced");
  });

  it("renders, without JavaScript, the site's links to the page and to each section, and marks what needs the script", () => {
    const html = renderToString(<JobAdPanel {...panelProps} />);
    expect(html).toContain(`>${URL}</textarea>`);
    for (const section of SECTIONS) expect(html).toContain(`${URL}#${section.id}</code>`);
    expect(html.match(/<button [^>]*data-needs-script=""/g)).toHaveLength(5);
    expect(html).toMatch(/<div data-needs-script=""><label[^>]*>[^<]*<\/label><select/);
  });

  it("offers the dated link beside the living one, says the difference, and leads to the change log", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    renderEnhanced();
    expect(screen.getByText(/telle qu’au 8\u00a0décembre 2026|telle qu’au 8 décembre 2026/)).toHaveTextContent("ne changera plus");
    // At the page's own address once the script runs, like the living link.
    expect(screen.getByLabelText("Adresse de l’édition du 8 décembre 2026")).toHaveValue(`${window.location.origin}${EDITION}`);
    expect(screen.getByRole("link", { name: /Toutes les éditions/ })).toHaveAttribute("href", "/roles/community-manager/historique");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Copier.*adresse de l’édition/ })));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${EDITION}`);
    // The edition has the same anchors: the section chosen goes with the dated link too.
    fireEvent.change(screen.getByLabelText("Partie de la page à lier"), { target: { value: "remuneration" } });
    expect(screen.getByLabelText("Adresse de l’édition du 8 décembre 2026")).toHaveValue(`${window.location.origin}${EDITION}#remuneration`);
  });

  it("gives the card's iframe to paste into another site", () => {
    render(<JobAdPanel {...panelProps} />);
    expect(screen.getByLabelText("Code HTML de la carte (iframe)")).toHaveValue(panelProps.embedSnippet);
  });

  it("has no dated link for a role without an edition", () => {
    const html = renderToString(<JobAdPanel {...panelProps} editionPath={null} embedSnippet={null} />);
    expect(html).not.toContain("editions/");
    expect(html).not.toContain("lien daté");
    expect(html).not.toContain("iframe");
  });

  it("uses the page's own address once the script runs", () => {
    renderEnhanced();
    expect(document.documentElement).toHaveAttribute("data-enhanced");
    expect(screen.getByLabelText("Adresse seule")).toHaveValue(PAGE_URL);
    expect(screen.getByRole("list", { name: "L’adresse de chaque partie" })).toHaveTextContent(`${PAGE_URL}#missions`);
  });

  it("updates every snippet when a section is chosen", () => {
    renderEnhanced();
    expect(screen.getByLabelText("Adresse seule")).toHaveValue(PAGE_URL);
    fireEvent.change(screen.getByLabelText("Partie de la page à lier"), { target: { value: "remuneration" } });
    expect(screen.getByLabelText("Adresse seule")).toHaveValue(`${PAGE_URL}#remuneration`);
    expect(screen.getByLabelText("Lien Markdown")).toHaveValue(`[Community Manager\u00a0: rémunération](${PAGE_URL}#remuneration)`);
    expect((screen.getByLabelText("Lien HTML") as HTMLTextAreaElement).value).toContain(`${PAGE_URL}#remuneration`);
  });

  it("copies with the Clipboard API and says so in a live region", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    renderEnhanced();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Copier.*lien markdown$/ })));
    expect(writeText).toHaveBeenCalledWith(`[Community Manager (définition)](${PAGE_URL})`);
    expect(screen.getByRole("status")).toHaveTextContent("Lien Markdown copié dans");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Copier.*adresse seule$/ })));
    expect(screen.getByRole("status")).toHaveTextContent("Adresse seule copiée dans le presse-papiers.");
  });

  it("falls back to selecting the text when the clipboard is refused", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error("NotAllowedError")) } });
    renderEnhanced();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Copier.*adresse seule$/ })));
    const field = screen.getByLabelText("Adresse seule") as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(PAGE_URL.length);
    expect(screen.getByRole("status")).toHaveTextContent("le texte est sélectionné");
  });
});
