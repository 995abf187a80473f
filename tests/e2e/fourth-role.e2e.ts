import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NEXT_ENV, copyApp, startNextServer, type NextServer } from "../../scripts/support/next-server";
import { SYNTHETIC_SOURCES, englishSources, syntheticProfile } from "@/scripts/support/synthetic";
import { realContent } from "../support/content";

/**
 * Adding a role is a content change: a copy of content/ with one more profile (and the source it
 * cites) is built by a copy of the app, with no code change, and the role shows up everywhere.
 */
const existing = realContent().roles;
const NEW = { slug: "community-architect", title: "Community Architect" };
const profile = syntheticProfile({ ...NEW, related: [existing[0].slug], reportsTo: [existing[0].slug] }).replace(
  /^codes:\n(?: {2}.*\n)+/m,
  'codes:\n  missing: "Aucun code ROME, ESCO ni CITP ne désigne ce métier en propre."\n',
);

let appDir: string;
let contentDir: string;
let server: NextServer;

beforeAll(async () => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "roles-fourth-"));
  fs.cpSync("content", contentDir, { recursive: true });
  fs.writeFileSync(path.join(contentDir, "roles", `${NEW.slug}.md`), profile);
  fs.appendFileSync(path.join(contentDir, "sources.yml"), `\n${SYNTHETIC_SOURCES}`);
  // Its English edition: the same profile will do for the checks, and the source's English words.
  fs.writeFileSync(path.join(contentDir, "en", "roles", `${NEW.slug}.md`), profile);
  fs.appendFileSync(path.join(contentDir, "en", "sources.yml"), `\n${englishSources(SYNTHETIC_SOURCES)}`);
  appDir = copyApp();
  const env = { ...NEXT_ENV, CONTENT_DIR: contentDir, SITE_URL: "http://localhost:3000" };
  const build = spawnSync("npm", ["run", "build"], { cwd: appDir, env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build with a fourth role failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  server = await startNextServer(appDir, { env: { CONTENT_DIR: contentDir } });
}, 900_000);

afterAll(async () => {
  await server?.stop();
  for (const dir of [appDir, contentDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const get = async (target: string) => {
  const response = await fetch(`${server.url}${target}`, { redirect: "manual" });
  return { status: response.status, body: await response.text() };
};

describe("a fourth role added to the content only", () => {
  it("has its own page, with its missing codes explained", async () => {
    const page = await get(`/roles/${NEW.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<h1`);
    expect(page.body).toContain(NEW.title);
    expect(page.body).toContain("Aucun code ROME, ESCO ni CITP ne désigne ce métier en propre.");
  });

  it("appears on the home page, as a card and in the organisation diagram, and in /roles", async () => {
    const home = await get("/");
    expect(home.body).toContain(`href="/roles/${NEW.slug}"`);
    expect(home.body).toMatch(new RegExp(`<text[^>]*class="diagram-label"[^>]*>${NEW.title}</text>`));
    // React separates the pieces of a sentence with empty comments.
    expect(home.body.replaceAll("<!-- -->", "")).toContain("ces quatre métiers");
    expect((await get("/roles")).body).toContain(`href="/roles/${NEW.slug}"`);
  });

  it.each(existing.map((role) => [role.slug]))("is compared with %s, both ways", async (slug) => {
    expect((await get(`/compare/${slug}/${NEW.slug}`)).status).toBe(200);
    expect((await get(`/compare/${NEW.slug}/${slug}`)).status).toBe(200);
  });

  it("is in /api/roles and in the sitemap", async () => {
    const api = JSON.parse((await get("/api/roles")).body) as { roles: Array<{ slug: string }> };
    expect(api.roles.map((role) => role.slug)).toContain(NEW.slug);
    expect((await get("/sitemap.xml")).body).toContain(`/roles/${NEW.slug}</loc>`);
    expect((await get("/sitemap.xml")).body).toContain(`/en/roles/${NEW.slug}</loc>`);
  });
});
