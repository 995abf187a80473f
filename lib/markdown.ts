import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Heading, Link, Nodes, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Section } from "./schema";
import { slugify } from "./text";

/** `## Missions stratégiques {#missions-strategiques}`: the braces give the section a fixed id. */
const EXPLICIT_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/**
 * GitHub's sanitizing schema, but heading ids are kept as written (no `user-content-` prefix)
 * so that `#missions` in a job ad keeps pointing at the section.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((attribute) => attribute !== "id"),
  attributes: { ...defaultSchema.attributes, h2: ["id"], h3: ["id"] },
};

/** Gives every `##` and `###` heading an id, and records them: the `##` ones as sections. */
function headingIds(sections: Section[], anchors: string[]) {
  return () => (tree: Root) => {
    for (const node of tree.children) {
      if (node.type !== "heading" || (node.depth !== 2 && node.depth !== 3)) continue;
      const id = takeExplicitId(node) ?? slugify(toString(node));
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      anchors.push(id);
      if (node.depth === 2) sections.push({ id, title: toString(node) });
    }
  };
}

/** Applies a text transformation (French typography) to every text node; code and URLs are left alone. */
function typesetText(typeset: (text: string) => string) {
  return () => (tree: Root) => {
    const visit = (node: Nodes) => {
      if (node.type === "text") (node as Text).value = typeset(node.value);
      if ("children" in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}

function takeExplicitId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return undefined;
  const match = EXPLICIT_ID.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  return match[1];
}

export type RenderedMarkdown = { html: string; sections: Section[]; anchors: string[] };

/**
 * Markdown → sanitized HTML, with the `##` sections and every heading id. The only Markdown
 * converter of the site; `typeset` (French typography) runs on the text inside the pipeline.
 */
export function renderMarkdown(markdown: string, typeset: (text: string) => string = (text) => text): RenderedMarkdown {
  const sections: Section[] = [];
  const anchors: string[] = [];
  const html = String(
    remark().use(typesetText(typeset)).use(headingIds(sections, anchors)).use(remarkHtml, { sanitize: sanitizeSchema }).processSync(markdown),
  );
  return { html, sections, anchors };
}

/** Every link of a Markdown text, with its line (1 = first line of the text). */
export function markdownLinks(markdown: string): Array<{ url: string; line: number }> {
  const links: Array<{ url: string; line: number }> = [];
  const visit = (node: Nodes) => {
    if (node.type === "link") links.push({ url: (node as Link).url, line: node.position?.start.line ?? 0 });
    if ("children" in node) node.children.forEach(visit);
  };
  visit(remark().parse(markdown));
  return links;
}

const SAFE_URL = /^(https?:\/\/|mailto:|\/|#)/i;

/**
 * What the sanitizer would silently drop, reported instead so that the author knows:
 * raw HTML, and links that are not http(s), mailto, site-relative or anchors.
 */
export function findUnsafeMarkdown(markdown: string, lineOffset = 0): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    const line = (node.position?.start.line ?? 0) + lineOffset;
    if (node.type === "html") {
      found.push(`HTML brut à la ligne ${line} du fichier (« ${node.value.slice(0, 40)} ») : écrivez en Markdown, le HTML n'est pas publié`);
    } else if ((node.type === "link" || node.type === "image" || node.type === "definition") && !SAFE_URL.test(node.url)) {
      found.push(`lien « ${node.url.slice(0, 40)} » à la ligne ${line} du fichier : remplacez-le par un lien http(s), mailto, /chemin ou #ancre`);
    }
    if ("children" in node) node.children.forEach(visit);
  };
  visit(remark().parse(markdown));
  return found;
}
