/**
 * The embeddable cards and the oEmbed endpoint against the production server: a card shows in
 * another site's frame, a page of the site does not; the headers that decide it; the discovery
 * links of the pages and what their endpoint answers; the card's accessibility, without a script.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./browser";
import { sendRaw } from "./raw-http";
import { EMBED_ROUTES } from "./routes";
import { securityHeaderProblems } from "./security-headers";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

const CARD = "/embed/roles/community-manager";
const ROLE = "/roles/community-manager";

/**
 * Another site, on another origin: a page that frames whatever `?src=` names. A real server on
 * another port rather than a route fulfilled by the browser: Chromium refuses a frame of the local
 * server in a page it believes public (Local Network Access).
 */
const other = http.createServer((request, response) => {
  const src = new URL(request.url ?? "/", "http://x").searchParams.get("src") ?? "";
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(`<!doctype html><html lang="fr"><head><title>Un autre site</title></head><body><p>Un article.</p><iframe src="${src.replace(/"/g, "&quot;")}" width="480" height="400" title="Carte"></iframe></body></html>`);
});
let otherUrl = "";
/** The address the build was made with (SITE_URL), which the oEmbed endpoint expects pages on. */
let siteOrigin = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(await (await fetch(`${baseUrl}${ROLE}`)).text());
  siteOrigin = new URL(canonical![1]).origin;
});
afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

/** Frames `path` of the site in a page of the other origin; the frame's document once it has settled. */
async function framed(path: string) {
  const page = await browser().newPage();
  const settled = page.waitForEvent("requestfinished", (request) => request.url() === `${baseUrl}${path}`).catch(() => null);
  const failed = page.waitForEvent("requestfailed", (request) => request.url() === `${baseUrl}${path}`).catch(() => null);
  await page.goto(`${otherUrl}/?${new URLSearchParams({ src: `${baseUrl}${path}` })}`);
  await Promise.race([settled, failed]);
  await page.waitForLoadState("load");
  return page;
}

describe("frames on another site", () => {
  it("shows a card in another origin's iframe, its title visible", async () => {
    const page = await framed(CARD);
    const heading = page.frameLocator("iframe").getByRole("heading", { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toContain("Community Manager");
    expect(await page.frameLocator("iframe").getByRole("link").getAttribute("target")).toBe("_blank");
    await page.close();
  });

  it("refuses a role page in the same frame: nothing of the role shows", async () => {
    const page = await framed(ROLE);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame?.url()).not.toBe(`${baseUrl}${ROLE}`);
    expect(await page.frameLocator("iframe").getByRole("heading", { name: "Community Manager" }).count()).toBe(0);
    await page.close();
  });
});

describe("headers", () => {
  it.each(EMBED_ROUTES)("%s may be framed by any site, under a strict policy, and is cached as the pages are", async (path) => {
    const response = await sendRaw(baseUrl, { method: "GET", target: path });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["x-frame-options"]).toBeUndefined();
    const policy = String(response.headers["content-security-policy"]).split("; ");
    expect(policy).toEqual(expect.arrayContaining(["frame-ancestors *", "default-src 'none'", "base-uri 'none'", "form-action 'none'"]));
    expect(policy.join("; ")).not.toMatch(/script-src|'unsafe-eval'/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["cache-control"]).toBe("public, max-age=300, s-maxage=31536000");
  });

  it.each([ROLE, "/", "/en/roles/community-manager", "/oembed?url=x", "/embed", "/roles/community-manager/editions/2026-12-08"])("%s keeps frame-ancestors 'none' and X-Frame-Options: DENY", async (path) => {
    const response = await sendRaw(baseUrl, { method: "GET", target: path });
    expect(securityHeaderProblems((name) => response.headers[name]?.toString())).toEqual([]);
  });

  it.each([
    ["an unknown role", "/embed/roles/inconnu", 404, undefined],
    ["an unknown date", `${CARD}/editions/2020-01-01`, 404, undefined],
    ["a malformed date", `${CARD}/editions/%ZZ`, 404, undefined],
    ["a malformed slug", "/embed/roles/%ZZ", 404, undefined],
    ["an English edition that does not exist", "/en/embed/roles/inconnu/editions/2026-12-08", 404, undefined],
    ["another title", "/embed/roles/cm", 308, CARD],
    ["another title, English", "/en/embed/roles/cm/editions/2026-12-08", 308, "/en/embed/roles/community-manager/editions/2026-12-08"],
  ])("answers %s (%s) with %s, never a 5xx", async (_kind, target, status, location) => {
    const response = await sendRaw(baseUrl, { method: "GET", target });
    expect([response.status, response.headers.location]).toEqual([status, location]);
  });

  it("answers HEAD and refuses other methods on the cards and the endpoint", async () => {
    for (const target of [CARD, `/oembed?url=${encodeURIComponent(`${siteOrigin}${ROLE}`)}`]) {
      expect((await sendRaw(baseUrl, { method: "HEAD", target })).status, target).toBe(200);
      for (const method of ["POST", "PUT", "DELETE"]) {
        const response = await sendRaw(baseUrl, { method, target });
        expect([response.status, response.headers.allow], `${method} ${target}`).toEqual([405, "GET, HEAD"]);
      }
    }
  });
});

