/**
 * What keeps a page light on a phone, in the browser: links that do not prefetch, sections out
 * of view that the browser may skip, and anchors from job ads that still land on their section.
 */
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

describe("links", () => {
  it("fetch no other page while a role page loads, and navigate without a full reload when followed", async () => {
    const context = await browser().newContext(PHONE);
    const page = await context.newPage();
    const routeFetches: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).searchParams.has("_rsc")) routeFetches.push(request.url());
    });
    await page.goto(`${baseUrl}/roles/community-manager`, { waitUntil: "load" });
    // Prefetching starts as links scroll into view: scroll through the whole page, then wait.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(1500);
    expect(routeFetches).toEqual([]);

    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole("navigation", { name: "Comparer avec…" }).getByRole("link", { name: "Social Media Manager" }).click();
    await page.waitForURL(`${baseUrl}/compare/community-manager/social-media-manager`);
    await page.getByRole("heading", { level: 1, name: "Community Manager ou Social Media Manager ?" }).waitFor();
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    expect(routeFetches.some((url) => url.includes("/compare/community-manager/social-media-manager"))).toBe(true);
    await context.close();
  });
});

describe("sections out of view", () => {
  it("are each a section the browser may skip until they come near the screen", async () => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}/roles/community-manager`);
    const sections = page.locator(".prose-role > section");
    expect(await sections.count()).toBeGreaterThanOrEqual(8);
    expect(await sections.evaluateAll((all) => all.map((section) => getComputedStyle(section).contentVisibility))).toEqual(
      Array.from({ length: await sections.count() }, () => "auto"),
    );
    expect(await sections.evaluateAll((all) => all.map((section) => section.firstElementChild?.tagName))).toEqual(
      Array.from({ length: await sections.count() }, () => "H2"),
    );
    await page.emulateMedia({ media: "print" });
    expect(await sections.first().evaluate((section) => getComputedStyle(section).contentVisibility)).toBe("visible");
    await page.close();
  });

  it.each(["competences", "indicateurs", "divergences", "roles-voisins"])("do not stop a job ad's link to #%s from landing on its heading", async (id) => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}/roles/community-manager#${id}`, { waitUntil: "load" });
    // Skipped sections above the target are laid out as the page settles: the heading must stay in view.
    await page.waitForTimeout(500);
    const top = await page.locator(`#${id}`).evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(120);
    await page.close();
  });

  it("are found by the browser's search and by the accessibility tree even when skipped", async () => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}/roles/community-manager`);
    await expect(page.getByRole("heading", { level: 2, name: "Rôles voisins" }).count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.body.innerText.includes("Rôles voisins"))).toBe(true);
    await page.close();
  });
});

describe("touch targets", () => {
  it.each(["/", "/roles/community-manager", "/compare/community-manager/social-media-manager"])("of the footer are at least 24 px high on a phone (%s)", async (path) => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}${path}`);
    const heights = await page.locator("footer a").evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(24);
    await page.close();
  });
});
