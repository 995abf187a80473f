import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Heading, Link, Nodes, PhrasingContent, Root, RootContent, Text } from "mdast";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { CitedFrom, Section, SectionPage } from "./schema";
import { citationAnchor } from "./citations";
import { joinList } from "./format";
import { READING_BUDGET } from "./reading";
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";
import { citationGroup, outlineOfTree, sourceIdOf, SOURCE_LINK, type Citation, type Outline, type OutlineBlock } from "./markdown-outline";
import { slugify } from "./text";

/**
 * `## Missions stratégiques {#missions-strategiques}`: the braces give the section a fixed id.
 * More ids after the first (`{#definition #vue-officielle}`) are older anchors of content merged
 * into this section: links to them, in job ads, keep landing here.
 */
const EXPLICIT_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)((?:[ \t]+#[a-z0-9]+(?:-[a-z0-9]+)*)*)\}\s*$/;
/** The fixed id written at the end of a heading's text (`Rémunération {#remuneration}`), or null. */
export function explicitHeadingId(text: string): string | null {
  return EXPLICIT_ID.exec(text)?.[1] ?? null;
}
const aliasesOf = (match: RegExpExecArray | null) => (match?.[2] ?? "").split("#").map((alias) => alias.trim()).filter(Boolean);

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
    a: [...allowedWithout("a", "className"), ["className", "source-mark", "data-footnote-backref"], "id"],
    p: [...(defaultSchema.attributes?.p ?? []), ["className", "section-more"]],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", "sr-only", "whitespace-nowrap"], "id"],
  },
};

/** The default schema's attributes of `tag`, except `attribute` (to allow more values of it). */
function allowedWithout(tag: string, attribute: string) {
  return (defaultSchema.attributes?.[tag] ?? []).filter((entry) => (Array.isArray(entry) ? entry[0] : entry) !== attribute);
}

/**
 * The id and title of a `##` or `###` heading: the id written in braces at its end (`{#missions}`),
 * or made from its title, typeset.
 */
function headingOf(block: Extract<OutlineBlock, { kind: "heading" }>, typeset: (text: string) => string): { id: string; title: string; aliases: string[] } {
  const match = block.tail === null ? null : EXPLICIT_ID.exec(block.tail);
  const text = match && block.tail !== null ? block.text.slice(0, block.text.length - block.tail.length + match.index) : block.text;
  const title = typeset(text);
  return { id: match?.[1] ?? slugify(title), title, aliases: aliasesOf(match) };
}

/** Applies a text transformation (French typography) to every text node; code and URLs are left alone. */
function typesetText(tree: Root, typeset: (text: string) => string) {
  const visit = (node: Nodes) => {
    if (node.type === "text") (node as Text).value = typeset(node.value);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
}

/** Removes `{#id …}` from a heading's text; its older ids become empty anchors at its start. */
function takeExplicitId(heading: Heading): void {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return;
  const match = EXPLICIT_ID.exec(last.value);
  if (!match) return;
  last.value = last.value.slice(0, match.index);
  const anchors: Text[] = aliasesOf(match).map((alias) => ({ type: "text", value: "", data: { hName: "span", hProperties: { id: alias } } }));
  heading.children.unshift(...anchors);
}


/** Numbers the sources of one page in order of first citation (or in the order given, when laid out already). */
class SourceNumbering {
  readonly order: string[] = [];
  constructor(laidOut: string[] = []) {
    this.order.push(...laidOut);
  }
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
function citationMarks(tree: Root, numbering: SourceNumbering, labelOf: (id: string) => string | undefined, words: MarkdownWords, page: string): CitedFrom {
  const laidOut = numbering.order.length;
  // Each mark and in-sentence source link gets an id, so that the source list can lead back to it.
  const citedFrom: CitedFrom = {};
  let marks = 0;
  const markId = (ids: string[]) => {
    const id = citationAnchor(++marks);
    for (const source of new Set(ids)) (citedFrom[source] ??= []).push(id);
    return id;
  };
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
            url: `${SOURCE_LINK}${ids[0]}`,
            data: { hProperties: { className: ["source-mark"], id: markId(ids) } },
            children: [
              srOnly(`${ids.length > 1 ? words.sources : words.source} `),
              { type: "text", value: `[${numbers.join(", ")}]` },
              srOnly(`${words.colon} ${words.join(labels)}`),
            ],
          };
          // The mark stays on the line of the word before it and of the punctuation after it:
          // on a phone it is a box of its own (app/globals.css), which a line may break around.
          const claim = child.value.replace(/\s*\($/, "");
          const word = /\S*$/.exec(claim)![0];
          const closing = children[group.close] as Text;
          const rest = closing.value.slice(1);
          const punctuation = /^(?:[ \u00a0\u202f]?[;:!?]|[.,…)»]+)?/.exec(rest)![0];
          const glued: PhrasingContent = {
            type: "emphasis",
            data: { hName: "span", hProperties: { className: ["whitespace-nowrap"] } },
            children: [{ type: "text", value: word }, mark, { type: "text", value: punctuation }],
          };
          const before: Text = { type: "text", value: claim.slice(0, claim.length - word.length) };
          const after: Text = { type: "text", value: rest.slice(punctuation.length) };
          children.splice(index, group.close - index + 1, before, glued, after);
          index += 1; // the text after the mark may open the next group
          continue;
        }
      }
      const id = sourceIdOf(child);
      if (id !== null) {
        numbering.number(id);
        child.data = { ...child.data, hProperties: { ...child.data?.hProperties, id: markId([id]) } };
      }
      visit(child);
    }
  };
  visit(tree);
  // The layout counted the same links: a source it did not list would have a mark and no entry.
  if (numbering.order.length !== laidOut) throw new Error(`page ${page} : sources citées hors de la mise en page (${numbering.order.slice(laidOut).join(", ")})`);
  return citedFrom;
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
    if (node.type === "link" && node.url.startsWith("#") && !node.url.startsWith(SOURCE_LINK)) {
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
  /** The layout markdownStructure gave for the same text and options, when the caller has it already. */
  layout?: Layout;
};


