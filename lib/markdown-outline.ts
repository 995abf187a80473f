import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";

/**
 * What checking a profile and laying out its pages need from its Markdown, in document order:
 * the top-level blocks (headings with their text, `***` lines, the rest), the links of each, and
 * what the site refuses (raw HTML, link definitions, addresses of images). Lines count from 1,
 * the first line of the text.
 *
 * Two readers give the same outline: `outlineOfMarkdown` reads the text with markdown-it, about
 * twenty times faster than building remark's syntax tree, which loading the content does for every
 * profile; `outlineOfTree` reads remark's tree, which rendering builds anyway. Both follow
 * CommonMark; tests/lib/markdown-outline.test.ts checks that they agree on every profile of the
 * content and on a set of harder cases, and rendering checks it again on each profile it renders.
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
  | { kind: "other"; line: number; links: OutlineLink[] };

/**
 * markdown-it with CommonMark's rules (as remark without plugins), keeping addresses as written:
 * by default it drops links whose address it finds unsafe and percent-encodes the others, where
 * the site reports the first and compares the second as written. Its default limit of 20 nested
 * blocks (quotes, lists), beyond which it drops the text, is raised: remark has none.
 */
const markdownIt = new MarkdownIt("commonmark");
Object.assign(markdownIt.options, { maxNesting: 1000 });
markdownIt.validateLink = () => true;
markdownIt.normalizeLink = (url) => url;
markdownIt.normalizeLinkText = (text) => text;

/** The outline of a Markdown text, read with markdown-it. */
export function outlineOfMarkdown(markdown: string): Outline {
  const env: { references?: Record<string, { href: string }> } = {};
  const tokens = markdownIt.parse(markdown, env);
  const outline: Outline = { blocks: [], html: [], images: [], definitions: Object.values(env.references ?? {}).map((reference) => reference.href) };
  let block: OutlineBlock | null = null;
  for (const [index, token] of tokens.entries()) {
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.level === 0 && token.nesting >= 0) {
      // markdown-it leaves an empty text piece after closing emphasis; remark's tree has none.
      const pieces = token.type === "heading_open" ? (tokens[index + 1].children ?? []).filter((piece) => piece.type !== "text" || piece.content !== "") : [];
      const opened: OutlineBlock =
        token.type === "heading_open"
          ? { kind: "heading", depth: Number(token.tag.slice(1)), text: plainText(pieces), tail: textTail(pieces), line, links: [] }
          : { kind: token.type === "hr" ? "break" : "other", line, links: [] };
      outline.blocks.push(opened);
      block = opened;
    }
    if (token.type === "html_block") outline.html.push({ value: token.content.replace(/\n$/, ""), line });
    if (token.type === "inline" && block) readInline(token.children ?? [], line, block, outline);
  }
  return outline;
}

/**
 * Links, images and raw HTML of a block's inline content. Each one's line counts the line breaks
 * before it, in the text, link titles, image descriptions and HTML; markdown-it loses those inside
 * code spans and link addresses, where a later line number may then be too small (lines only serve
 * messages to the author, and the check at rendering leaves them out).
 */
function readInline(pieces: Token[], firstLine: number, block: OutlineBlock, outline: Outline) {
  let line = firstLine;
  const breaks = (text: string | null) => (text ?? "").split("\n").length - 1;
  for (const piece of pieces) {
    if (piece.type === "softbreak" || piece.type === "hardbreak") line += 1;
    else if (piece.type === "link_open") {
      block.links.push({ url: piece.attrGet("href") ?? "", line });
      line += breaks(piece.attrGet("title"));
    } else if (piece.type === "image") {
      outline.images.push({ url: piece.attrGet("src") ?? "", line });
      line += (piece.children ?? []).filter((child) => child.type === "softbreak" || child.type === "hardbreak").length + breaks(piece.attrGet("title"));
    } else if (piece.type === "html_inline") {
      outline.html.push({ value: piece.content, line });
      line += breaks(piece.content);
    }
  }
}

/** The text after the last piece that is not text, as remark keeps it in one text node (line breaks included), or null. */
function textTail(pieces: Token[]): string | null {
  let start = pieces.length;
  while (start > 0 && (pieces[start - 1].type === "text" || pieces[start - 1].type === "softbreak")) start -= 1;
  return pieces[pieces.length - 1]?.type === "text" ? plainText(pieces.slice(start)) : null;
}

/**
 * The text of inline pieces as mdast-util-to-string gives it: text, code, HTML and image
 * descriptions, without the spaces and tabs that end a line (markdown-it keeps the tabs).
 */
function plainText(pieces: Token[]): string {
  return pieces
    .map((piece) => {
      if (piece.type === "text" || piece.type === "code_inline" || piece.type === "html_inline") return piece.content;
      if (piece.type === "softbreak") return "\n";
      if (piece.type === "image") return plainText(piece.children ?? []);
      return "";
    })
    .join("")
    .replace(/[ \t]+\n/g, "\n");
}

/** Line endings as markdown-it gives them (it turns `\r\n` and `\r` into `\n` first; remark keeps them). */
function lineFeeds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** The outline of remark's syntax tree of a text: the same as `outlineOfMarkdown` gives for that text. */
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
        : { kind: node.type === "thematicBreak" ? "break" : "other", line, links: [] };
    outline.blocks.push(block);
    visit(node, block);
  }
  return outline;
}
