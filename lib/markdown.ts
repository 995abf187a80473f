import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Heading, Link, Nodes, PhrasingContent, Root, RootContent, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Section, SectionPage } from "./schema";
import { joinList } from "./format";
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";
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
  attributes: {
    ...defaultSchema.attributes,
    h2: ["id"],
    h3: ["id"],
    a: [...allowedWithout("a", "className"), ["className", "source-mark", "data-footnote-backref"]],
    p: [...(defaultSchema.attributes?.p ?? []), ["className", "section-more"]],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", "sr-only"]],
  },
};

/** The default schema's attributes of `tag`, except `attribute` (to allow more values of it). */
function allowedWithout(tag: string, attribute: string) {
  return (defaultSchema.attributes?.[tag] ?? []).filter((entry) => (Array.isArray(entry) ? entry[0] : entry) !== attribute);
}

/** Gives every `##` and `###` heading an id, and records them: the `##` ones as sections. */
function headingIds(tree: Root, typeset: (text: string) => string): Array<{ id: string; title: string; depth: 2 | 3 }> {
  const headings: Array<{ id: string; title: string; depth: 2 | 3 }> = [];
  for (const node of tree.children) {
    if (node.type !== "heading" || (node.depth !== 2 && node.depth !== 3)) continue;
    const explicit = takeExplicitId(node);
    const title = typeset(toString(node));
    const id = explicit ?? slugify(title);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    headings.push({ id, title, depth: node.depth });
  }
  return headings;
}

/** Applies a text transformation (French typography) to every text node; code and URLs are left alone. */
function typesetText(tree: Root, typeset: (text: string) => string) {
  const visit = (node: Nodes) => {
    if (node.type === "text") (node as Text).value = typeset(node.value);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
}

function takeExplicitId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return undefined;
  const match = EXPLICIT_ID.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index);
  return match[1];
}

const SOURCE_HASH = "#source-";

function sourceIdOf(node: Nodes | undefined): string | null {
  return node?.type === "link" && node.url.startsWith(SOURCE_HASH) ? node.url.slice(SOURCE_HASH.length) : null;
}

/**
 * `(… [A](#source-a) ; [B](#source-b))` at the end of a claim: the parenthesis holds only source
 * links. Returns the index of the text node closing it and the ids, or null.
 */
