/**
 * deploy/nginx.conf in front of the production server: the pages and assets it serves from the
 * build's files, what it caches, what it forwards, and that the security headers survive. Runs
 * Debian's nginx as a child process, on a free port, with a temporary prefix; skipped when nginx
 * is not installed (`apt-get install -y nginx libnginx-mod-http-brotli-static`).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_BODY_BYTES, TOO_LONG_MESSAGE } from "@/lib/analyse/limits";
import { REDIRECT_CACHE_CONTROL } from "@/lib/cache-control";
import { refusalPage } from "@/lib/http-guard";
import { securityHeaders } from "@/lib/security-headers";
import { sharedBrowser } from "./browser";
import { findNginx, startCachingProxy, type Nginx } from "../../scripts/support/nginx";
import { bundleSiteScript, ensureStaticSite, pageForNginx, servablePages } from "../../scripts/support/static-site";
import { sendRaw, type RawRequest, type RawResponse } from "./raw-http";
import { securityHeaderProblems } from "./security-headers";

const CONFIG = "deploy/nginx.conf";
const appUrl = inject("baseUrl");
const prerendered = servablePages(JSON.parse(fs.readFileSync(path.join(".next", "prerender-manifest.json"), "utf8")));

let nginx: Nginx | undefined;
let proxyUrl = "";

const nginxBinary = findNginx();
const browser = sharedBrowser();
/** What nginx should send for a page: Next.js's HTML with its stylesheets inlined, without its runtime, with the site's script (scripts/support/static-site.ts). */
const readAsset = (href: string) => fs.readFileSync(path.join(".next", "static", href.slice("/_next/static/".length)), "utf8");
const siteScript = bundleSiteScript(".");

beforeAll(async () => {
  if (!nginxBinary) return;
  nginx = await startCachingProxy(nginxBinary, CONFIG, appUrl, { site: ensureStaticSite(".") });
  proxyUrl = nginx.url;
});

afterAll(async () => {
  await nginx?.stop();
});

const through = (target: string, request: Partial<RawRequest> = {}) => sendRaw(proxyUrl, { method: "GET", target, ...request });
const cacheStatus = (response: RawResponse) => response.headers["x-cache-status"];
const count = (response: RawResponse, name: string) => response.rawHeaders.filter((header, index) => index % 2 === 0 && header.toLowerCase() === name).length;
/** The body as sent before compression. */
function decoded(response: RawResponse): string {
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return zlib.brotliDecompressSync(response.bytes).toString("utf8");
  if (encoding === "gzip") return zlib.gunzipSync(response.bytes).toString("utf8");
  expect(encoding).toBeUndefined();
  return response.body;
}
/** A Vary header's names, lower case, whether sent in one header or several. */
const varyNames = (response: RawResponse) =>
  new Set(
    response.rawHeaders
      .filter((_, index) => index % 2 === 1 && response.rawHeaders[index - 1].toLowerCase() === "vary")
      .flatMap((value) => value.split(","))
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );

