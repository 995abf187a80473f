/** Which prerendered pages deploy/nginx.conf serves from files, and where they go in the tree. */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { inlineStylesheets, pageFile, precompress, scriptsAfterFirstPaint, servablePages, withScriptHashes } from "../../scripts/support/static-site";

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
      "/sitemap.xml": { routeType: "route" },
    };
    expect(servablePages({ routes })).toEqual(["/", "/compare", "/compare/a-role/another-role", "/roles", "/roles/any-new-role"]);
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

describe("scriptsAfterFirstPaint", () => {
  const page = [
    "<!DOCTYPE html><html><head>",
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a1.js"/>',
    '<script src="/_next/static/chunks/a1.js" async=""></script><script src="/_next/static/chunks/turbopack-b2.js" async=""></script>',
    '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
    "</head><body><h1>Community Manager</h1><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>",
  ].join("");

  it("moves Next.js's async scripts and their preloads to one loader at the end of the body, in order", () => {
    const html = scriptsAfterFirstPaint(page);
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    expect(html).not.toContain('rel="preload"');
    expect(html).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
    expect(html).toContain("<h1>Community Manager</h1><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>(function(s)");
    expect(html).toMatch(/\(\["\/_next\/static\/chunks\/a1\.js","\/_next\/static\/chunks\/turbopack-b2\.js"\]\)<\/script><\/body><\/html>$/);
  });

  it("adds each script once the page is painted, or at once when it is hidden", () => {
    const loader = /<script>(\(function\(s\)[\s\S]*?)<\/script><\/body>/.exec(scriptsAfterFirstPaint(page))![1];
    const run = (visibilityState: string) => {
      const added: string[] = [];
      const frames: Array<() => void> = [];
      const tasks: Array<() => void> = [];
      const document = { visibilityState, createElement: () => ({}) as { src?: string; async?: boolean }, head: { appendChild: (element: { src: string; async: boolean }) => added.push(`${element.src} ${element.async}`) } };
      new Function("document", "requestAnimationFrame", "setTimeout", loader)(document, (callback: () => void) => frames.push(callback), (callback: () => void) => tasks.push(callback));
      return { added, frames, tasks };
    };
    const visible = run("visible");
    expect(visible.added).toEqual([]);
    visible.frames.forEach((frame) => frame());
    expect(visible.added).toEqual([]);
    visible.tasks.forEach((task) => task());
    expect(visible.added).toEqual(["/_next/static/chunks/a1.js true", "/_next/static/chunks/turbopack-b2.js true"]);
    expect(run("hidden").added).toEqual(["/_next/static/chunks/a1.js true", "/_next/static/chunks/turbopack-b2.js true"]);
  });

  it("stops the build, naming Next.js's version, on a page where it finds no script to move", () => {
    const plain = "<html><head></head><body><p>Texte</p></body></html>";
    expect(() => scriptsAfterFirstPaint(plain)).toThrow(/introuvable dans une page de Next\.js \d+\.\d+/);
  });
});

describe("inlineStylesheets", () => {
  it("inlines the stylesheet and keeps its link for print", () => {
    const page = '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/></head><body></body></html>';
    expect(inlineStylesheets(page, () => "p{color:red}")).toBe('<html><head><style>p{color:red}</style><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next" media="print"/></head><body></body></html>');
  });

  it("stops the build, naming Next.js's version, on a page where it finds no stylesheet", () => {
    expect(() => inlineStylesheets("<html><head></head><body></body></html>", () => "")).toThrow(/stylesheet.*introuvable dans une page de Next\.js \d+/);
  });
});

describe("withScriptHashes", () => {
  it("pins every inline script by its SHA-256, right after the charset, leaving out scripts with src and data blocks", () => {
    const page = '<html><head><meta charSet="utf-8"/><script src="/_next/static/a.js" async=""></script><script id="_R_">go()</script></head><body><script type="application/ld+json">{"a":1}</script><script>self.x=1</script></body></html>';
    const html = withScriptHashes(page);
    const hash = (code: string) => createHash("sha256").update(code).digest("base64");
    expect(html).toBe(page.replace('<meta charSet="utf-8"/>', `<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-${hash("go()")}' 'sha256-${hash("self.x=1")}'"/>`));
  });

  it("stops the build, naming Next.js's version, on a page without the charset it expects", () => {
    expect(() => withScriptHashes("<html><head></head><body></body></html>")).toThrow(/charSet.*introuvable dans une page de Next\.js \d+/);
  });
});
