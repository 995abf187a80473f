/** The two readers of lib/markdown-outline.ts give the same outline: markdown-it at load, remark when rendering. */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { editionDir, loadContent, renderingProblems } from "@/lib/content/load";
import { writeContentDir } from "../support/synthetic";
import { findUnsafeMarkdown, firstDifference, parseMarkdown, renderMarkdown } from "@/lib/markdown";
import { outlineOfMarkdown, outlineOfTree } from "@/lib/markdown-outline";

const bothReaders = (markdown: string) => ({ markdownIt: outlineOfMarkdown(markdown), remark: outlineOfTree(parseMarkdown(markdown)) });

/** Cases where a careless reader would go wrong, each on its own. */
const HARD_CASES: Record<string, string> = {
  "fixed ids, emphasis and code in headings": "## Titre *mis en avant* {#fixe}\n\n### `code` et **gras** {#sous-titre}\n\n## *Tout en italique {#pas-un-id}*\n\n#### Plus bas\n\n# Titre 1",
  "closing hashes, escapes and entities": "## Titre fermé ##\n\n## Échappé \\{#id} &amp; &eacute; &#233;\n\nTexte \\[pas un lien](#x) &copy;",
  "setext headings, and --- under a paragraph": "Titre long\nsur deux lignes\n===\n\nSous-titre\n---\n\nParagraphe\n\n---\n\nFin",
  "thematic breaks of every kind": "## A {#a}\n\nAvant\n\n***\n\nAprès\n\n* * *\n\n___\n\n- - -",
  "links: titles, brackets, angle brackets, parentheses, entities, non-ASCII": [
    "Voir [A](https://example.org/a \"Titre\") et [B [imbriqué]](<https://example.org/b c>) puis",
    "[C](https://example.org/p(1)) [D](https://exemple.fr/é?x=1&amp;y=2#frag) [E](/roles/cm) [F](#source-x)",
    "[vide]() [G](mailto:x@y.fr) <https://auto.example/lien> <nom@example.org>",
  ].join("\n"),
  "links on later lines, after soft and hard breaks": "Ligne un\nligne deux [a](#source-a)  \nligne trois [b](#source-b)\\\nligne quatre [c](#source-c)",
  "links in lists, quotes and headings": "- un [a](#a)\n  - deux [b](#b)\n\n1. trois [c](#c)\n\n> cité [d](#d)\n>\n> > encore [e](#e)\n\n## Section [liée](#source-s) {#s}",
  "code is not Markdown": "```\n[pas un lien](#x)\n<div>pas du HTML</div>\n```\n\n    [indenté](#y)\n\nEt `[en ligne](#z)` puis ``deux `accents` ``",
  "images, their descriptions and links around them": "![*Texte* alternatif](/image.png) [![dans un lien](/i.png)](https://example.org) ![avec [lien](#l)](/j.png)\n\n## Titre ![image](/k.png) {#img}",
  "raw HTML, block and inline": "<div>\nbloc\n</div>\n\nTexte <b>gras</b> et <!-- commentaire -->\n\n<script>alert(1)</script>",
  "Windows line endings": "## Titre {#t}\r\n\r\nUn [a](#source-a)\r\ndeux [b](#b)\r\n\r\nTitre\r\nsur deux lignes\r\n---\r\n",
  "HTML in list items and quotes, indented": "- point\n\n  <div>\n  dedans\n  </div>\n\n> <span>cité</span> [x](#x)\n\n   <p>indenté</p>",
  "tabs and non-breaking spaces": "##\tTitre\u00a0: deux {#deux}\n\n\tcode indenté [x](#x)\n\nTexte\u202f; [y](#y)",
  "headings ending in emphasis, and spaces or tabs ending a heading's line": "## **a**\n\n### Les **outils**\n\nTitre __gras__\n---\n\na\t\nb \nc\n===",
  "line breaks inside link titles, image descriptions and inline HTML": "[a](#x \"t\nu\") [b](#y)\n![a\nb](/i.png) [c](#z) <span\nclass=\"x\"> [d](#w)",
  "blocks nested deeper than markdown-it's default limit": `${">".repeat(25)} [a](javascript:x) <script>`,
  "unsafe addresses": "[a](javascript:alert(1)) [b](data:text/html,x) ![c](ftp://x) <javascript:alert(2)>",
  "emphasis, strikes and tables stay text without GFM": "*a* **b** ***c*** _d_ ~~e~~ [^1]\n\n| a | b |\n| - | - |\n| [x](#x) | y |",
  "brackets that are not links": "[texte] [texte][inconnu] [x] (y) [a]b(c) ![pas image]",
  "citations as the profiles write them": "## Missions {#missions}\n\nLe rôle existe ([Onisep](#source-onisep) ; [Apec](#source-apec)).\n\n### Animer {#animer}\n\nSelon [Hajjar](#source-hajjar), oui ([Hajjar](#source-hajjar)).\n\n## Évolution {#evolution}\n\nDébut.\n\n***\n\nSuite ([Rome](#source-rome)).",
};

/** Every profile body of the content, in every language. */
function profileBodies(): Array<[string, string]> {
  const content = path.resolve("content");
  return LOCALES.flatMap((locale) => {
    const dir = path.join(editionDir(content, locale), "roles");
    return fs.readdirSync(dir).filter((name) => name.endsWith(".md")).map((name): [string, string] => [path.relative(content, path.join(dir, name)), matter(fs.readFileSync(path.join(dir, name), "utf8")).content]);
  });
}