/** How a profile's body is laid out on its pages: decided from its outline (markdownStructure). */
export type MarkdownStructure = {
  /** Every `##` section, in order; `page: true` for those with a page of their own. */
  sections: Section[];
  /** Every `##` and `###` heading id, on the role page or on a section's page. */
  anchors: string[];
  /** Sources in order of first citation on the role page. */
  sourceIds: string[];
  /** The sections with a page of their own, and the sources of each page in order of first citation. */
  pages: Array<Omit<SectionPage, "html" | "citedFrom">>;
  /** What the split could not do, for the author. */
  problems: string[];
};

export type RenderedMarkdown = Omit<MarkdownStructure, "pages"> & {
  /** For each source, the ids of the marks that cite it on the role page, in order. */
  citedFrom: CitedFrom;
  /** The role page's body: each section, or its lead followed by a link to its own page. */
  html: string;
  pages: SectionPage[];
};

/**
 * Sections that always stay whole on the role page: the missions, which job ads link to down to
 * their sub-sections. (The definition itself is the sentence under the title; its section may be split.)
 */
export const UNSPLIT_SECTIONS = ["missions"];

const DEFAULT_PATHS: ProfilePaths = { role: "", section: (id) => `/${id}` };

type Layout = MarkdownStructure & {
  /** The id, title and older ids of each `##` and `###` heading, in order. */
  headings: Array<{ id: string; title: string; depth: 2 | 3; aliases: string[] }>;
  /** For each heading id, the section whose own page holds it, or null for the role page. */
  anchorPage: Map<string, string | null>;
  /** Every citation of the body, with the `##` section it is in (null before the first). */
  citations: Array<Citation & { section: string | null }>;
};

/**
 * The layout of a body, from its outline: the sections and their ids, and the sections split by a
 * `***` line: what comes before the line is the section's lead, shown on the role page with a link
 * to the section's own page, which shows the whole section. Sources are numbered per page in order
 * of first citation, the role page's after `firstSources`.
 */
