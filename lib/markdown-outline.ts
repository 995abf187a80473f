import type { Nodes, PhrasingContent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { countWords } from "./text";

/**
 * What checking a profile and laying out its pages need from its Markdown, in document order:
 * the top-level blocks (headings with their text, `***` lines, the rest), the links of each, and
 * what the site refuses (raw HTML, link definitions, addresses of images). Lines count from 1,
 * the first line of the text. Read from remark's syntax tree, the one tree a profile is parsed
 * into: checks, layout and rendering all read it.
 */
export type Outline = {
  /** Top-level blocks; link definitions are listed apart. */
  blocks: OutlineBlock[];
  /** Raw HTML, anywhere, as written. */
  html: Array<{ value: string; line: number }>;
  /** Images, anywhere. */
  images: OutlineLink[];
  /** Link definitions (`[label]: address`), as addresses. */
  definitions: string[];
};

export type OutlineLink = { url: string; line: number };

export type OutlineBlock =
  | {
      kind: "heading";
      depth: number;
      /** Its text, as mdast-util-to-string reads it (markup left out, image descriptions kept). */
      text: string;
      /** Its last piece when that piece is plain text: where a fixed id `{#id}` is written. */
      tail: string | null;
      line: number;
      links: OutlineLink[];
    }
  | { kind: "break"; line: number; links: OutlineLink[] }
  | { kind: "other"; line: number; links: OutlineLink[]; words: BlockWords; citations: Citation[] };

/** The sources a claim rests on: one parenthesis of source links, or one source link inside a sentence. */
export type Citation = { ids: string[]; line: number };

/**
 * The words of a block's paragraphs: `prose` without the labels of its source links (what the
 * text itself says), `written` with them (what a reader reads, citations included).
 */
export type BlockWords = { prose: number; written: number };

/** A link to an entry of the bibliography: `#source-<id>`. */
export const SOURCE_LINK = "#source-";

/** The text of inline content, source links left out. */
function proseOf(nodes: Nodes[]): string {
  return nodes
    .map((node): string => {
      if (node.type === "link" && node.url.startsWith(SOURCE_LINK)) return "";
      if (node.type === "text" || node.type === "inlineCode") return node.value;
      return "children" in node ? proseOf(node.children as Nodes[]) : "";
    })
    .join("");
}

function blockWords(node: Nodes): BlockWords {
  const words = { prose: 0, written: 0 };
  const visit = (child: Nodes) => {
    if (child.type === "heading") return;
    if (child.type === "paragraph") {
      words.prose += countWords(proseOf(child.children));
      words.written += countWords(toString(child));
      return;
    }
    if ("children" in child) (child.children as Nodes[]).forEach(visit);
  };
  visit(node);
  return words;
}

export function sourceIdOf(node: Nodes | undefined): string | null {
  return node?.type === "link" && node.url.startsWith(SOURCE_LINK) ? node.url.slice(SOURCE_LINK.length) : null;
}

/**
 * `(… [A](#source-a) ; [B](#source-b))` at the end of a claim: the parenthesis holds only source
 * links. Returns the index of the text node closing it and the ids, or null.
 */
export function citationGroup(children: PhrasingContent[], open: number): { close: number; ids: string[] } | null {
  const ids: string[] = [];
  let index = open + 1;
  for (;;) {
    const id = sourceIdOf(children[index]);
    if (id === null) return null;
    ids.push(id);
    const next = children[index + 1];
    if (next?.type !== "text") return null;
    if (next.value.startsWith(")")) return { close: index + 1, ids };
    if (!/^\s*;\s*$/.test(next.value)) return null;
    index += 2;
  }
}

/** The citations of a block, in order: each parenthesis of source links, each other source link. */
function citationsOf(node: Nodes): Citation[] {
  const found: Citation[] = [];
  const visit = (parent: Nodes) => {
    if (!("children" in parent)) return;
    const children = parent.children as PhrasingContent[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      const line = child.position?.start.line ?? 0;
      const group = child.type === "text" && /\($/.test(child.value) ? citationGroup(children, index) : null;
      if (group) {
        found.push({ ids: group.ids, line });
        index = group.close - 1;
        continue;
      }
      const id = sourceIdOf(child);
      if (id !== null) found.push({ ids: [id], line });
      else visit(child);
    }
  };
  visit(node);
  return found;
}

/** Line endings as `\n` (remark keeps `\r\n` and `\r` as written). */
function lineFeeds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** The outline of remark's syntax tree of a text. */
export function outlineOfTree(tree: Root): Outline {
  const outline: Outline = { blocks: [], html: [], images: [], definitions: [] };
  const visit = (node: Nodes, block: OutlineBlock | null) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === "link" && block) block.links.push({ url: node.url, line });
    if (node.type === "image") outline.images.push({ url: node.url, line });
    if (node.type === "html") outline.html.push({ value: lineFeeds(node.value), line });
    if (node.type === "definition") outline.definitions.push(node.url);
    if ("children" in node) for (const child of node.children) visit(child, block);
  };
  for (const node of tree.children) {
    if (node.type === "definition") {
      visit(node, null);
      continue;
    }
    const line = node.position?.start.line ?? 0;
    const last = node.type === "heading" ? node.children.at(-1) : undefined;
    const block: OutlineBlock =
      node.type === "heading"
        ? { kind: "heading", depth: node.depth, text: lineFeeds(toString(node)), tail: last?.type === "text" ? lineFeeds(last.value) : null, line, links: [] }
        : node.type === "thematicBreak"
          ? { kind: "break", line, links: [] }
          : { kind: "other", line, links: [], words: blockWords(node), citations: citationsOf(node) };
    outline.blocks.push(block);
    visit(node, block);
  }
  return outline;
}
