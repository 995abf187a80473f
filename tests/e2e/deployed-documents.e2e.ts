/**
 * The document pages as deploy/nginx.conf serves them from .next/static-site: no Next.js runtime,
 * no React payload, the site's own script (components/enhance.ts) for their few behaviours. The
 * behaviours are tested here in Chromium, with the accessible names the other tests use under
 * `next start`. Skipped when nginx is not installed, like tests/e2e/nginx.e2e.ts.
 */
import zlib from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findNginx, startCachingProxy, type Nginx } from "../../scripts/support/nginx";
import { ensureStaticSite, SITE_SCRIPT_BROTLI_BUDGET } from "../../scripts/support/static-site";
import { contextWithRefusedClipboard, sharedBrowser } from "./browser";
import { sendRaw } from "./raw-http";

const appUrl = inject("baseUrl");
const browser = sharedBrowser();
const nginxBinary = findNginx();
let nginx: Nginx | undefined;
let siteUrl = "";

beforeAll(async () => {
  if (!nginxBinary) return;
  nginx = await startCachingProxy(nginxBinary, "deploy/nginx.conf", appUrl, { site: ensureStaticSite(".") });
  siteUrl = nginx.url;
});

afterAll(async () => {
  await nginx?.stop();
});

const PANEL = "Lier ce rôle dans une offre d’emploi";

