import { describe, expect, it } from "vitest";
import { findUnsafeMarkdown, renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown", () => {
  it("gives headings fixed ids from {#id}, or from their text", () => {
    const { html, sections } = renderMarkdown("## Missions {#missions}\n\ntexte\n\n## Évolution du métier\n\n### Détail {#detail}");
    expect(html).toContain('<h2 id="missions">Missions</h2>');
    expect(html).toContain('<h2 id="evolution-du-metier">Évolution du métier</h2>');
    expect(html).toContain('<h3 id="detail">Détail</h3>');
    expect(sections).toEqual([
      { id: "missions", title: "Missions" },
      { id: "evolution-du-metier", title: "Évolution du métier" },
    ]);
  });

  it("never lets scripts, event handlers or javascript: links through", () => {
    const { html } = renderMarkdown(
      'Texte <script>alert(1)</script> <img src=x onerror="alert(2)"> [clic](javascript:alert(3)) <a href="javascript:alert(4)">a</a> <iframe src="//evil"></iframe>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
  });

  it("keeps ordinary links, lists and emphasis", () => {
    const { html } = renderMarkdown("- **gras** et [rôle](/roles/cm) ([source](#source-x))");
    expect(html).toContain('<a href="/roles/cm">rôle</a>');
    expect(html).toContain('<a href="#source-x">source</a>');
    expect(html).toContain("<strong>gras</strong>");
  });
});

describe("findUnsafeMarkdown", () => {
  it("reports raw HTML and unsafe link schemes with their line", () => {
    expect(findUnsafeMarkdown("Bon [lien](https://x.fr).\n\n<div>brut</div>\n\n[mal](javascript:alert(1))")).toEqual([
      expect.stringMatching(/^HTML brut à la ligne 3/),
      expect.stringMatching(/^lien « javascript:alert\(1\) » à la ligne 5/),
    ]);
    expect(findUnsafeMarkdown("[a](/roles/cm) [b](#sources) [c](mailto:x@y.fr)")).toEqual([]);
  });
});