describe("oEmbed", () => {
  /** The discovery link of a page, fetched from this server (it names the address of the build). */
  async function discovered(path: string) {
    const html = await (await fetch(`${baseUrl}${path}`)).text();
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"\/?>/.exec(html);
    expect(link, path).not.toBeNull();
    const href = new URL(link![1].replace(/&amp;/g, "&"));
    expect(href.searchParams.get("format")).toBe("json");
    return { href, title: link![2], response: await fetch(`${baseUrl}${href.pathname}${href.search}`) };
  }

  it.each([
    [ROLE, CARD],
    ["/roles/community-manager/editions/2026-12-08", `${CARD}/editions/2026-12-08`],
    ["/en/roles/community-manager/editions/2026-12-08", `/en${CARD}/editions/2026-12-08`],
  ])("%s links its oEmbed answer, whose iframe is the card %s", async (path, card) => {
    const { href, response } = await discovered(path);
    expect(new URL(href.searchParams.get("url")!).pathname).toBe(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/^public, /);
    const body = await response.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich", width: 480 });
    const src = new URL(/<iframe src="([^"]+)"/.exec(body.html)![1]);
    expect(src.pathname).toBe(card);
    expect((await fetch(`${baseUrl}${src.pathname}`)).status).toBe(200);
  });

  it("answers 400, 404 and 501 in JSON", async () => {
    const page = encodeURIComponent(`${siteOrigin}${ROLE}`);
    for (const [query, status] of [["", 400], [`?url=${page}&maxwidth=0`, 400], [`?url=${page}&format=xml`, 501], [`?url=${encodeURIComponent("https://other.example/roles/community-manager")}`, 404], [`?url=${encodeURIComponent(`${siteOrigin}/roles/inconnu`)}`, 404], [`?url=${page}`, 200]] as const) {
      const response = await fetch(`${baseUrl}/oembed${query}`);
      expect(response.status, query).toBe(status);
      expect(response.headers.get("content-type"), query).toBe("application/json; charset=utf-8");
      const body = await response.json();
      expect(status === 200 ? body.type : typeof body.error, query).toBe(status === 200 ? "rich" : "string");
    }
  });
});

describe("the card itself", () => {
  it.each(EMBED_ROUTES)("%s has no script, in its HTML or once loaded", async (path) => {
    const html = await (await fetch(`${baseUrl}${path}`)).text();
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    const page = await browser().newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${baseUrl}${path}`);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(requests).toEqual([`${baseUrl}${path}`]);
    await page.close();
  });

  it.each([
    [CARD, "light"],
    [CARD, "dark"],
    [`/en${CARD}/editions/2026-12-08`, "light"],
  ] as const)("%s has no axe violation (WCAG 2.2 AA, %s scheme) at 320 px", async (path, colorScheme) => {
    const context = await browser().newContext({ viewport: { width: 320, height: 580 }, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});