describe.skipIf(!nginxBinary)("deploy/nginx.conf: files of the build", () => {
  it("has a file for every page the build prerendered with the page Cache-Control, and finds them in the manifest", () => {
    expect(prerendered).toEqual(expect.arrayContaining(["/", "/roles", "/roles/community-manager", "/roles/community-manager/competences", "/compare", "/compare/community-manager/content-manager", "/sources", "/en/sources"]));
    expect(prerendered).not.toContain("/guide");
    expect(prerendered.some((route) => route.startsWith("/_"))).toBe(false);
  });

  it.each(["br", "gzip", ""])("serves every prerendered page from its file (Accept-Encoding: %s), as Next.js sends it", async (encoding) => {
    for (const target of prerendered) {
      const headers = encoding ? { "accept-encoding": encoding } : undefined;
      const [file, app] = await Promise.all([through(target, { headers }), sendRaw(appUrl, { method: "GET", target })]);
      expect([target, file.status, cacheStatus(file)]).toEqual([target, 200, undefined]);
      expect(file.headers["content-encoding"]).toBe(encoding || undefined);
      expect(decoded(file), target).toBe(pageForNginx(app.body, readAsset, siteScript));
      for (const name of ["content-type", "cache-control"]) expect(file.headers[name], `${target} ${name}`).toBe(app.headers[name]);
      expect([...varyNames(file)].sort(), target).toEqual([...varyNames(app)].sort());
      for (const { key, value } of securityHeaders) expect(file.headers[key.toLowerCase()], `${target} ${key}`).toBe(value);
    }
  });

  it("serves the assets under /_next/static from files, precompressed, with the application's headers", async () => {
    const asset = /\/_next\/static\/chunks\/[^"'\s]+\.js/.exec((await sendRaw(appUrl, { method: "GET", target: "/" })).body)?.[0];
    expect(asset).toBeTruthy();
    const [file, app] = await Promise.all([through(asset!, { headers: { "accept-encoding": "br" } }), sendRaw(appUrl, { method: "GET", target: asset! })]);
    expect([file.status, cacheStatus(file), file.headers["content-encoding"]]).toEqual([200, undefined, "br"]);
    expect(decoded(file)).toBe(app.body);
    expect(file.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(file.headers["content-type"]).toMatch(/^application\/javascript; charset=utf-8$/i);
    expect((await through("/_next/static/chunks/absent.js")).status).toBe(404);
    // The site's own script, which only the files have.
    const script = await through(siteScript.href, { headers: { "accept-encoding": "br" } });
    expect([script.status, script.headers["content-encoding"], script.headers["cache-control"]]).toEqual([200, "br", "public, max-age=31536000, immutable"]);
    expect(decoded(script)).toBe(siteScript.code);
  });

  it("inlines the stylesheets of every page in place of their links, the rules it may use, for the screen and for print", async () => {
    for (const target of prerendered) {
      const app = await sendRaw(appUrl, { method: "GET", target });
      const hrefs = [...app.body.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g)].map((match) => match[1]);
      expect(hrefs.length, target).toBeGreaterThan(0);
      const html = decoded(await through(target, { headers: { "accept-encoding": "br" } }));
      expect(html, target).not.toMatch(/<link[^>]*rel="stylesheet"/);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
      expect(styles.length, target).toBe(hrefs.length);
      hrefs.forEach((href, index) => {
        expect(styles[index].length, target).toBeLessThan(readAsset(href).length);
        expect(styles[index], target).toMatch(/^@layer properties\{[\s\S]*@media print\{/);
      });
    }
  });

  it("serves every page without Next.js's runtime or React payload: the site's script is its only one", async () => {
    for (const target of prerendered) {
      const app = await sendRaw(appUrl, { method: "GET", target });
      expect(app.body, target).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js" async="">/);
      const html = decoded(await through(target, { headers: { "accept-encoding": "br" } }));
      expect(html, target).not.toContain("/_next/static/chunks/");
      expect(html, target).not.toContain("self.__next_f");
      expect([...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes('type="application/ld+json"')), target).toEqual([`<script src="${siteScript.href}" defer="">`]);
    }
  });

  it("renders a page styled from the inline CSS, requests no stylesheet and only the site's script, and navigates without errors", async () => {
    const page = await browser().newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const requested: string[] = [];
    page.on("request", (request) => {
      if (["stylesheet", "script"].includes(request.resourceType())) requested.push(new URL(request.url()).pathname);
    });
    try {
      await page.goto(`${proxyUrl}/roles/community-manager`, { waitUntil: "networkidle" });
      // Tailwind's preflight and the site's theme: no margin on body, the page in a flex column.
      expect(await page.evaluate(() => [getComputedStyle(document.body).margin, getComputedStyle(document.body).display])).toEqual(["0px", "flex"]);
      expect(requested).toEqual([siteScript.href]);
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-enhanced"))).toBe(true);
      await page.getByRole("link", { name: "Rôles", exact: true }).first().click();
      await page.waitForURL(`${proxyUrl}/roles`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe("flex");
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("runs every kind of page it serves under a policy that allows only that page's inline scripts, with no violation", async () => {
    const kinds = [...new Map(prerendered.map((route) => [route.replace(/[a-z0-9-]+/g, "x"), route])).values()];
    expect(kinds.length).toBeGreaterThan(4);
    for (const route of kinds) {
      const page = await browser().newPage();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || /Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (event) => console.error(`violation ${event.violatedDirective} ${event.blockedURI}`)));
      await page.goto(`${proxyUrl}${route}`, { waitUntil: "networkidle" });
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"), route).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
      // The site's script ran under that policy.
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-enhanced")), route).toBe(true);
      expect(problems, route).toEqual([]);
      await page.close();
    }
  });

  it("answers HEAD from the file, without a body", async () => {
    const response = await through("/roles/community-manager", { method: "HEAD" });
    expect([response.status, response.body, cacheStatus(response)]).toEqual([200, "", undefined]);
  });

  it.each<[string, string, number, string | undefined]>([
    ["an alias slug", "/roles/gestionnaire-de-communaute", 308, "/roles/community-manager"],
    ["a slug in upper case", "/roles/COMMUNITY-MANAGER", 308, "/roles/community-manager"],
    ["a trailing slash", "/roles/community-manager/", 308, "/roles/community-manager"],
    ["a percent-encoded slug", "/roles/community%2Dmanager", 308, "/roles/community-manager"],
    ["the comparison form", "/compare?a=social-media-manager&b=community-manager", 308, "/compare/social-media-manager/community-manager"],
    ["an unknown slug", "/roles/inconnu", 404, undefined],
    ["a file name", "/roles/community-manager.html", 404, undefined],
    ["the home page's file name", "/home", 404, undefined],
    ["an unknown pair", "/compare/community-manager/inconnu", 404, undefined],
  ])("leaves %s to Next.js: the same status and location", async (_kind, target, status, location) => {
    const [response, app] = await Promise.all([through(target), sendRaw(appUrl, { method: "GET", target })]);
    expect([response.status, response.headers.location]).toEqual([status, location]);
    expect([app.status, app.headers.location]).toEqual([status, location]);
    expect(cacheStatus(response)).toBeDefined();
  });

  it.each(["/roles/community-manager?_rsc", "/roles/community-manager?_rsc=wrong", "/roles/community-manager"])(
    "leaves the React Server Components request %s to Next.js, which checks its _rsc, and caches the answer",
    async (target) => {
      const headers = { rsc: "1" };
      const app = await sendRaw(appUrl, { method: "GET", target, headers });
      const first = await through(target, { headers });
      const second = await through(target, { headers });
      expect(cacheStatus(first)).toBeDefined();
      expect(cacheStatus(second)).toBe("HIT");
      for (const response of [first, second]) {
        expect([response.status, response.headers["content-type"], response.headers.location]).toEqual([app.status, app.headers["content-type"], app.headers.location]);
        expect(response.body).toBe(app.body);
      }
    },
  );
});

describe.skipIf(!nginxBinary)("deploy/nginx.conf: cache", () => {
  it.each(["/api/roles", "/guide", "/roles/community-manager?utm_source=offre"])("caches %s: MISS, then HIT with the same body", async (target) => {
    const first = await through(target);
    const second = await through(target);
    expect([first.status, cacheStatus(first)]).toEqual([200, "MISS"]);
    expect([second.status, cacheStatus(second)]).toEqual([200, "HIT"]);
    expect(second.body).toBe(first.body);
    expect(second.body).toBe((await sendRaw(appUrl, { method: "GET", target })).body);
  });

  it.each([
    ["a 404", "/roles/inconnu", 404],
    ["a search", "/roles?q=animatrice", 200],
    ["the search page", "/recherche?q=cm", 200],
    ["the sitemap", "/sitemap.xml", 200],
  ])("forwards %s without caching it", async (_kind, target, status) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await through(target);
      expect(response.status).toBe(status);
      expect(cacheStatus(response)).not.toBe("HIT");
    }
  });

  it("caches a redirect for a while, location and all: ten minutes, as the application says", async () => {
    const first = await through("/roles/cm");
    const second = await through("/roles/cm");
    expect([first.status, cacheStatus(first)]).toEqual([308, "MISS"]);
    expect([second.status, cacheStatus(second)]).toEqual([308, "HIT"]);
    expect(second.headers.location).toBe("/roles/community-manager");
    expect(first.headers["cache-control"]).toBe(REDIRECT_CACHE_CONTROL);
  });

  it("passes the form without JavaScript through on its own port, and again from the result page with a long ad", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${proxyUrl}/verifier-une-offre`);
    const ad = `Community Manager (H/F)\n${"Animer la communauté sur Instagram, modérer les échanges et répondre aux messages. ".repeat(60)}`;
    expect(ad.length).toBeGreaterThan(5_000);
    for (const round of [1, 2]) {
      await page.getByLabel("Texte de l’offre").fill(ad);
      const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.request().method() === "POST"), page.getByRole("button", { name: "Analyser l’offre" }).click()]);
      expect(response.status(), `envoi ${round}`).toBe(200);
      await page.waitForLoadState();
      expect(await page.getByRole("region", { name: "Résultat de l’analyse" }).textContent(), `envoi ${round}`).toContain("Community Manager");
    }
    await context.close();
  });

  it.each([true, false])("passes the writer's form through on its own port (JavaScript %s)", async (javaScriptEnabled) => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${proxyUrl}/rediger-une-offre?role=community-manager`);
    await page.getByRole("button", { name: "Rédiger l’offre" }).click();
    await page.waitForURL(/envoye=1/);
    expect(await page.getByLabel("Texte brut").inputValue()).toMatch(/\/roles\/community-manager#[a-z-]+$/);
    await context.close();
  });

  it("answers a body over the limit as the application does: the API's JSON, the form's French page", async () => {
    const body = "x".repeat(MAX_BODY_BYTES + 1);
    const api = await through("/api/analyse", { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(api.status).toBe(413);
    expect(api.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(api.body)).toEqual({ error: TOO_LONG_MESSAGE });
    const form = await through("/verifier-une-offre", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body });
    expect(form.status).toBe(413);
    expect(form.headers["content-type"]).toMatch(/^text\/html/);
    expect(form.body).toBe(refusalPage(TOO_LONG_MESSAGE));
    expect(securityHeaderProblems((name) => form.headers[name]?.toString())).toEqual([]);
  });

  it.each<[string, string, Partial<RawRequest>, number]>([
    ["a cached page", "/roles/content-manager", {}, 200],
    ["a redirect", "/roles/smm", {}, 308],
    ["a 404", "/roles/inconnu", {}, 404],
    ["a search", "/roles?q=cm", {}, 200],
    ["JSON", "/api/roles/community-manager", {}, 200],
    ["the application's 405", "/roles/community-manager", { method: "PUT" }, 405],
    ["nginx's own 405", "/roles/community-manager", { method: "TRACE" }, 405],
    ["the application's 414", `/${"a".repeat(5000)}`, {}, 414],
    ["nginx's own 414", `/${"a".repeat(9000)}`, {}, 414],
  ])("keeps the security headers on %s, once each", async (_kind, target, request, status) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await through(target, request);
      expect(response.status).toBe(status);
      expect(securityHeaderProblems((name) => response.headers[name]?.toString())).toEqual([]);
      for (const { key } of securityHeaders) expect(count(response, key.toLowerCase()), key).toBe(1);
    }
  });

  it("lets any site frame a card, and no site a page, whether it answers from its cache or not", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const card = await through("/embed/roles/community-manager");
      expect([card.status, card.headers["x-frame-options"], count(card, "content-security-policy")]).toEqual([200, undefined, 1]);
      expect(card.headers["content-security-policy"]).toContain("frame-ancestors *");
      if (attempt === 1) expect(cacheStatus(card)).toBe("HIT");
      for (const target of ["/roles/community-manager", "/en/roles/community-manager", "/oembed?url=x"]) {
        const page = await through(target);
        expect([target, page.headers["x-frame-options"], count(page, "x-frame-options")]).toEqual([target, "DENY", 1]);
        expect(page.headers["content-security-policy"], target).toContain("frame-ancestors 'none'");
      }
    }
  });

  it("uses the application's security headers for its own answers, word for word", async () => {
    const own = await through(`/${"a".repeat(9000)}`);
    for (const { key, value } of securityHeaders) expect(own.headers[key.toLowerCase()], key).toBe(value);
  });

  it("compresses what it forwards, and does not tell its version", async () => {
    const response = await through("/api/roles/social-media-manager", { headers: { "accept-encoding": "gzip" } });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.server).toBe("nginx");
  });
});
