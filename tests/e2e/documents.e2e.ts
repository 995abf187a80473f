import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { MESSAGES } from "../../lib/i18n/translate";
import { findEnglishTypographyFault, findTypographyFault } from "../../lib/typography";
import { ENGLISH_ROUTES, FRENCH_ROUTES, PAGE_ROUTES } from "./routes";

/**
 * What every page says, read from the HTML the server sends (no browser needed): its typography, its
 * language, and the names of its other-language page. Each page is fetched once for all of these.
 */
const baseUrl = inject("baseUrl");
/** What each page says, read when it is fetched (the document is then closed: 160 pages stay small). */
const pages = new Map<string, { status: number; lang: string; texts: string[]; alternates: Record<string, string> }>();

beforeAll(async () => {
  for (const route of PAGE_ROUTES) {
    const response = await fetch(`${baseUrl}${route}`);
    const { window } = new JSDOM(await response.text());
    pages.set(route, { status: response.status, lang: window.document.documentElement.lang, texts: textsOf(window.document), alternates: alternatesOf(window.document) });
    window.close();
  }
}, 600_000);

/**
 * The text a reader sees or hears in the page's own language: text nodes outside code, and the
 * attributes read aloud; what is marked as another language (a French title on an English page,
 * the language switch) is left out.
 */
function textsOf(document: Document): string[] {
  const lang = document.documentElement.lang;
  const foreign = (element: Element | null) => (element?.closest("[lang]")?.getAttribute("lang") ?? lang) !== lang;
  const found: string[] = [];
  const { NodeFilter } = document.defaultView!;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    // Bibliographic entries and citation marks name the sources in their own words (titles, organisations);
    // a dated edition shows the words as they were published that day (components/markdown-body.tsx, FrozenHtml).
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, template, code, pre, svg title, li[id^="source-"], .source-mark, cite, [data-frozen]') || foreign(node.parentElement) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node.textContent ?? "");
  for (const element of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
    if (foreign(element) || element.closest('.source-mark, li[id^="source-"], [data-frozen]')) continue;
    // A link to a source is titled with the source's own title.
    const toSource = /(^|\/)sources#|^#source-/.test(element.getAttribute("href") ?? "");
    for (const name of ["aria-label", "title", "alt", "placeholder"]) if (element.hasAttribute(name) && !(toSource && name === "title")) found.push(element.getAttribute(name)!);
  }
  found.push(document.title);
  return found.map((text) => text.replace(/https?:\/\/\S+/g, ""));
}

describe("French typography", () => {
  it.each(FRENCH_ROUTES)("%s has no breakable space where French forbids one, and no straight apostrophe", (route) => {
    expect(pageTexts(route).map(findTypographyFault).filter(Boolean)).toEqual([]);
  });
});

/** Every English page, unknown addresses included: those get the English 404 page. */
describe("English typography", () => {
  it.each(ENGLISH_ROUTES)("%s has no space before : ; ? ! and no straight apostrophe", (route) => {
    expect(pageTexts(route).map(findEnglishTypographyFault).filter(Boolean)).toEqual([]);
  });
});

/**
 * The interface words of one language that the other never uses: the fixed parts of every message
 * (placeholders and tags cut out), a few words long, and absent from the other language's messages.
 */
function interfaceWords(locale: "fr" | "en"): string[] {
  const other = locale === "fr" ? "en" : "fr";
  const flatten = (value: unknown): string[] => (typeof value === "string" ? [value] : Object.values(value as object).flatMap(flatten));
  const otherText = flatten(MESSAGES[other]).join("\n");
  // The search field's placeholder gives example job titles, which profiles may quote in the other language.
  const fragments = flatten(MESSAGES[locale]).filter((message) => !/^(ex|e\.g)\. /.test(message)).flatMap((message) => message.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<[^>]*>|[:;?!«»“”()…,.]/));
  return [...new Set(fragments.map((fragment) => fragment.replace(/[\u00a0\u202f]/g, " ").trim()).filter((fragment) => fragment.split(" ").length >= 3 && !otherText.includes(fragment)))];
}

describe("no language mixed up", () => {
  const check = (route: string, words: string[]) => {
    const text = pageTexts(route).join(" \n ").replace(/[\u00a0\u202f]/g, " ");
    expect(words.filter((fragment) => text.includes(fragment))).toEqual([]);
  };
  it("finds interface words of each language to look for", () => {
    expect(interfaceWords("fr").length).toBeGreaterThan(20);
    expect(interfaceWords("en").length).toBeGreaterThan(20);
  });
  it.each(ENGLISH_ROUTES)("%s has no French interface words", (route) => check(route, interfaceWords("fr")));
  it.each(FRENCH_ROUTES)("%s has no English interface words", (route) => check(route, interfaceWords("en")));
});

const pageTexts = (route: string) => pages.get(route)!.texts;
const alternates = (route: string) => pages.get(route)!.alternates;

/** The page's `<link rel="alternate">` by hreflang, as paths. */
function alternatesOf(document: Document): Record<string, string> {
  const links = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((element) => [element.getAttribute("hreflang")!, element.getAttribute("href")!]);
  return Object.fromEntries(links.map(([lang, href]) => [lang, new URL(href).pathname + new URL(href).search]));
}

/** Pages whose own address is canonical (a comparison's is in alphabetical order). */
const canonical = (route: string) => !route.includes("inconnu") && !route.endsWith("x") && !route.includes("?") && !/\/compare\/([^/]+)\/([^/]+)$/.exec(route)?.slice(1).reduce((a, b) => (a > b ? "reversed" : ""));

describe("the two languages name each other", () => {
  it.each(ENGLISH_ROUTES.filter(canonical))("%s is in English and names its French page, which names it back", (route) => {
    const french = route.replace(/^\/en(?=\/|$)/, "") || "/";
    expect(pages.get(route)!.status).toBe(200);
    expect(pages.get(route)!.lang).toBe("en");
    expect(alternates(route)).toEqual({ fr: french, en: route, "x-default": french });
    expect(pages.get(french)!.lang).toBe("fr");
    expect(alternates(french).en).toBe(route);
  });
});
