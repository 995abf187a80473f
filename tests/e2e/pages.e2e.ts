import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./browser";
import { DARK_ROUTES, ENGLISH_KIND_ROUTES, KIND_ROUTES, PAGE_ROUTES } from "./routes";
import { realContent } from "../support/content";

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
    expect(await page.getByRole("region", { name: "Tous les rôles" }).getByRole("listitem").count()).toBe(realContent().roles.length);
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
    expect(listed).toContain("source-rome-e1124");
    await page.goto(`${baseUrl}/roles?q=ANIMATRICE+de+communaute`);
    expect(await page.getByRole("article").first().getByRole("link").first().textContent()).toBe("Community Manager");
    await context.close();
  });
});

/** Layout depends on the content: every page is measured on a phone, in one tab that goes from page to page. */
describe("every route on a 375 px phone", () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser().newPage({ viewport: { width: 375, height: 800 } });
  });

  it.each(PAGE_ROUTES)("%s fits without sideways scrolling", async (route) => {
    await page.goto(`${baseUrl}${route}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});

/**
 * Accessibility is decided by a page's template: axe checks one page of each kind, in French and
 * in English (the same templates, other words), at 1280 px. The dark scheme changes only colours:
 * it is checked for contrast on the kinds whose components differ most.
 */
type AxeCase = [route: string, scheme: "light" | "dark", rules: "all" | "color-contrast"];
const AXE_CASES: AxeCase[] = [
  ...KIND_ROUTES.map((route): AxeCase => [route, "light", "all"]),
  ...ENGLISH_KIND_ROUTES.map((route): AxeCase => [route, "light", "all"]),
  ...DARK_ROUTES.map((route): AxeCase => [route, "dark", "color-contrast"]),
];

describe("every kind of page", () => {
  it.each(AXE_CASES)("%s has no axe violation (WCAG 2.2 AA, %s scheme, rules: %s)", async (route, colorScheme, rules) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${route}`);
    const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]);
    const results = await (rules === "all" ? builder : builder.withRules([rules])).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});