function citationGroup(children: PhrasingContent[], open: number): { close: number; ids: string[] } | null {
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

/** Numbers the sources of one page in order of first citation. */
class SourceNumbering {
  readonly order: string[] = [];
  number(id: string): number {
    const found = this.order.indexOf(id);
    if (found >= 0) return found + 1;
    this.order.push(id);
    return this.order.length;
  }
}

/**
 * One marker per claim: a parenthesis of source links becomes `[1, 3]`, a single link to the first
 * of them in the page's Sources list (`.source-mark`: 24 × 24 px on touch screens), its full
 * name « sources [1, 3] : Libellé A et Libellé B » (short labels) read by screen readers. Source links inside a
 * sentence ("selon [Hajjar](#source-hajjar)") stay as written, and are numbered too.
 */
function citationMarks(tree: Root, numbering: SourceNumbering, labelOf: (id: string) => string | undefined, words: MarkdownWords) {
  const visit = (node: Nodes) => {
    if (!("children" in node)) return;
    const children = node.children as PhrasingContent[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (child.type === "text" && /\s*\($/.test(child.value)) {
        const group = citationGroup(children, index);
        if (group) {
          group.ids.forEach((id) => numbering.number(id));
          const ids = [...new Set(group.ids)].sort((a, b) => numbering.number(a) - numbering.number(b));
          const numbers = ids.map((id) => numbering.number(id));
          const labels = ids.map((id) => labelOf(id) ?? id);
          const mark: Link = {
            type: "link",
            url: `${SOURCE_HASH}${ids[0]}`,
            data: { hProperties: { className: ["source-mark"] } },
            children: [
              srOnly(`${ids.length > 1 ? words.sources : words.source} `),
              { type: "text", value: `[${numbers.join(", ")}]` },
              srOnly(`${words.colon} ${words.join(labels)}`),
            ],
          };
          const before: Text = { type: "text", value: child.value.replace(/\s*\($/, "") };
          const closing = children[group.close] as Text;
          const after: Text = { type: "text", value: closing.value.slice(1) };
          children.splice(index, group.close - index + 1, before, mark, after);
          index += 1; // the text after the mark may open the next group
          continue;
        }
      }
      const id = sourceIdOf(child);
      if (id !== null) numbering.number(id);
      visit(child);
    }
  };
  visit(tree);
}

function srOnly(value: string): PhrasingContent {
  return { type: "text", value, data: { hName: "span", hProperties: { className: ["sr-only"] }, hChildren: [{ type: "text", value }] } } as PhrasingContent;
}

/**
 * Links between the pages of a profile: `#anchor` written anywhere in the body points at the page
 * that holds the anchor (the role page, or a section's own page).
 */
function retarget(tree: Root, here: string | null, pageOf: (anchor: string) => string | null | undefined, paths: ProfilePaths) {
  const visit = (node: Nodes) => {
    if (node.type === "link" && node.url.startsWith("#") && !node.url.startsWith(SOURCE_HASH)) {
      const anchor = node.url.slice(1);
      const page = pageOf(anchor);
      if (page !== undefined && page !== here) node.url = `${page === null ? paths.role : paths.section(page)}#${anchor}`;
    }
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
}

function toHtml(nodes: RootContent[]): string {
  return String(remark().use(remarkHtml, { sanitize: sanitizeSchema }).stringify({ type: "root", children: nodes }));
}

export type ProfilePaths = { role: string; section: (id: string) => string };

/** The words the renderer adds to a profile, in the profile's language. */
export type MarkdownWords = {
  source: string;
  sources: string;
  /** Before the sources' names in a mark's accessible name: « sources [1, 2] : A et B ». */
  colon: string;
  join: (labels: string[]) => string;
  /** The link from a section's lead to its own page. */
  sectionMore: (title: string) => string;
};

/** The renderer's words in a language (lib/i18n/messages, namespace `markdown`). */
export function markdownWords(locale: Locale): MarkdownWords {
  const t = translator(locale, "markdown");
  return {
    source: t("source"),
    sources: t("sources"),
    colon: t("colon"),
    join: (labels) => joinList(labels, locale),
    sectionMore: (title) => t("sectionMore", { title }),
  };
}

export type RenderOptions = {
  typeset?: (text: string) => string;
  /** The short label of a source (« Onisep, fiche MET.93 »), for the citation marks' accessible names. */
  sourceLabel?: (id: string) => string | undefined;
  paths?: ProfilePaths;
  /** Sources the page cites before the body (its En bref): they are numbered first. */
  firstSources?: string[];
  words?: MarkdownWords;
  /** Site paths written in the body (`/roles/…`) as the page's language has them (`/en/roles/…`). */
  localise?: (path: string) => string;
};


export type RenderedMarkdown = {
  /** The role page's body: each section, or its lead followed by a link to its own page. */
  html: string;
  /** Every `##` section, in order; `page: true` for those with a page of their own. */
  sections: Section[];
  /** Every `##` and `###` heading id, on the role page or on a section's page. */
  anchors: string[];
  /** Sources in order of first citation on the role page. */
  sourceIds: string[];
  pages: SectionPage[];
  /** What the split could not do, for the author. */
  problems: string[];
};

/**
 * Sections that always stay whole on the role page: the missions, which job ads link to down to
 * their sub-sections. (The definition itself is the sentence under the title; its section may be split.)
 */
export const UNSPLIT_SECTIONS = ["missions"];

const DEFAULT_PATHS: ProfilePaths = { role: "", section: (id) => `/${id}` };

/**
 * Markdown → sanitized HTML: the only Markdown converter of the site. Headings get fixed ids;
 * `typeset` (French typography) runs on the text; source links become numbered citation marks.
 * A `***` line inside a `##` section splits it: what comes before is its lead, shown on the role
 * page with a link to the section's own page, which shows the whole section.
 */
export function renderMarkdown(markdown: string | Root, options: RenderOptions = {}): RenderedMarkdown {
  const { typeset = (text: string) => text, sourceLabel = () => undefined, paths = DEFAULT_PATHS, firstSources = [], words = markdownWords(DEFAULT_LOCALE), localise } = options;
  // A parsed tree is changed in place: read its links (markdownLinks) before.
  const tree = typeof markdown === "string" ? parseMarkdown(markdown) : markdown;
  if (localise) localiseLinks(tree, localise);
  const headings = headingIds(tree, typeset);
  const titleOf = new Map(headings.map((heading) => [heading.id, heading.title]));
  const problems: string[] = [];

  // Group the top-level nodes: what precedes the first `##`, then one group per `##` section.
  type Group = { heading: Heading | null; id: string | null; title: string; nodes: RootContent[] };
  const groups: Group[] = [{ heading: null, id: null, title: "", nodes: [] }];
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) {
      const id = (node.data?.hProperties as { id: string }).id;
      groups.push({ heading: node, id, title: titleOf.get(id)!, nodes: [] });
    } else {
      groups.at(-1)!.nodes.push(node);
    }
  }

  const anchorPage = new Map<string, string | null>();
  const split = new Map<string, number>();
  for (const group of groups) {
    const cut = group.nodes.findIndex((node) => node.type === "thematicBreak");
    const id = group.id;
    if (cut >= 0 && id === null) problems.push("ligne *** avant la première section ## : elle ne coupe rien, retirez-la");
    else if (cut >= 0 && id !== null && UNSPLIT_SECTIONS.includes(id)) problems.push(`section #${id} : elle reste entière sur la page du rôle, retirez la ligne ***`);
    else if (cut === 0) problems.push(`section #${id} : rien avant la ligne *** ; écrivez l’essentiel de la section avant elle`);
    else if (cut > 0 && id !== null) split.set(id, cut);
    let page: string | null = null;
    group.nodes.forEach((node, index) => {
      if (id !== null && split.has(id) && index > split.get(id)!) page = id;
      if (node.type === "heading") anchorPage.set((node.data?.hProperties as { id: string }).id, page);
    });
    if (id !== null) anchorPage.set(id, null);
  }
  const pageOf = (anchor: string) => anchorPage.get(anchor);

  const mainNodes: RootContent[] = [];
  const pages: SectionPage[] = [];
  const mainNumbering = new SourceNumbering();
  firstSources.forEach((id) => mainNumbering.number(id));
  for (const group of groups) {
    const cut = group.id === null ? undefined : split.get(group.id);
    if (group.heading) mainNodes.push(group.heading);
    if (cut === undefined || group.id === null) {
      mainNodes.push(...group.nodes);
      continue;
    }
    const pageTree: Root = structuredClone({ type: "root", children: group.nodes.filter((_, index) => index !== cut) });
    // On its own page the section's title is the h1: its `###` become `##`.
    for (const node of pageTree.children) if (node.type === "heading" && node.depth > 2) node.depth = (node.depth - 1) as Heading["depth"];
    const numbering = new SourceNumbering();
    citationMarks(pageTree, numbering, sourceLabel, words);
    retarget(pageTree, group.id, pageOf, paths);
    pages.push(withLazyHtml({ id: group.id, title: group.title, sourceIds: numbering.order }, pageTree, typeset));
    mainNodes.push(...group.nodes.slice(0, cut), {
      type: "paragraph",
      data: { hProperties: { className: ["section-more"] } },
      children: [{ type: "link", url: paths.section(group.id), children: [{ type: "text", value: words.sectionMore(group.title) }] }],
    });
  }
  const mainTree: Root = { type: "root", children: mainNodes };
  citationMarks(mainTree, mainNumbering, sourceLabel, words);
  retarget(mainTree, null, pageOf, paths);

  const withPage = new Set(pages.map((page) => page.id));
  return withLazyHtml({
    sections: headings.filter((heading) => heading.depth === 2).map(({ id, title }) => (withPage.has(id) ? { id, title, page: true } : { id, title })),
    anchors: headings.map((heading) => heading.id),
    sourceIds: mainNumbering.order,
    pages,
    problems,
  }, mainTree, typeset);
}

/**
 * Adds `html` to a record, computed on first read: validation and routing need the structure of
 * a profile (sections, anchors, sources), only the pages need its HTML, with French typography.
 */
function withLazyHtml<T extends object>(record: T, tree: Root, typeset: (text: string) => string): T & { html: string } {
  let html: string | undefined;
  return Object.defineProperty(record, "html", {
    enumerable: true,
    get: () => {
      if (html === undefined) {
        typesetText(tree, typeset);
        html = toHtml(tree.children);
      }
      return html;
    },
  }) as T & { html: string };
}

/** Site-relative links (`/roles/…`) through `localise`; anchors and outside addresses stay. */
function localiseLinks(tree: Root, localise: (path: string) => string) {
  const visit = (node: Nodes) => {
    if (node.type === "link" && node.url.startsWith("/")) node.url = localise(node.url);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
}

/**
 * The sources each `##` or `###` section cites (`#source-…` links, repeats kept, sorted), by section id
 * (`""` before the first section): two editions of a profile must cite the same. Reads the tree
 * as parsed, before rendering.
 */
export function sectionCitations(tree: Root): Map<string, string[]> {
  const bySection = new Map<string, string[]>([["", []]]);
  let current = "";
  const visit = (node: Nodes) => {
    if (node.type === "link" && node.url.startsWith(SOURCE_HASH)) bySection.get(current)!.push(node.url.slice(SOURCE_HASH.length));
    if ("children" in node) node.children.forEach(visit);
  };
  for (const node of tree.children) {
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      current = EXPLICIT_ID.exec(toString(node))?.[1] ?? slugify(toString(node));
      bySection.set(current, []);
    }
    visit(node);
  }
  for (const ids of bySection.values()) ids.sort();
  return bySection;
}

/** The syntax tree of a Markdown text: parse once, then check, list links and render from it. */
export function parseMarkdown(markdown: string): Root {
  return remark().parse(markdown);
}

/** Every link of a Markdown text, with its line (1 = first line of the text). */
export function markdownLinks(markdown: string | Root): Array<{ url: string; line: number }> {
  const links: Array<{ url: string; line: number }> = [];
  const visit = (node: Nodes) => {
    if (node.type === "link") links.push({ url: (node as Link).url, line: node.position?.start.line ?? 0 });
    if ("children" in node) node.children.forEach(visit);
  };
  visit(typeof markdown === "string" ? parseMarkdown(markdown) : markdown);
  return links;
}

const SAFE_URL = /^(https?:\/\/|mailto:|\/|#)/i;

/**
 * What the sanitizer would silently drop, reported instead so that the author knows:
 * raw HTML, and links that are not http(s), mailto, site-relative or anchors.
 */
export function findUnsafeMarkdown(markdown: string | Root, lineOffset = 0): string[] {
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
  visit(typeof markdown === "string" ? parseMarkdown(markdown) : markdown);
  return found;
}
