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
    const { html } = renderMarkdown("- **gras** et [rôle](/roles/cm), selon [Dupont](#source-x)");
    expect(html).toContain('<a href="/roles/cm">rôle</a>');
    expect(html).toContain('<a href="#source-x" id="cite-1">Dupont</a>');
    expect(html).toContain("<strong>gras</strong>");
  });
});

describe("citation marks", () => {
  const titles: Record<string, string> = { a: "Titre A", b: "Titre B", c: "Titre C" };
  const render = (markdown: string) => renderMarkdown(markdown, { sourceLabel: (id) => titles[id] });

  it("turn each parenthesis of source links into one numbered mark, named by the sources' titles, kept on the line of its word and punctuation", () => {
    const { html, sourceIds, citedFrom } = render("Un fait ([A](#source-a)). Un autre ([B](#source-b) ; [A](#source-a)), puis la suite ([C](#source-c)) ; fin.");
    expect(html).toBe(
      '<p>Un <span class="whitespace-nowrap">fait<a href="#source-a" class="source-mark" id="cite-1"><span class="sr-only">source </span>[1]<span class="sr-only">\u00a0: Titre A</span></a>.</span> ' +
        'Un <span class="whitespace-nowrap">autre<a href="#source-a" class="source-mark" id="cite-2"><span class="sr-only">sources </span>[1, 2]<span class="sr-only">\u00a0: Titre A et Titre B</span></a>,</span> ' +
        'puis la <span class="whitespace-nowrap">suite<a href="#source-c" class="source-mark" id="cite-3"><span class="sr-only">source </span>[3]<span class="sr-only">\u00a0: Titre C</span></a> ;</span> fin.</p>\n',
    );
    expect(sourceIds).toEqual(["a", "b", "c"]);
    // Each source's entry can lead back to the marks that cite it.
    expect(citedFrom).toEqual({ a: ["cite-1", "cite-2"], b: ["cite-2"], c: ["cite-3"] });
  });

  it("leave a parenthesis that holds anything but source links as written", () => {
    const { html } = render("Texte (voir [A](#source-a) et plus).");
    expect(html).toContain('(voir <a href="#source-a" id="cite-1">A</a> et plus)');
  });

  it("number the sources a page cites before its body first", () => {
    const { sourceIds, html } = renderMarkdown("Fait ([B](#source-b)).", { firstSources: ["a"] });
    expect(sourceIds).toEqual(["a", "b"]);
    expect(html).toContain("[2]");
  });
});

describe("sections with a page of their own", () => {
  const paths = { role: "/roles/r", section: (id: string) => `/roles/r/${id}` };
  const body = [
    "## Définition {#definition}\n\nCourt ([A](#source-a)).",
    "## Rémunération {#remuneration}\n\nL’essentiel ([B](#source-b)). Voir [le détail](#detail-salaires).\n\n***\n\n### Détail {#detail-salaires}\n\nLe détail complet ([C](#source-c) ; [B](#source-b)). Retour à la [définition](#definition).",
  ].join("\n\n");

  it("keep the lead on the role page, with a link to the section's page", () => {
    const { html, sections, sourceIds } = renderMarkdown(body, { paths });
    expect(html).toContain("L’essentiel");
    expect(html).not.toContain("détail complet");
    expect(html).toContain('<p class="section-more"><a href="/roles/r/remuneration">Toute la section «\u00a0Rémunération\u00a0», avec ses sources</a></p>');
    expect(html).toContain('<a href="/roles/r/remuneration#detail-salaires">le détail</a>');
    expect(sections).toEqual([{ id: "definition", title: "Définition" }, { id: "remuneration", title: "Rémunération", page: true }]);
    expect(sourceIds).toEqual(["a", "b"]);
  });

  it("give the page the whole section, its sources numbered from 1 and its sub-headings one level up", () => {
    const { pages } = renderMarkdown(body, { paths });
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page).toMatchObject({ id: "remuneration", title: "Rémunération", sourceIds: ["b", "c"] });
    expect(page.html).toContain("L’essentiel");
    expect(page.html).toContain('<h2 id="detail-salaires">Détail</h2>');
    expect(page.html).toContain("[1, 2]");
    expect(page.html).toContain('<a href="#detail-salaires">le détail</a>');
    expect(page.html).toContain('<a href="/roles/r#definition">définition</a>');
    expect(page.html).not.toContain("<hr");
  });

  it("are refused where they would hide the essentials or cut nothing", () => {
    expect(renderMarkdown("## Missions {#missions}\n\nA\n\n***\n\nB").problems).toEqual([expect.stringMatching(/^section #missions : elle reste entière/)]);
    expect(renderMarkdown("## Rémunération {#remuneration}\n\n***\n\nB").problems).toEqual([expect.stringMatching(/^section #remuneration : rien avant la ligne \*\*\*/)]);
    expect(renderMarkdown("Intro\n\n***\n\n## A\n\nB").problems).toEqual([expect.stringMatching(/avant la première section/)]);
  });

  const words = (count: number) => Array.from({ length: count }, (_, index) => `mot${index}`).join(" ");
  it("are required past the section length a role page shows, counting prose without citations; the missions stay whole", () => {
    const cited = `${words(150)} ([Une source aux longs mots](#source-a)).`;
    expect(renderMarkdown(`## Accès {#acces}\n\n${cited}`).problems).toEqual([]);
    expect(renderMarkdown(`## Accès {#acces}\n\n${words(100)}\n\n### Détail\n\n- ${words(51)}`).problems).toEqual([
      "section #acces : 151 mots, pour 150 au plus sur la page du rôle ; coupez-la par une ligne *** après son essentiel (70 mots au plus)",
    ]);
    expect(renderMarkdown(`## Accès {#acces}\n\n${words(60)}\n\n***\n\n${words(200)}`).problems).toEqual([]);
    expect(renderMarkdown(`## Missions {#missions}\n\n${words(400)}`).problems).toEqual([]);
  });

  it("go down one heading level at a time, under the page's title", () => {
    expect(renderMarkdown("## A {#a}\n\n### B\n\n#### C\n\n## D").problems).toEqual([]);
    expect(renderMarkdown("## A {#a}\n\n#### C").problems).toEqual(["titre de niveau 4 « C » après un titre de niveau 2 : écrivez ###"]);
    expect(renderMarkdown("# Titre\n\n## A").problems).toEqual(["titre « # Titre » : le titre de la page est le nom du rôle ; écrivez ## ou ###"]);
    expect(renderMarkdown("### Sous-titre d’abord").problems).toEqual(["titre de niveau 3 « Sous-titre d’abord » après un titre de niveau 1 : écrivez ##"]);
  });

  it("keep a lead of 70 words at most, citations included", () => {
    expect(renderMarkdown(`## Accès {#acces}\n\n${words(68)} ([A](#source-a)).\n\n***\n\nSuite`).problems).toEqual([]);
    expect(renderMarkdown(`## Accès {#acces}\n\n${words(68)} ([Deux mots](#source-a) ; [B](#source-b)).\n\n***\n\nSuite`).problems).toEqual([
      "section #acces : l’essentiel avant la ligne *** compte 71 mots, citations comprises, pour 70 au plus ; raccourcissez-le ou avancez la ligne ***",
    ]);
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
