/**
 * The role part of a job ad, written from a profile: gender-neutral title, company context,
 * the missions, skills and indicators the recruiter kept, and the link to the role page.
 * Plain text, Markdown and HTML. Pure.
 */
import { localisePath, type Locale } from "../i18n/locales";
import type { Role } from "../schema";
import { absoluteUrl, rolePath } from "../site";
import { escapeHtml } from "../snippets";
import { ITEM_LISTS, roleItems, type ItemList } from "./model";

/** Longest company context kept: the whole form travels in the address (GET), which the server caps at 4 096 characters. */
export const MAX_CONTEXT_LENGTH = 800;

/** The words of a written ad, in the language of the role page it links to (app/_views/words.ts). */
export type AdWords = {
  locale: Locale;
  headings: Record<ItemList, string>;
  /** After the title: « (H/F) ». */
  titleMark: string;
  /** The text of the link to the role page. */
  linkText: string;
  colon: string;
};

export type AdItem = { list: ItemList; key: string; text: string };

export type WrittenAd = { title: string; url: string; text: string; markdown: string; html: string };

/** A trailing note between parentheses of three words or more is the reference’s comment, not part of the ad. */
export function adItemText(text: string): string {
  return text.replace(/\s*\(([^()]*)\)\s*$/, (note, inner: string) => (inner.trim().split(/\s+/).length >= 3 ? "" : note));
}

/** Every item of the profile that an ad can keep, in the profile’s order; keys are unique within a list. */
export function adItems(role: Role): AdItem[] {
  return roleItems(role).map(([list, item]) => ({ list, key: item.key, text: adItemText(item.text) }));
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, "\\$1");
}

export function writeJobAd(role: Role, kept: AdItem[], context: string, words: AdWords): WrittenAd {
  const title = `${role.title} ${words.titleMark}`;
  const firstList = ITEM_LISTS.find(({ list }) => kept.some((item) => item.list === list));
  const section = firstList && role.sections.find((candidate) => candidate.id === firstList.anchor);
  const url = absoluteUrl(localisePath(rolePath(role.slug, section?.id), words.locale));
  const paragraphs = context
    .slice(0, MAX_CONTEXT_LENGTH)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const groups = ITEM_LISTS.map(({ list }) => ({ heading: words.headings[list], items: kept.filter((item) => item.list === list).map((item) => item.text) })).filter((group) => group.items.length > 0);
  const linkText = words.linkText;

  const text = [title, ...paragraphs, ...groups.map((group) => [group.heading, ...group.items.map((item) => `- ${item}`)].join("\n")), `${linkText}${words.colon} ${url}`].join("\n\n");
  const markdown = [
    `## ${escapeMarkdown(title)}`,
    ...paragraphs.map(escapeMarkdown),
    ...groups.map((group) => [`### ${group.heading}`, "", ...group.items.map((item) => `- ${escapeMarkdown(item)}`)].join("\n")),
    `[${escapeMarkdown(linkText)}](${url})`,
  ].join("\n\n");
  const html = [
    `<h2>${escapeHtml(title)}</h2>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...groups.map((group) => `<h3>${escapeHtml(group.heading)}</h3>\n<ul>\n${group.items.map((item) => `  <li>${escapeHtml(item)}</li>`).join("\n")}\n</ul>`),
    `<p><a href="${escapeHtml(url)}">${escapeHtml(linkText)}</a></p>`,
  ].join("\n");
  return { title, url, text, markdown, html };
}