export function markdownStructure(outline: Outline, options: Pick<RenderOptions, "typeset" | "firstSources"> = {}): Layout {
  const { typeset = (text: string) => text, firstSources = [] } = options;
  const headings: Layout["headings"] = [];
  const idOf = new Map<OutlineBlock, string>();
  // What precedes the first `##`, then one group per `##` section.
  type Group = { id: string | null; title: string; heading: OutlineBlock | null; blocks: OutlineBlock[] };
  const groups: Group[] = [{ id: null, title: "", heading: null, blocks: [] }];
  for (const block of outline.blocks) {
    if (block.kind === "heading" && (block.depth === 2 || block.depth === 3)) {
      const { id, title, aliases } = headingOf(block, typeset);
      headings.push({ id, title, depth: block.depth, aliases });
      idOf.set(block, id);
      if (block.depth === 2) {
        groups.push({ id, title, heading: block, blocks: [] });
        continue;
      }
    }
    groups.at(-1)!.blocks.push(block);
  }

  const problems: string[] = [];
  // Headings go down one level at a time from the page's title (h1), as screen readers list them.
  let level = 1;
  for (const block of outline.blocks) {
    if (block.kind !== "heading") continue;
    if (block.depth === 1) problems.push(`titre « # ${block.text.slice(0, 40)} » : le titre de la page est le nom du rôle ; écrivez ## ou ###`);
    else if (block.depth > level + 1) problems.push(`titre de niveau ${block.depth} « ${block.text.slice(0, 40)} » après un titre de niveau ${level} : écrivez ${"#".repeat(level + 1)}`);
    level = block.depth;
  }
  const anchorPage = new Map<string, string | null>();
  // A heading's id and its older ids land on the same page.
  const anchorsById = new Map(headings.map((heading) => [heading.id, [heading.id, ...heading.aliases]]));
  const anchorsOf = (id: string) => anchorsById.get(id) ?? [id];
  const pages: Layout["pages"] = [];
  const main = new SourceNumbering();
  firstSources.forEach((id) => main.number(id));
  const numberSources = (numbering: SourceNumbering, block: OutlineBlock) => {
    for (const { url } of block.links) if (url.startsWith(SOURCE_LINK)) numbering.number(url.slice(SOURCE_LINK.length));
  };
  const citations: Layout["citations"] = [];
  for (const { id, title, heading, blocks } of groups) {
    for (const block of blocks) if (block.kind === "other") citations.push(...block.citations.map((citation) => ({ ...citation, section: id })));
    const cut = blocks.findIndex((block) => block.kind === "break");
    if (cut >= 0 && id === null) problems.push("ligne *** avant la première section ## : elle ne coupe rien, retirez-la");
    else if (cut >= 0 && id !== null && UNSPLIT_SECTIONS.includes(id)) problems.push(`section #${id} : elle reste entière sur la page du rôle, retirez la ligne ***`);
    else if (cut === 0) problems.push(`section #${id} : rien avant la ligne *** ; écrivez l’essentiel de la section avant elle`);
    const split = cut > 0 && id !== null && !UNSPLIT_SECTIONS.includes(id);
    const words = (part: OutlineBlock[], kind: "prose" | "written") => part.reduce((sum, block) => sum + (block.kind === "other" ? block.words[kind] : 0), 0);
    if (id !== null && !split && !UNSPLIT_SECTIONS.includes(id) && words(blocks, "prose") > READING_BUDGET.sectionWords) {
      problems.push(`section #${id} : ${words(blocks, "prose")} mots, pour ${READING_BUDGET.sectionWords} au plus sur la page du rôle ; coupez-la par une ligne *** après son essentiel (${READING_BUDGET.leadWords} mots au plus)`);
    }
    if (split && words(blocks.slice(0, cut), "written") > READING_BUDGET.leadWords) {
      problems.push(`section #${id} : l’essentiel avant la ligne *** compte ${words(blocks.slice(0, cut), "written")} mots, citations comprises, pour ${READING_BUDGET.leadWords} au plus ; raccourcissez-le ou avancez la ligne ***`);
    }
    if (heading) numberSources(main, heading);
    if (id !== null) for (const anchor of anchorsOf(id)) anchorPage.set(anchor, null);
    const own = new SourceNumbering();
    blocks.forEach((block, index) => {
      const headingId = idOf.get(block);
      if (headingId !== undefined) for (const anchor of anchorsOf(headingId)) anchorPage.set(anchor, split && index > cut ? id : null);
      if (!split || index < cut) numberSources(main, block);
      if (split && index !== cut) numberSources(own, block);
    });
    if (split) pages.push({ id, title, sourceIds: own.order });
  }
  const withPage = new Set(pages.map((page) => page.id));
  return {
    sections: headings.filter((heading) => heading.depth === 2).map(({ id, title }) => (withPage.has(id) ? { id, title, page: true } : { id, title })),
    anchors: headings.flatMap((heading) => [heading.id, ...heading.aliases]),
    sourceIds: main.order,
    pages,
    problems,
    headings,
    anchorPage,
    citations,
  };
}

/**
 * Markdown → sanitized HTML: the only Markdown converter of the site, laid out as markdownStructure
 * decides. Headings get fixed ids; `typeset` (French typography) runs on the text; source links
 * become numbered citation marks; a split section shows its lead and a link to its own page.
 */
