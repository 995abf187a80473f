import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EMBED_ROUTES, PAGE_ROUTES } from "./routes";

/**
 * Every page of the site is valid HTML for the Nu Html Checker (vnu.jar, from the vnu-jar package,
 * run with `java -jar`): the pages the sitemap lists, every comparison, the routes of routes.ts
 * (search, guide result, pages that answer 404, the embeddable cards) and a plain 404. One Java run checks them all.
 */
const baseUrl = inject("baseUrl");
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
const JAVA = process.env.JAVA ?? "java";

type VnuMessage = { type: string; subType?: string; url?: string; message: string; extract?: string };

const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
const slugs = sitemapPaths.flatMap((pathname) => /^\/roles\/([^/]+)$/.exec(pathname)?.[1] ?? []).sort();
const comparisons = slugs.flatMap((a, index) => slugs.slice(index + 1).map((b) => `/compare/${a}/${b}`));
const ROUTES = [...new Set([...sitemapPaths, ...comparisons, ...PAGE_ROUTES, ...EMBED_ROUTES, "/page-inexistante"])];

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-"));
const errorsByRoute = new Map<string, string[]>();

beforeAll(async () => {
  const files = new Map<string, string>();
  for (const [index, route] of ROUTES.entries()) {
    const response = await fetch(`${baseUrl}${route}`, { redirect: "manual" });
    expect([200, 404], `${route} → ${response.status}`).toContain(response.status);
    expect(response.headers.get("content-type"), route).toMatch(/^text\/html/);
    const file = path.join(workDir, `${String(index).padStart(2, "0")}.html`);
    fs.writeFileSync(file, await response.text());
    files.set(`file:${file}`, route);
  }

  // C1 only halves the CPU time of this short run; that compiler needs more stack than the 512k vnu asks for.
  const jvm = ["-XX:TieredStopAtLevel=1", "-Xss16m", "-jar", VNU_JAR];
  const run = spawnSync(JAVA, [...jvm, "--format", "json", "--exit-zero-always", ...[...files.keys()].map((url) => url.slice("file:".length))], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`${JAVA} -jar vnu.jar n'a pas pu démarrer (${run.error.message}) : installez Java 11 ou plus (apt-get install -y default-jre-headless)`);
  if (run.status !== 0) throw new Error(`vnu.jar a échoué (code ${run.status}) : ${run.stderr}`);
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };

  for (const route of files.values()) errorsByRoute.set(route, []);
  for (const message of messages) {
    if (message.type === "info") continue;
    const route = message.url ? files.get(message.url) : undefined;
    if (message.type !== "error" || !route) throw new Error(`vnu.jar : ${message.type} ${message.url ?? ""} ${message.message}`);
    errorsByRoute.get(route)!.push(`${message.message} [${message.extract?.trim() ?? ""}]`);
  }
}, 180_000);

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe("valid HTML (Nu Html Checker)", () => {
  it("checks every page the sitemap lists, every comparison, a search, a guide result and 404s", () => {
    expect(sitemapPaths).toContain("/");
    expect(comparisons).toContain("/compare/community-manager/social-media-manager");
    expect(ROUTES).toContain("/page-inexistante");
    expect(EMBED_ROUTES.length).toBe(4);
    expect(ROUTES.filter((route) => /^\/roles\?q=.+|^\/guide\?.+|^\/compare\/[^/]+\/inconnu$/.test(route))).toHaveLength(3);
    expect([...errorsByRoute.keys()]).toEqual(ROUTES);
  });

  it.each(ROUTES)("%s has no error", (route) => {
    expect(errorsByRoute.get(route)).toEqual([]);
  });
});