describe.skipIf(!nginxBinary)("document pages served by nginx, without Next.js in the browser", () => {
  it("sends a role page with no Next.js chunk, no React payload, and at most 10 kB of JavaScript in brotli", async () => {
    const page = await sendRaw(siteUrl, { method: "GET", target: "/roles/community-manager", headers: { "accept-encoding": "br" } });
    expect(page.headers["content-encoding"]).toBe("br");
    const html = zlib.brotliDecompressSync(page.bytes).toString("utf8");
    expect(html).not.toContain("/_next/static/chunks");
    expect(html).not.toContain("self.__next_f");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes));
    let bytes = 0;
    for (const [, attributes, code] of scripts) {
      const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
      if (!src) {
        bytes += zlib.brotliCompressSync(code).length;
        continue;
      }
      const file = await sendRaw(siteUrl, { method: "GET", target: src, headers: { "accept-encoding": "br" } });
      expect([src, file.status, file.headers["content-encoding"]]).toEqual([src, 200, "br"]);
      bytes += file.bytes.length;
    }
    expect(scripts.length).toBe(1);
    expect(bytes).toBeLessThanOrEqual(SITE_SCRIPT_BROTLI_BUDGET);
  });

  it("copies the link of the chosen section, at the page's own address", async () => {
    const context = await browser().newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: siteUrl });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/roles/social-media-manager`);
    const panel = page.getByRole("region", { name: PANEL });
    await panel.getByLabel("Partie de la page à lier").selectOption("competences");
    expect(await panel.getByLabel("Adresse seule").inputValue()).toBe(`${siteUrl}/roles/social-media-manager#competences`);
    await panel.getByRole("button", { name: /Copier.*lien markdown/ }).click();
    await expect.poll(() => panel.getByRole("status").textContent()).toContain("copié");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[Social Media Manager\u00a0: compétences](${siteUrl}/roles/social-media-manager#competences)`);
    expect(await panel.getByRole("list", { name: "L’adresse de chaque partie" }).textContent()).toContain(`${siteUrl}/roles/social-media-manager#missions`);
    await context.close();
  });

  it("selects the text for a manual copy when the clipboard is refused", async () => {
    const context = await contextWithRefusedClipboard(browser());
    const page = await context.newPage();
    await page.goto(`${siteUrl}/roles/community-manager`);
    const panel = page.getByRole("region", { name: PANEL });
    await panel.getByRole("button", { name: /Copier.*adresse seule/ }).click();
    await expect.poll(() => panel.getByRole("status").textContent()).toContain("le texte est sélectionné");
    const field = panel.getByLabel("Adresse seule");
    expect(await field.evaluate((element: HTMLTextAreaElement) => [document.activeElement === element, element.value.slice(element.selectionStart, element.selectionEnd)])).toEqual([true, `${siteUrl}/roles/community-manager`]);
    await context.close();
  });

  it("shows the buttons before the site's script has run, which then changes nothing outside the link panel", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    // The site's script held back until the page is there.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/site/*.js", async (route) => {
      await held;
      await route.continue();
    });
    // Waiting on the script (`defer`), the page has no DOMContentLoaded yet: only its first bytes are awaited.
    await page.goto(`${siteUrl}/roles/community-manager`, { waitUntil: "commit" });
    const panel = page.getByRole("region", { name: PANEL });
    await panel.getByRole("button", { name: /Copier.*adresse seule/ }).waitFor({ state: "visible" });
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-enhanced"))).toBe(false);
    expect(await panel.getByLabel("Partie de la page à lier").isVisible()).toBe(true);
    await page.evaluate(() => {
      const seen: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          if (!target?.closest("[data-link-panel]")) seen.push(`${record.type} ${target?.tagName} ${record.attributeName ?? ""}`.trim());
        }
      });
      observer.observe(document, { attributes: true, childList: true, characterData: true, subtree: true });
      Object.assign(window, { stopWatching: () => (observer.disconnect(), seen) });
    });
    release();
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-enhanced"));
    expect(await page.evaluate(() => (window as unknown as { stopWatching: () => string[] }).stopWatching())).toEqual(["attributes HTML data-enhanced"]);
    // The panel's links, made again at the address the page is served at (SITE_URL in the HTML may differ).
    expect(await panel.getByLabel("Adresse seule").inputValue()).toBe(`${siteUrl}/roles/community-manager`);
    await context.close();
  });

  it("hides the buttons and the section choice without JavaScript, and keeps every link to select", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/roles/community-manager`);
    const panel = page.getByRole("region", { name: PANEL });
    expect(await panel.getByRole("button").count()).toBe(0);
    expect(await panel.getByLabel("Partie de la page à lier").isVisible()).toBe(false);
    expect(await panel.getByLabel("Adresse seule").inputValue()).toMatch(/\/roles\/community-manager$/);
    await context.close();
  });

  it("switches language on the same page, keeping the section's anchor", async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/roles/community-manager#missions`);
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await page.waitForURL(`${siteUrl}/en/roles/community-manager#missions`);
    expect(await page.locator("h2#missions").isVisible()).toBe(true);
    await page.getByRole("link", { name: "Lire cette page en français" }).click();
    await page.waitForURL(`${siteUrl}/roles/community-manager#missions`);
    await page.close();
  });

  it("goes from the home page's form straight to the comparison", async () => {
    const page = await browser().newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));
    await page.goto(`${siteUrl}/`);
    await page.getByLabel("Second rôle").selectOption("social-media-manager");
    await page.getByRole("button", { name: "Comparer" }).click();
    await page.waitForURL(`${siteUrl}/compare/community-manager/social-media-manager`);
    expect(requests.some((request) => request.startsWith("/compare?"))).toBe(false);
    await page.close();
  });

  it("looks the same with the rules kept in the page as with the whole stylesheet (375 px, and printed)", async () => {
    const target = "/roles/community-manager";
    const served = zlib.brotliDecompressSync((await sendRaw(siteUrl, { method: "GET", target, headers: { "accept-encoding": "br" } })).bytes).toString("utf8");
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec((await sendRaw(appUrl, { method: "GET", target })).body)![1];
    const stylesheet = (await sendRaw(appUrl, { method: "GET", target: href })).body;
    expect(served.length).toBeLessThan(served.replace(/<style>[\s\S]*?<\/style>/, () => `<style>${stylesheet}</style>`).length);
    // In a browser that runs scripts (the buttons shown: `@media (scripting: none)` does not apply), without running the site's.
    const versions = [served, served.replace(/<style>[\s\S]*?<\/style>/, () => `<style>${stylesheet}</style>`)].map((html) => html.replace(/<script src="[^"]+" defer=""><\/script>/, ""));
    expect(versions[0]).not.toMatch(/<script src=/);
    for (const [width, colorScheme, media] of [[375, "light", "screen"], [800, "light", "print"]] as const) {
      const shots: Buffer[] = [];
      for (const html of versions) {
        const context = await browser().newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.emulateMedia({ media });
        await page.goto(`${siteUrl}/robots.txt`);
        await page.setContent(html, { waitUntil: "load" });
        shots.push(await page.screenshot({ fullPage: true }));
        await context.close();
      }
      expect(shots[0].equals(shots[1]), `${width} px, ${colorScheme}, ${media}`).toBe(true);
    }
  });

  it("has no axe violation on a role page once its script has run", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}/roles/community-manager`);
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-enhanced"))).toBe(true);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});