export function renderMarkdown(markdown: string | Root, options: RenderOptions = {}): RenderedMarkdown {
  const { typeset = (text: string) => text, sourceLabel = () => undefined, paths = DEFAULT_PATHS, words = markdownWords(DEFAULT_LOCALE), localise } = options;
  // A parsed tree is changed in place: it is laid out first.
  const tree = typeof markdown === "string" ? parseMarkdown(markdown) : markdown;
  const layout = options.layout ?? markdownStructure(outlineOfTree(tree), options);
  if (localise) localiseLinks(tree, localise);
  const headingIds = layout.headings.map((heading) => heading.id);
  const groups: Array<{ heading: Heading | null; id: string | null; nodes: RootContent[] }> = [{ heading: null, id: null, nodes: [] }];
  for (const node of tree.children) {
    if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      takeExplicitId(node);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: headingIds.shift() } };
    }
    if (node.type === "heading" && node.depth === 2) groups.push({ heading: node, id: node.data!.hProperties!.id as string, nodes: [] });
    else groups.at(-1)!.nodes.push(node);
  }
  const pageOf = (anchor: string) => layout.anchorPage.get(anchor);
  const pageById = new Map(layout.pages.map((page) => [page.id, page]));

  const mainNodes: RootContent[] = [];
  const pages: SectionPage[] = [];
  for (const group of groups) {
    const page = group.id === null ? undefined : pageById.get(group.id);
    if (group.heading) mainNodes.push(group.heading);
    if (page === undefined) {
      mainNodes.push(...group.nodes);
      continue;
    }
    const cut = group.nodes.findIndex((node) => node.type === "thematicBreak");
    const pageTree: Root = structuredClone({ type: "root", children: group.nodes.filter((_, index) => index !== cut) });
    // On its own page the section's title is the h1: its `###` become `##`.
    for (const node of pageTree.children) if (node.type === "heading" && node.depth > 2) node.depth = (node.depth - 1) as Heading["depth"];
    const pageCitedFrom = citationMarks(pageTree, new SourceNumbering(page.sourceIds), sourceLabel, words, `#${page.id}`);
    retarget(pageTree, page.id, pageOf, paths);
    pages.push(withLazyHtml({ ...page, citedFrom: pageCitedFrom }, pageTree, typeset));
    mainNodes.push(...group.nodes.slice(0, cut), {
      type: "paragraph",
      data: { hProperties: { className: ["section-more"] } },
      children: [{ type: "link", url: paths.section(page.id), children: [{ type: "text", value: words.sectionMore(page.title) }] }],
    });
  }
  const mainTree: Root = { type: "root", children: mainNodes };
  const citedFrom = citationMarks(mainTree, new SourceNumbering(layout.sourceIds), sourceLabel, words, "du rôle");
  retarget(mainTree, null, pageOf, paths);

  const { sections, anchors, sourceIds, problems } = layout;
  return withLazyHtml({ sections, anchors, sourceIds, pages, problems, citedFrom }, mainTree, typeset);
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
 * (`""` before the first section): two languages of a profile must cite the same.
 */
export function sectionCitations(outline: Outline): Map<string, string[]> {
  const bySection = new Map<string, string[]>([["", []]]);
  let current = "";
  for (const block of outline.blocks) {
    if (block.kind === "heading" && (block.depth === 2 || block.depth === 3)) {
      current = headingOf(block, (text) => text).id;
      bySection.set(current, []);
    }
    for (const { url } of block.links) if (url.startsWith(SOURCE_LINK)) bySection.get(current)!.push(url.slice(SOURCE_LINK.length));
  }
  for (const ids of bySection.values()) ids.sort();
  return bySection;
}

/** The syntax tree of a Markdown text, for rendering. */
export function parseMarkdown(markdown: string): Root {
  return remark().parse(markdown);
}

/** Every link of a Markdown text, with its line (1 = first line of the text). */
export function markdownLinks(markdown: string | Outline): Array<{ url: string; line: number }> {
  const outline = typeof markdown === "string" ? outlineOfTree(parseMarkdown(markdown)) : markdown;
  return outline.blocks.flatMap((block) => block.links);
}

const SAFE_URL = /^(https?:\/\/|mailto:|\/|#)/i;

/**
 * What the sanitizer would silently drop, reported instead so that the author knows, in line order:
 * raw HTML, and links and images that are not http(s), mailto, site-relative or anchors. Link
 * definitions too (`[label]: address`): a reference link `[text][label]` is not a link in the
 * tree, so the checks of anchors, roles and sources, and the citation marks, would pass it by;
 * links are written whole, `[text](address)`.
 */
export function findUnsafeMarkdown(markdown: string | Outline, lineOffset = 0): string[] {
  const outline = typeof markdown === "string" ? outlineOfTree(parseMarkdown(markdown)) : markdown;
  const found: Array<{ line: number; message: string }> = [];
  for (const { value, line } of outline.html) {
    found.push({ line, message: `HTML brut à la ligne ${line + lineOffset} du fichier (« ${value.slice(0, 40)} ») : écrivez en Markdown, le HTML n'est pas publié` });
  }
  for (const { url, line } of [...markdownLinks(outline), ...outline.images]) {
    if (!SAFE_URL.test(url)) found.push({ line, message: `lien « ${url.slice(0, 40)} » à la ligne ${line + lineOffset} du fichier : remplacez-le par un lien http(s), mailto, /chemin ou #ancre` });
  }
  const messages = found.sort((a, b) => a.line - b.line).map((entry) => entry.message);
  for (const url of outline.definitions) {
    messages.push(`définition de lien vers « ${url.slice(0, 40)} » : écrivez l’adresse dans le lien lui-même, [texte](adresse)`);
  }
  return messages;
}
