/** Which prerendered pages deploy/nginx.conf serves from files, and where they go in the tree. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { pageFile, precompress, servablePages } from "../../scripts/support/static-site";

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
