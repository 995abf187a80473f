import AxeBuilder from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const pairUrl = `${baseUrl}/compare/community-manager/social-media-manager`;
const browser = sharedBrowser();

describe("comparison picker", () => {
  it.each([true, false])("compares CM and SMM from the home page in two clicks (JavaScript %s)", async (javaScriptEnabled) => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByLabel("Second rôle").selectOption("social-media-manager");
    await page.getByRole("button", { name: "Comparer" }).click();
    await page.waitForURL(pairUrl);
    expect(await page.locator("h1").textContent()).toBe("Community Manager ou Social Media Manager\u202f?");
    expect(await page.getByRole("columnheader").allTextContents()).toEqual(["Community Manager", "Social Media Manager"]);
    await context.close();
  });
});

describe("comparison page", () => {
  it("is a table with row headers, shared and specific items, and a canonical URL in one order", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/compare/social-media-manager/community-manager`);
    expect(await page.getByRole("columnheader").allTextContents()).toEqual(["Social Media Manager", "Community Manager"]);
    expect(await page.locator("table > tbody").count()).toBe(11);
    expect(await page.getByRole("rowheader").count()).toBeGreaterThan(11);
    expect(await page.getByText(/En commun aux deux/).count()).toBeGreaterThan(0);
    expect(await page.getByText(/Propre au (CM|SMM)/).count()).toBeGreaterThan(0);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/compare\/community-manager\/social-media-manager$/);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toContain("Social Media Manager ou Community Manager");
    await page.getByRole("link", { name: "Inverser l’ordre" }).click();
    await page.waitForURL(pairUrl);
    await page.close();
  });

  it.each([
    ["/compare/CM/smm", "/compare/community-manager/social-media-manager"],
    ["/compare/animatrice-de-communaute/responsable-de-reseaux-sociaux", "/compare/community-manager/social-media-manager"],
    ["/compare/cm/community-manager", "/roles/community-manager"],
    ["/compare?a=content-manager&b=smm", "/compare/content-manager/social-media-manager"],
  ])("%s answers 308 to %s", async (from, to) => {
    const response = await fetch(`${baseUrl}${from}`, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location")!, baseUrl).pathname).toBe(to);
  });

  it("answers 404 with a suggestion for an unknown or mistyped role", async () => {
    const page = await browser().newPage();
    const response = await page.goto(`${baseUrl}/compare/community-manager/socal-media-manager`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole("region", { name: "Vouliez-vous dire…" }).getByRole("link").allTextContents()).toContain("Social Media Manager");
    await page.close();
  });

  it("stacks on a 375 px phone: row header across the width, the two roles side by side, no sideways scrolling", async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(pairUrl);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const table = await page.locator("table").boundingBox();
    const header = await page.getByRole("rowheader").first().boundingBox();
    const cells = await page.getByRole("row").nth(1).getByRole("cell").evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()));
    expect(header!.width).toBeGreaterThan(table!.width - 2);
    expect(cells).toHaveLength(2);
    expect(cells[0].top).toBe(cells[1].top);
    expect(cells[0].width).toBeGreaterThan(140);
    await page.close();
  });

  it("lets the keyboard reach every link of the table", async () => {
    const page = await browser().newPage();
    await page.goto(pairUrl);
    const links = await page.locator("table a").count();
    const reached = new Set<string>();
    for (let press = 0; press < links + 40; press++) {
      await page.keyboard.press("Tab");
      const inTable = await page.evaluate(() => (document.activeElement?.closest("table") ? document.activeElement.outerHTML : null));
      if (inTable) reached.add(inTable);
    }
    expect(reached.size).toBe(new Set(await page.locator("table a").evaluateAll((elements) => elements.map((element) => element.outerHTML))).size);
    await page.close();
  });

  it("has no axe violation on a phone either", async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(pairUrl);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});

describe("role pages", () => {
  it("offer « Comparer avec … » links to the other roles", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles/content-manager`);
    const links = page.getByRole("navigation", { name: "Comparer avec…" }).getByRole("link");
    expect(await links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href")))).toEqual([
      "/compare/content-manager/community-manager",
      "/compare/content-manager/social-media-manager",
    ]);
    await page.close();
  });
});