describe("outlineOfMarkdown and outlineOfTree", () => {
  it.each(Object.entries(HARD_CASES))("agree: %s", (_, markdown) => {
    const { markdownIt, remark } = bothReaders(markdown);
    expect(markdownIt).toEqual(remark);
  });

  it("agree on 300 texts made of random lines of the cases above (fixed seed)", () => {
    const lines = Object.values(HARD_CASES).flatMap((markdown) => markdown.split(/\r?\n/));
    let seed = 20261201;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let text = 0; text < 300; text++) {
      const markdown = Array.from({ length: 3 + Math.floor(next() * 25) }, () => lines[Math.floor(next() * lines.length)]).join("\n");
      const { markdownIt, remark } = bothReaders(markdown);
      expect(markdownIt, markdown).toEqual(remark);
    }
  });

  it("agree on all but line numbers where markdown-it loses line breaks (code spans, link addresses)", () => {
    for (const markdown of ["`a\nb` [c](#y)", "[a](\n#x) [b](#y)"]) {
      const { markdownIt, remark } = bothReaders(markdown);
      expect(firstDifference(markdownIt, remark), markdown).toBeNull();
      expect(markdownIt.blocks[0].links.map((link) => link.url)).toEqual(remark.blocks[0].links.map((link) => link.url));
    }
  });

  it("differ where micromark departs from CommonMark, or on a byte order mark: rendering then stops", () => {
    for (const markdown of ["\uFEFF## a {#x}", "    code\n-\n-"]) {
      const { markdownIt, remark } = bothReaders(markdown);
      expect(firstDifference(markdownIt, remark), markdown).not.toBeNull();
      expect(() => renderMarkdown(markdown, { expected: markdownIt })).toThrow(/remark ne lit pas ce Markdown comme la validation/);
    }
  });

  it.each(profileBodies())("agree on %s", (_, body) => {
    const { markdownIt, remark } = bothReaders(body);
    expect(markdownIt.blocks.length).toBeGreaterThan(20);
    expect(markdownIt).toEqual(remark);
  });

  it("read headings, breaks, links with their lines, images and raw HTML", () => {
    const outline = outlineOfMarkdown("## Titre *x* {#t}\n\nUn [a](#source-a)\ndeux [b](/roles/b) <b>\n\n***\n\n![i](/i.png)");
    expect(outline.blocks).toEqual([
      { kind: "heading", depth: 2, text: "Titre x {#t}", tail: " {#t}", line: 1, links: [] },
      { kind: "other", line: 3, links: [{ url: "#source-a", line: 3 }, { url: "/roles/b", line: 4 }] },
      { kind: "break", line: 6, links: [] },
      { kind: "other", line: 8, links: [] },
    ]);
    expect(outline.html).toEqual([{ value: "<b>", line: 4 }]);
    expect(outline.images).toEqual([{ url: "/i.png", line: 8 }]);
  });
});

describe("link definitions", () => {
  it("are refused: the readers resolve the links that use them differently", () => {
    const markdown = "Voir [la source][s].\n\n[s]: #source-x";
    expect(findUnsafeMarkdown(markdown)).toEqual(["définition de lien vers « #source-x » : écrivez l’adresse dans le lien lui-même, [texte](adresse)"]);
    expect(outlineOfTree(parseMarkdown(markdown)).definitions).toEqual(["#source-x"]);
  });
});

describe("renderMarkdown with the outline it was checked against", () => {
  it("renders when remark reads the text the same way", () => {
    const markdown = HARD_CASES["citations as the profiles write them"];
    const { sourceIds, pages } = renderMarkdown(markdown, { expected: outlineOfMarkdown(markdown) });
    expect(sourceIds).toEqual(["onisep", "apec", "hajjar"]);
    expect(pages.map((page) => [page.id, page.sourceIds])).toEqual([["evolution", ["rome"]]]);
  });

  it("stops with the first difference rather than render another layout", () => {
    const expected = outlineOfMarkdown("## Missions {#missions}\n\nTexte ([A](#source-a)).");
    expect(() => renderMarkdown("## Missions {#missions}\n\nTexte ([B](#source-b)).", { expected })).toThrow(/blocks\[1\].*#source-a.*#source-b/);
  });
});

describe("renderingProblems (npm run validate)", () => {
  it("names the profile whose body remark reads otherwise than the validation, and passes the others", () => {
    const roles = [{ slug: "role-a", title: "Rôle A" }, { slug: "role-b", title: "Rôle B" }];
    const dir = writeContentDir(roles, { edit: { "roles/role-b.md": (text) => `${text}\n\n    code\n-\n-\n` } });
    const valid = writeContentDir(roles);
    try {
      const result = loadContent(dir);
      expect(result.problems).toEqual([]);
      expect(renderingProblems(result)).toEqual([{ file: expect.stringMatching(/roles\/role-b\.md$/), field: "(corps)", message: expect.stringMatching(/^remark ne lit pas ce Markdown comme la validation \(markdown-it\) : blocks\[/) }]);
      expect(renderingProblems(loadContent(valid))).toEqual([]);
    } finally {
      for (const folder of [dir, valid]) fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
