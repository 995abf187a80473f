import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import { parseYaml } from "@/lib/content/files";
import { SOURCE_LINK } from "@/lib/markdown-outline";
import type { FrontMatter, Source } from "@/lib/schema";

/**
 * Helpers for the checks on time and reading of the content (dated-claims.test.ts,
 * sections.test.ts): they read the Markdown as written, before the site renders it.
 */

/** Sources published up to this year are "old": a claim resting only on them is written in the past, with its year. */
export const LAST_OLD_YEAR = 2019;

/** The last year a publication date covers: 2013-06-21 → 2013, 2013–2016 → 2016; null when unknown. */
export function publishedYear(published: string | null | undefined): number | null {
  if (!published) return null;
  const years = published.match(/\d{4}/g);
  return years ? Number(years.at(-1)) : null;
}

/**
 * Whether a claim that rests only on this source must carry its year. A source known only through
 * another one (reportedBy) is dated by that one when it has no date of its own. A law or court
 * decision (kind `law`) states the law in force: it may be written in the present.
 */
export function isOldSource(source: Source, bibliography: ReadonlyMap<string, Source>): boolean {
  if (source.kind === "law") return false;
  let year = publishedYear(source.published);
  if (year === null && source.reportedBy) year = publishedYear(bibliography.get(source.reportedBy)?.published);
  return year !== null && year <= LAST_OLD_YEAR;
}

/** A year up to LAST_OLD_YEAR (1990–2019) written in the text itself. */
const OLD_YEAR = /(?<!\d)(199\d|200\d|201\d)(?!\d)/;

export function mentionsOldYear(text: string): boolean {
  return OLD_YEAR.test(text);
}

/** One claim of the content: its text (citation labels left out), the ids it cites, and where it is. */
export type Claim = { where: string; text: string; sources: string[]; context?: string };



/** The text of phrasing content without the labels of its source links (« Blog, 2013 » does not date a sentence). */
function textWithoutCitations(nodes: PhrasingContent[]): { text: string; sources: string[] } {
  const sources: string[] = [];
  const parts: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "link" && node.url.startsWith(SOURCE_LINK)) {
      sources.push(node.url.slice(SOURCE_LINK.length));
      return;
    }
    if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
    if ("children" in node) (node.children as Nodes[]).forEach(visit);
  };
  nodes.forEach(visit);
  return { text: parts.join("").replace(/\s+/g, " ").trim(), sources };
}

/** A paragraph ending in « : » introduces the list that follows it: its items complete its sentence. */
function leadIn(previous: RootContent | undefined): string | undefined {
  if (previous?.type !== "paragraph") return undefined;
  const { text } = textWithoutCitations(previous.children);
  return text.endsWith(":") ? text : undefined;
}

/**
 * The claims of a Markdown body: each paragraph, and each list item (the text of its own
 * paragraphs; a nested list is taken item by item). A list item whose list is introduced by a
 * sentence ending in « : » carries that sentence as its context.
 */
export function bodyClaims(markdown: string, where: string): Claim[] {
  const tree = remark().parse(markdown);
  const claims: Claim[] = [];
  let section = "(début)";
  const walk = (children: RootContent[], context: string | undefined) => {
    children.forEach((node, index) => {
      if (node.type === "heading") section = toString(node);
      if (node.type === "paragraph") {
        const { text, sources } = textWithoutCitations(node.children);
        claims.push({ where: `${where}, ${section}`, text, sources, ...(context ? { context } : {}) });
      }
      if (node.type === "list") walkList(node, leadIn(children[index - 1]) ?? context);
      if (node.type === "blockquote") walk(node.children, context);
    });
  };
  const walkList = (list: List, context: string | undefined) => {
    for (const item of list.children as ListItem[]) {
      const own = item.children.filter((child): child is Paragraph => child.type === "paragraph");
      const parts = own.map((paragraph) => textWithoutCitations(paragraph.children));
      claims.push({
        where: `${where}, ${section}`,
        text: parts.map((part) => part.text).join(" "),
        sources: parts.flatMap((part) => part.sources),
        ...(context ? { context } : {}),
      });
      item.children.forEach((child, index) => {
        if (child.type === "list") walkList(child, leadIn(item.children[index - 1]) ?? context);
      });
    }
  };
  walk(tree.children, undefined);
  return claims;
}

/** The claims that rest only on old sources and give no year, neither themselves nor in the sentence that introduces them. */
export function undatedOldClaims(claims: Claim[], bibliography: ReadonlyMap<string, Source>): Claim[] {
  return claims.filter((claim) => {
    if (claim.sources.length === 0) return false;
    const sources = claim.sources.map((id) => bibliography.get(id));
    if (sources.some((source) => source === undefined)) return false; // the loader reports unknown ids
    if (!sources.every((source) => isOldSource(source!, bibliography))) return false;
    return !mentionsOldYear(claim.text) && !mentionsOldYear(claim.context ?? "");
  });
}

/** A profile as written: front matter and Markdown body. */
export type WrittenProfile = { slug: string; data: FrontMatter; body: string };

export function readProfiles(contentDir: string): WrittenProfile[] {
  const dir = path.join(contentDir, "roles");
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const { data, content } = matter(fs.readFileSync(path.join(dir, file), "utf8"), {
        engines: { yaml: (source: string) => (parseYaml(source) ?? {}) as object },
      });
      return { slug: file.replace(/\.md$/, ""), data: data as FrontMatter, body: content };
    });
}

/** The claims of a profile's front matter that the pages show as sentences, each with its sources. */
export function frontMatterClaims({ slug, data }: WrittenProfile): Claim[] {
  const where = (field: string) => `${slug}.md: ${field}`;
  const claims: Claim[] = [{ where: where("positioning.note"), text: data.positioning.note, sources: data.positioning.sources }];
  for (const [id, value] of Object.entries(data.dimensions)) claims.push({ where: where(`dimensions.${id}.text`), text: value.text, sources: value.sources });
  if (data.essentials) {
    claims.push({ where: where("essentials.pay.text"), text: data.essentials.pay.text, sources: data.essentials.pay.sources });
    claims.push({ where: where("essentials.access.text"), text: data.essentials.access.text, sources: data.essentials.access.sources });
  }
  return claims;
}
