import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JobAdPanel } from "@/components/job-ad-panel";
import { linkSnippets } from "@/lib/snippets";

const URL = "https://exemple.fr/roles/community-manager";
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
    expect(snippets.markdown).toBe(`[Community Manager : ${section.title.toLowerCase()}](${URL}#${section.id})`);
    expect(snippets.html).toContain(`href="${URL}#${section.id}"`);
  });
});

describe("JobAdPanel", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("updates every snippet when a section is chosen", () => {
    render(<JobAdPanel {...props} />);
    expect(screen.getByLabelText("Adresse seule")).toHaveValue(URL);
    fireEvent.change(screen.getByLabelText("Partie de la page à lier"), { target: { value: "remuneration" } });
    expect(screen.getByLabelText("Adresse seule")).toHaveValue(`${URL}#remuneration`);
    expect(screen.getByLabelText("Lien Markdown")).toHaveValue(`[Community Manager : rémunération](${URL}#remuneration)`);
    expect((screen.getByLabelText("Lien HTML") as HTMLTextAreaElement).value).toContain(`${URL}#remuneration`);
  });

  it("copies with the Clipboard API and says so in a live region", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(<JobAdPanel {...props} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Copier.*lien markdown$/ })));
    expect(writeText).toHaveBeenCalledWith(`[Community Manager (définition)](${URL})`);
    expect(screen.getByRole("status")).toHaveTextContent("Lien Markdown copié");
  });

  it("falls back to selecting the text when the clipboard is refused", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error("NotAllowedError")) } });
    render(<JobAdPanel {...props} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Copier.*adresse seule$/ })));
    const field = screen.getByLabelText("Adresse seule") as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(URL.length);
    expect(screen.getByRole("status")).toHaveTextContent("le texte est sélectionné");
  });
});
