/**
 * An edition is the role as the site published it: its page and its section pages, read back from
 * the HTML the build wrote (or the server serves), cut into the parts an edition page shows again.
 * `npm run edition` freezes what this reads from the build; the edition test reads the served
 * edition pages with it and checks they still say what the manifest says (lib/editions/hash.ts).
 */
import { defaultTreeAdapter, parse, parseFragment, serialize, type DefaultTreeAdapterTypes } from "parse5";
import { EDITION_FORMAT, type Snapshot, type SnapshotPage, type SnapshotSection } from "../../lib/editions/schema";
import type { Locale } from "../../lib/i18n/locales";

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const isElement = (node: Node): node is Element => defaultTreeAdapter.isElementNode(node);
const attr = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;
const classes = (element: Element) => (attr(element, "class") ?? "").split(/\s+/);

function* elements(parent: ParentNode): Generator<Element> {
  for (const child of parent.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

const find = (parent: ParentNode, test: (element: Element) => boolean) => {
  for (const element of elements(parent)) if (test(element)) return element;
  return null;
};

function required<T>(value: T | null | undefined, what: string, page: string): T {
  if (value === null || value === undefined) throw new Error(`${page} : ${what} introuvable ; la page a changé de forme, adaptez scripts/support/edition-snapshot.ts`);
  return value;
}

/** The blocks whose words an edition lists: a paragraph, a list item, a heading, a table row, a term. */
const BLOCKS = new Set(["p", "li", "h2", "h3", "h4", "tr", "dt", "dd", "blockquote", "figcaption", "caption"]);
/** Not words of the text: citation marks (their numbers change with the list), and the links to read more. */
const skipped = (element: Element) => classes(element).includes("source-mark") || classes(element).includes("section-more") || classes(element).includes("back-links");

/** Runs of ASCII white space as one space; no-break spaces are the language's typography and stay. */
const collapse = (value: string) => value.replace(/[ \t\n\r\f]+/g, " ").replace(/^ | $/g, "");

/** The words of a node, without its nested blocks and citation marks. */
function ownText(node: Node, top = true): string {
  if (defaultTreeAdapter.isTextNode(node)) return node.value;
  if (!isElement(node) || skipped(node) || (!top && BLOCKS.has(node.tagName))) return "";
  const separator = node.tagName === "tr" ? " · " : "";
  return node.childNodes.map((child) => ownText(child, false)).filter((part) => part.trim() !== "").join(separator);
}

/** Each block's words, in reading order. */
export function textBlocks(nodes: Node[]): string[] {
  const blocks: string[] = [];
  const visit = (node: Node) => {
    if (!isElement(node) || skipped(node)) return;
    if (BLOCKS.has(node.tagName)) {
      const text = collapse(ownText(node));
      if (text) blocks.push(text);
    }
    for (const child of node.childNodes) visit(child);
  };
  nodes.forEach(visit);
  return blocks;
}

const html = (nodes: Node[]) => nodes.map((node) => serialize({ nodeName: "#document-fragment", childNodes: [node] } as unknown as ParentNode)).join("");

/**
 * The section of a page that lists its sources (`aria-labelledby="sources"`), without its heading;
 * its words are the title of each entry (`<li id="source-…">`), which identifies it from one
 * edition to the next whatever the layout of the list.
 */
function sourcesOf(root: ParentNode): { html: string; text: string[] } {
  const section = find(root, (element) => element.tagName === "section" && attr(element, "aria-labelledby") === "sources");
  if (!section) return { html: "", text: [] };
  const nodes = section.childNodes.filter((node) => !(isElement(node) && node.tagName === "h2"));
  const entries = nodes.flatMap((node) => (isElement(node) ? [...elements(node)] : [])).filter((element) => element.tagName === "li" && attr(element, "id")?.startsWith("source-"));
  const titleOf = (entry: Element) => {
    const title = find(entry, (element) => element.tagName === "cite") ?? find(entry, (element) => element.tagName === "a" && (attr(element, "href") ?? "").includes("/sources#"));
    return collapse(ownText(required(title, "le titre d’une source", attr(entry, "id")!))).replace(/^«\s*|\s*»$/g, "");
  };
  return { html: html(nodes).trim(), text: entries.map(titleOf) };
}

/** The body of a page cut at each `##`: the id, the older ids (empty `<span id>` inside), the title. */
function sectionsOf(body: Element): SnapshotSection[] {
  const sections: SnapshotSection[] = [];
  let current: { heading: Element; nodes: Node[] } | null = null;
  const close = () => {
    if (!current) return;
    const { heading, nodes } = current;
    const aliases = [...elements(heading)].filter((element) => element.tagName === "span" && attr(element, "id")).map((element) => attr(element, "id")!);
    sections.push({ id: attr(heading, "id")!, aliases, title: collapse(ownText(heading)), html: html(nodes).trim(), text: textBlocks(nodes.slice(1)) });
  };
  for (const node of body.childNodes) {
    if (isElement(node) && node.tagName === "h2" && attr(node, "id")) {
      close();
      current = { heading: node, nodes: [node] };
    } else current?.nodes.push(node);
  }
  close();
  return sections;
}

/** The words of each list item of a fragment. */
function listItems(markup: string): string[] {
  return [...elements(parseFragment(markup))].filter((element) => element.tagName === "li").map((element) => collapse(ownText(element)));
}

/** The summary's first sentence. */
export function firstSentence(summary: string, locale: Locale): string {
  const [first] = new Intl.Segmenter(locale, { granularity: "sentence" }).segment(summary);
  return first ? first.segment.trim() : summary;
}

/** `/roles/<slug>/<section>` (and `/en/…`) → the same section's page in the edition. */
function toEditionLinks(markup: string, livingPrefix: string, editionPrefix: string, pageIds: ReadonlySet<string>): string {
  if (!markup) return markup;
  const fragment = parseFragment(markup);
  for (const element of elements(fragment)) {
    const href = element.tagName === "a" ? attr(element, "href") : undefined;
    if (!href?.startsWith(`${livingPrefix}/`)) continue;
    const section = href.slice(livingPrefix.length + 1);
    if (pageIds.has(section)) element.attrs = element.attrs.map((attribute) => (attribute.name === "href" ? { ...attribute, value: `${editionPrefix}/${section}` } : attribute));
  }
  return serialize(fragment);
}

export type PublishedPages = {
  slug: string;
  locale: Locale;
  date: string;
  commit: string | null;
  /** The role page's HTML, as built or served. */
  rolePage: string;
  /** Each section page's HTML, by section id. */
  sectionPages: Record<string, string>;
  /** Where the role page's links to its section pages lead (`/roles/<slug>`, `/en/roles/<slug>`). */
  livingPrefix: string;
  /** Where they lead in the edition (`/roles/<slug>/editions/<date>`). */
  editionPrefix: string;
};

/**
 * The edition a role page and its section pages make. The role page is cut as it is laid out
 * (app/_views/role.tsx, and the edition page that shows it again): `<article>`, its `<header>`
 * (`<h1>` with the abbreviation in a `<span>`, the summary in the first `<p>`), the column before
 * the body (« En bref »), the body (`.prose-role`), and the sources section.
 */
export function snapshotFromPages(input: PublishedPages): Snapshot {
  const { slug, locale, date, commit, livingPrefix, editionPrefix } = input;
  const where = livingPrefix;
  const document = parse(input.rolePage);
  const article = required(find(document, (element) => element.tagName === "article"), "<article>", where);
  const header = required(find(article, (element) => element.tagName === "header"), "<header>", where);
  const h1 = required(find(header, (element) => element.tagName === "h1"), "<h1>", where);
  const abbreviationSpan = find(h1, (element) => element.tagName === "span");
  const abbreviation = abbreviationSpan ? collapse(ownText(abbreviationSpan)).replace(/^\((.*)\)$/, "$1") : null;
  const title = collapse(h1.childNodes.filter((node) => node !== abbreviationSpan).map((node) => ownText(node, false)).join(""));
  const summary = collapse(ownText(required(find(header, (element) => element.tagName === "p"), "le résumé (<p> de l’en-tête)", where)));
  const body = required(find(article, (element) => classes(element).includes("prose-role")), ".prose-role", where);
  const lead = find(article, (element) => element.tagName === "div" && classes(element).includes("min-w-0") && !find(element, (inner) => inner === body) && element !== body);

  const pageIds = new Set(Object.keys(input.sectionPages));
  const sections = sectionsOf(body).map((section) => ({ ...section, html: toEditionLinks(section.html, livingPrefix, editionPrefix, pageIds) }));
  // The main missions: « En bref » lists them under a term that says so; before it did, the
  // missions section began with them.
  const missionsTerm = find(article, (element) => element.tagName === "dt" && /missions/i.test(ownText(element)));
  const missionsList = missionsTerm?.parentNode ? find(missionsTerm.parentNode as Element, (element) => element.tagName === "ul") : null;
  const missions = sections.find((section) => section.id.startsWith("missions"));
  const core = missionsList ? textBlocks(missionsList.childNodes) : listItems(missions?.html ?? "").slice(0, 5);

  const pages: SnapshotPage[] = Object.entries(input.sectionPages).map(([id, page]) => {
    const pageDocument = parse(page);
    const pageArticle = required(find(pageDocument, (element) => element.tagName === "article"), "<article>", `${livingPrefix}/${id}`);
    const heading = required(find(pageArticle, (element) => element.tagName === "h1"), "<h1>", `${livingPrefix}/${id}`);
    const pageBody = required(find(pageArticle, (element) => classes(element).includes("prose-role")), ".prose-role", `${livingPrefix}/${id}`);
    const nodes = pageBody.childNodes;
    return {
      id,
      title: collapse(ownText(heading)),
      html: toEditionLinks(html(nodes).trim(), livingPrefix, editionPrefix, pageIds),
      text: textBlocks(nodes),
      sources: sourcesOf(pageArticle),
    };
  });

  return {
    format: EDITION_FORMAT,
    slug,
    locale,
    date,
    commit,
    title,
    abbreviation,
    summary,
    definition: firstSentence(summary, locale),
    core: required(core.length > 0 ? core : null, "les missions principales (« En bref » ou la section des missions)", where),
    lead: lead ? html(lead.childNodes).trim() : "",
    sections,
    sources: sourcesOf(article),
    pages,
  };
}
