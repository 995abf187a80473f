import AxeBuilder from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { MESSAGES } from "../../lib/i18n/translate";
import { findEnglishTypographyFault, findTypographyFault } from "../../lib/typography";
import { sharedBrowser } from "./browser";
import { ENGLISH_ROUTES, FRENCH_ROUTES, PAGE_ROUTES } from "./routes";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

describe("a reader's path", () => {
  it("goes from the home page to a role page, then to a section by its anchor", async () => {
    const page = await browser().newPage();
    await page.goto(baseUrl);
    await page.getByRole("link", { name: "Community Manager", exact: true }).first().click();
    await page.waitForURL(`${baseUrl}/roles/community-manager`);
    expect(await page.locator("h1").count()).toBe(1);
    await expect.poll(() => page.locator("h1").textContent()).toContain("Community Manager");
    await page.getByRole("navigation", { name: "Sommaire" }).getByRole("link", { name: "Missions", exact: true }).click();
    await page.waitForURL(/#missions$/);
    expect(await page.locator("#missions").isVisible()).toBe(true);
    const top = await page.locator("#missions").evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
    await page.close();
  });

  it("lands on the section when the link of a job ad carries an anchor", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles/cm#competences`);
    expect(page.url()).toBe(`${baseUrl}/roles/community-manager#competences`);
    const top = await page.locator("#competences").evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(100);
    await page.close();
  });

  it("follows a redirect from another title to the canonical page", async () => {
    const page = await browser().newPage();
    const response = await page.goto(`${baseUrl}/roles/animatrice-de-communaute`);
    expect(page.url()).toBe(`${baseUrl}/roles/community-manager`);
    expect(response?.request().redirectedFrom()?.url()).toBe(`${baseUrl}/roles/animatrice-de-communaute`);
    await page.close();
  });

  it("answers 404 for an unknown role and suggests the nearest one", async () => {
    const page = await browser().newPage();
    const response = await page.goto(`${baseUrl}/roles/communty-manager`);
    expect(response?.status()).toBe(404);
    const suggestions = page.getByRole("region", { name: "Vouliez-vous dire…" });
    await expect.poll(() => suggestions.getByRole("link").allTextContents()).toEqual(["Community Manager"]);
    expect(await page.getByRole("region", { name: "Tous les rôles" }).getByRole("listitem").count()).toBe(loadContent("content").roles.length);
    await page.close();
  });

  it("finds a role by another title from the search form", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles`);
    await page.getByLabel("Intitulé de poste").fill("responsable réseaux sociaux");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/\/roles\?q=responsable/);
    const first = page.getByRole("region", { name: /rôle/ }).getByRole("article").first();
    expect(await first.getByRole("link").first().textContent()).toBe("Social Media Manager");
    expect(await first.textContent()).toContain("Responsable de réseaux sociaux");
    await page.close();
  });
});

describe("without JavaScript", () => {
  it("shows the whole role page and runs a search", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles/social-media-manager`);
    expect(await page.locator("h1").textContent()).toContain("Social Media Manager");
    expect(await page.locator("h2#missions").isVisible()).toBe(true);
    const listed = await page.locator('li[id^="source-"]').evaluateAll((items) => items.map((item) => item.id));
    // The sources of the role page itself, in the order of its citation marks (its sections' pages list theirs).
    const { role } = await (await fetch(`${baseUrl}/api/roles/social-media-manager`)).json();
    expect(listed).toEqual(role.pageSources.map((id: string) => `source-${id}`));
    expect(listed.length).toBeLessThan(role.sources.length);
    expect(listed).toContain("source-hajjar");
    await page.goto(`${baseUrl}/roles?q=ANIMATRICE+de+communaute`);
    expect(await page.getByRole("article").first().getByRole("link").first().textContent()).toBe("Community Manager");
    await context.close();
  });
});

describe("every route", () => {
  it.each(PAGE_ROUTES)("%s fits a 375 px phone without sideways scrolling", async (route) => {
    const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${baseUrl}${route}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });

  it.each(PAGE_ROUTES)("%s has no axe violation (WCAG 2.2 AA)", async (route) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}${route}`);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});

/**
 * The text a reader sees or hears in the page's own language: text nodes outside code, and the
 * attributes read aloud; what is marked as another language (a French title on an English page,
 * the language switch) is left out.
 */
async function pageTexts(route: string): Promise<string[]> {
  const page = await browser().newPage();
  await page.goto(`${baseUrl}${route}`);
  const texts = await page.evaluate(() => {
    const lang = document.documentElement.lang;
    const foreign = (element: Element | null) => (element?.closest("[lang]")?.getAttribute("lang") ?? lang) !== lang;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      // Bibliographic entries and citation marks name the sources in their own words (titles, organisations).
      acceptNode: (node) =>
        node.parentElement?.closest('script, style, code, pre, svg title, li[id^="source-"], .source-mark, cite') || foreign(node.parentElement) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node.textContent ?? "");
    for (const element of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
      if (foreign(element) || element.closest('.source-mark, li[id^="source-"]')) continue;
      // A link to a source is titled with the source's own title.
      const toSource = /(^|\/)sources#|^#source-/.test(element.getAttribute("href") ?? "");
      for (const name of ["aria-label", "title", "alt", "placeholder"]) if (element.hasAttribute(name) && !(toSource && name === "title")) found.push(element.getAttribute(name)!);
    }
    found.push(document.title);
    return found;
  });
  await page.close();
  return texts.map((text) => text.replace(/https?:\/\/\S+/g, ""));
}

describe("French typography", () => {
  it.each(FRENCH_ROUTES)("%s has no breakable space where French forbids one, and no straight apostrophe", async (route) => {
    expect((await pageTexts(route)).map(findTypographyFault).filter(Boolean)).toEqual([]);
  });
});

/** Every English page, unknown addresses included: those get the English 404 page. */
describe("English typography", () => {
  it.each(ENGLISH_ROUTES)("%s has no space before : ; ? ! and no straight apostrophe", async (route) => {
    expect((await pageTexts(route)).map(findEnglishTypographyFault).filter(Boolean)).toEqual([]);
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
  const check = (route: string, words: string[]) => async () => {
    const text = (await pageTexts(route)).join(" \n ").replace(/[\u00a0\u202f]/g, " ");
    expect(words.filter((fragment) => text.includes(fragment))).toEqual([]);
  };
  it.each(ENGLISH_ROUTES)("%s has no French interface words", (route) => check(route, interfaceWords("fr"))());
  it.each(FRENCH_ROUTES)("%s has no English interface words", (route) => check(route, interfaceWords("en"))());
});
