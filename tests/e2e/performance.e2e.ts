/**
 * What keeps a page light on a phone, in the browser: links that do not prefetch, anchors from
 * job ads that land on their section at once, touch targets a thumb can hit.
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

describe("anchors from job ads", () => {
  // content-visibility: auto on the sections was tried and dropped: with sections above the
  // target not yet laid out, a link to #competences could land 750 px away from its heading.
  it.each([
    [375, "competences"],
    [375, "divergences"],
    [375, "roles-voisins"],
    [375, "sources"],
    [375, "lier-ce-role"],
    [1280, "indicateurs"],
    [1280, "quand-recruter"],
  ])("land on their heading as soon as the page has loaded (%i px, #%s)", async (width, id) => {
    const page = await browser().newPage({ ...PHONE, viewport: { width, height: 740 }, isMobile: width < 768 });
    await page.goto(`${baseUrl}/roles/community-manager#${id}`, { waitUntil: "load" });
    const top = await page.locator(`#${id}`).evaluate((target) => target.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(120);
    await page.close();
  });
});

describe("touch targets", () => {
  it.each(["/", "/roles/community-manager", "/compare/community-manager/social-media-manager"])("of the footer are at least 24 px high on a phone (%s)", async (path) => {
    const page = await browser().newPage(PHONE);
    await page.goto(`${baseUrl}${path}`);
    const links = await page.locator("footer a").evaluateAll((links) => links.map((link) => ({ text: link.textContent, height: link.getBoundingClientRect().height })));
    expect(links.map(({ text }) => text)).toEqual(["Tous les rôles", "Comparer deux rôles", "Quel profil recruter\u202f?", "Sources", "Éditions", "Données (JSON)"]);
    for (const { text, height } of links) expect(height, text ?? "").toBeGreaterThanOrEqual(24);
    await page.close();
  });
});
