/** lib/markdown-outline.ts: what the checks and the layout read from remark's tree of a profile's body. */
import { describe, expect, it } from "vitest";
import { findUnsafeMarkdown, parseMarkdown, renderMarkdown } from "@/lib/markdown";
import { outlineOfTree } from "@/lib/markdown-outline";

const outlineOf = (markdown: string) => outlineOfTree(parseMarkdown(markdown));

describe("outlineOfTree", () => {
  it("reads headings, breaks, links with their lines, images and raw HTML", () => {
    const outline = outlineOf("## Titre *x* {#t}\n\nUn [a](#source-a)\ndeux [b](/roles/b) <b>\n\n***\n\n![i](/i.png)");
    expect(outline.blocks).toEqual([
      { kind: "heading", depth: 2, text: "Titre x {#t}", tail: " {#t}", line: 1, links: [] },
      { kind: "other", line: 3, links: [{ url: "#source-a", line: 3 }, { url: "/roles/b", line: 4 }], words: { prose: 3, written: 5 }, citations: [{ ids: ["a"], line: 3 }] },
      { kind: "break", line: 6, links: [] },
      { kind: "other", line: 8, links: [], words: { prose: 0, written: 1 }, citations: [] },
    ]);
    expect(outline.html).toEqual([{ value: "<b>", line: 4 }]);
    expect(outline.images).toEqual([{ url: "/i.png", line: 8 }]);
  });

  it("reads the citations of a block: each parenthesis of source links, each source link in a sentence", () => {
    const [block] = outlineOf("Un fait ([A](#source-a) ; [B](#source-b)), selon [C](#source-c), et ([D](#source-d)).\nSuite (voir [E](#source-e) et plus).").blocks;
    expect(block).toMatchObject({ citations: [{ ids: ["a", "b"], line: 1 }, { ids: ["c"], line: 1 }, { ids: ["d"], line: 1 }, { ids: ["e"], line: 2 }] });
  });

  it("gives no tail to a heading that ends in markup, where no fixed id can be written", () => {
    expect(outlineOf("## Titre **gras**").blocks[0]).toMatchObject({ kind: "heading", text: "Titre gras", tail: null });
  });

  it("reads CRLF line endings and a byte-order mark like plain line feeds", () => {
    const plain = outlineOf("## A {#a}\n\nTexte [x](#source-x).\n\n***\n\nSuite");
    expect(outlineOf("\uFEFF## A {#a}\r\n\r\nTexte [x](#source-x).\r\n\r\n***\r\n\r\nSuite")).toEqual(plain);
  });
});

describe("link definitions", () => {
  it("are refused: a reference link is not a link in the tree, so no check or citation mark would see it", () => {
    const markdown = "Voir [la source][s].\n\n[s]: #source-x";
    expect(findUnsafeMarkdown(markdown)).toEqual(["définition de lien vers « #source-x » : écrivez l’adresse dans le lien lui-même, [texte](adresse)"]);
    expect(outlineOf(markdown).blocks.flatMap((block) => block.links)).toEqual([]);
  });
});

describe("renderMarkdown from a parsed tree", () => {
  it("lays out and numbers the sources as from the text", () => {
    const markdown = "Intro ([O](#source-onisep)).\n\n## Missions {#missions}\n\nA ([A](#source-apec) ; [H](#source-hajjar)).\n\n## Évolution {#evolution}\n\nLead ([O](#source-onisep)).\n\n***\n\nSuite ([R](#source-rome)).";
    const fromTree = renderMarkdown(parseMarkdown(markdown));
    expect(fromTree.sourceIds).toEqual(["onisep", "apec", "hajjar"]);
    expect(fromTree.pages.map((page) => [page.id, page.sourceIds])).toEqual([["evolution", ["onisep", "rome"]]]);
    // The marks carry the numbers of the layout: [1] on the role page, [2, 3] next, and the section's page starts again at [1].
    expect([...fromTree.html.matchAll(/\[(\d+(?:, \d+)*)\]/g)].map((match) => match[1])).toEqual(["1", "2, 3", "1"]);
    expect([...fromTree.pages[0].html.matchAll(/\[(\d+(?:, \d+)*)\]/g)].map((match) => match[1])).toEqual(["1", "2"]);
  });
});
