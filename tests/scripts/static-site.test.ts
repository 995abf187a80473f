/** Which prerendered pages deploy/nginx.conf serves from files, and where they go in the tree. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { bundleSiteScript, pageFile, pageForNginx, precompress, servablePages, SITE_SCRIPT_BROTLI_BUDGET } from "../../scripts/support/static-site";

describe("servablePages", () => {
  it("keeps the 200 pages sent with the page Cache-Control, whatever their slugs, and nothing else", () => {
    const routes = {
      "/": { routeType: "page" },
      "/roles": { routeType: "page" },
      "/roles/any-new-role": { routeType: "page" },
      "/compare": { routeType: "page" },
      "/compare/a-role/another-role": { routeType: "page" },
      "/guide": { routeType: "page" },
      "/_not-found": { routeType: "page", initialStatus: 404 },
      "/_global-error": { routeType: "page" },
      "/api/roles": { routeType: "route" },
      "/roles/a/b": { routeType: "page" },
      "/roles/a/b/c": { routeType: "page" },
      "/sources": { routeType: "page" },
      "/sitemap.xml": { routeType: "route" },
    };
    expect(servablePages({ routes })).toEqual(["/", "/compare", "/compare/a-role/another-role", "/roles", "/roles/a/b", "/roles/any-new-role", "/sources"]);
  });

  it("puts the home page outside pages/, where no address leads to it", () => {
    expect(pageFile("/")).toBe("home.html");
    expect(pageFile("/roles")).toBe(path.join("pages", "roles.html"));
    expect(pageFile("/compare/a/b")).toBe(path.join("pages", "compare", "a", "b.html"));
  });
});

describe("precompress", () => {
  let dir = "";
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes .gz and .br copies that decompress to the file, and skips other types", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "static-site-"));
    const html = path.join(dir, "page.html");
    const image = path.join(dir, "picture.png");
    fs.writeFileSync(html, "<p>Community Manager</p>".repeat(100));
    fs.writeFileSync(image, "png".repeat(100));
    precompress(html);
    precompress(image);
    expect(zlib.gunzipSync(fs.readFileSync(`${html}.gz`)).toString()).toBe(fs.readFileSync(html, "utf8"));
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${html}.br`)).toString()).toBe(fs.readFileSync(html, "utf8"));
    expect(fs.readdirSync(dir).sort()).toEqual(["page.html", "page.html.br", "page.html.gz", "picture.png"]);
  });
});

describe("pageForNginx", () => {
  const page = [
    '<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a1.js"/>',
    '<script src="/_next/static/chunks/a1.js" async=""></script><script src="/_next/static/chunks/turbopack-b2.js" async=""></script>',
    '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
    '<link rel="icon" href="/icon.svg"/>',
    '</head><body><h1>Community Manager</h1><button data-copy="x">Copier</button>',
    '<script type="application/ld+json">{"@type":"Occupation"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"Community Manager"])</script></body></html>',
  ].join("");
  const script = { href: "/_next/static/site/enhance-abc.js" };
  const css = "p{color:red}@media print{p{color:black}}";

  it("takes out Next.js's scripts, preloads and React payload, and adds the site's script alone", () => {
    const html = pageForNginx(page, () => css, script);
    expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect([...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)).toEqual(['<script type="application/ld+json">', '<script src="/_next/static/site/enhance-abc.js" defer="">']);
    expect(html).toContain('<link rel="icon" href="/icon.svg">');
    expect(html).toContain('<h1>Community Manager</h1><button data-copy="x">Copier</button>');
  });

  it("inlines the stylesheet in place of its link, for the screen and for print, with the rules the page may use", () => {
    const stylesheet = "h1{color:red}table{color:blue}@media print{h1{color:black}}";
    const html = pageForNginx(page, (href) => (href === "/_next/static/chunks/a.css" ? stylesheet : ""), script);
    expect(html).toContain("<style>h1{color:red}@media print{h1{color:black}}</style>");
    expect(html).not.toContain('rel="stylesheet"');
  });

  it("adds a policy that lets no inline script run, right after the charset", () => {
    expect(pageForNginx(page, () => css, script)).toMatch(/^<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self'">/);
  });

  it("puts the site's script last in the body, deferred", () => {
    expect(pageForNginx(page, () => css, script)).toMatch(/<script src="\/_next\/static\/site\/enhance-abc\.js" defer=""><\/script><\/body><\/html>$/);
  });

  it.each([
    ["no stylesheet", page.replace(/<link rel="stylesheet"[^>]*>/, ""), /stylesheet/],
    ["no script of Next.js", page.replace(/<script src="[^"]+" async=""><\/script>/g, "").replace(/<script src="[^"]+" noModule=""><\/script>/, ""), /script src/],
    ["no React payload", page.replace(/<script>[^<]*__next_f[^<]*<\/script>/g, ""), /__next_f/],
    ["an inline script it does not know", page.replace("</body>", "<script>track()</script></body>"), /inattendu.*track\(\)/],
    ["no charset", page.replace('<meta charSet="utf-8"/>', ""), /charSet/],
  ])("stops the build, naming Next.js's version, on a page with %s", (_what, changed, what) => {
    expect(() => pageForNginx(changed, () => css, script)).toThrow(what);
    expect(() => pageForNginx(changed, () => css, script)).toThrow(/introuvable dans une page de Next\.js \d+\.\d+/);
  });

  it("never lets a stylesheet end its <style> element", () => {
    expect(pageForNginx(page, () => "h1{content:'</style>'}", script)).toContain("<style>h1{content:'\\3c /style>'}</style>");
  });
});

describe("bundleSiteScript", () => {
  it("bundles components/enhance.ts into a small file named by its content", () => {
    const script = bundleSiteScript(process.cwd());
    expect(script.href).toMatch(/^\/_next\/static\/site\/enhance-[\w-]{12}\.js$/);
    expect(script.code).toContain("data-copy");
    expect(zlib.brotliCompressSync(script.code).length).toBeLessThanOrEqual(SITE_SCRIPT_BROTLI_BUDGET);
    expect(bundleSiteScript(process.cwd()).href).toBe(script.href);
  });
});
