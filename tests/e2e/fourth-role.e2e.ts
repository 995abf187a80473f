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
 * The same copy changes a sentence of an existing role: its living page says the new sentence, its
 * dated edition still the old one, and `npm run edition` publishes the change as a new edition.
 */
const existing = realContent().roles;
const changed = realContent().editions[0];
const [edition] = changed.editions;
/** A sentence of the changed role's `## Définition`, and what the copy says instead. */
const NEW_SENTENCE = "Phrase ajoutée par le test des éditions datées, après leur publication";
/** What the page shows of it as is: its last word goes with the citation mark into a span. */
const NEW_WORDS = NEW_SENTENCE.slice(0, 40);
/** Cited like every sentence of a profile, to a present-day source the role already cites. */
const citing = (id: string) => `${NEW_SENTENCE} ([source](#source-${id})).`;
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
  // A later change to a role that has dated editions: one more sentence in its « Définition », after
  // its essential (the `***` line), in both languages, citing the same source (as translations must).
  for (const folder of ["roles", "en/roles"]) {
    const changedFile = path.join(contentDir, folder, `${changed.slug}.md`);
    const text = fs.readFileSync(changedFile, "utf8");
    const definition = /^## .*\{#definition[^}]*\}\n/m.exec(text);
    const cut = definition ? text.indexOf("\n***\n", definition.index) : -1;
    if (cut < 0) throw new Error(`## Définition et sa ligne *** introuvables dans ${changedFile}`);
    const cited = /\(#source-([a-z0-9-]+)\)/.exec(text.slice(definition!.index))![1];
    fs.writeFileSync(changedFile, `${text.slice(0, cut + 5)}\n${citing(cited)}\n${text.slice(cut + 5)}`);
  }
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

describe("a dated edition after a later content change", () => {
  it("still shows the words it was published with, anchors included, while the living page shows the new ones", async () => {
    const living = await get(`/roles/${changed.slug}/definition`);
    expect(living.body).toContain(NEW_WORDS);
    const dated = await get(`/roles/${changed.slug}/editions/${edition.date}/definition`);
    expect(dated.status).toBe(200);
    expect(dated.body).not.toContain(NEW_WORDS);
    const page = await get(`/roles/${changed.slug}/editions/${edition.date}`);
    for (const section of edition.snapshot.sections) expect(page.body).toContain(`id="${section.id}"`);
    expect(page.body).toContain(edition.snapshot.sections[0].text[0].slice(0, 30));
  });

  it("is published again by `npm run edition`, for the changed role only, and asks what changed", () => {
    const env = { ...NEXT_ENV, CONTENT_DIR: contentDir };
    const published = spawnSync("npm", ["run", "edition", "--", "--date", "2099-01-01"], { cwd: appDir, env, encoding: "utf8" });
    expect(published.status, published.stderr).toBe(0);
    for (const locale of ["fr", "en"]) {
      expect(published.stdout).toContain(`${changed.slug} (${locale}) : édition du 2099-01-01 publiée`);
      for (const role of existing.filter((role) => role.slug !== changed.slug)) expect(published.stdout).toContain(`${role.slug} (${locale}) : inchangé depuis`);
    }
    // The fourth role has no edition yet: its first one is published too.
    expect(published.stdout).toContain(`${NEW.slug} (fr) : édition du 2099-01-01 publiée`);
    const written = fs.readFileSync(path.join(contentDir, "editions", changed.slug, "2099-01-01.json"), "utf8");
    expect(written).toContain(NEW_SENTENCE);
    // The earlier edition's file is the one published, byte for byte.
    expect(fs.readFileSync(path.join(contentDir, "editions", changed.slug, `${edition.date}.json`))).toEqual(fs.readFileSync(path.join("content", "editions", changed.slug, `${edition.date}.json`)));
    const validate = spawnSync("npm", ["run", "validate"], { cwd: appDir, env, encoding: "utf8" });
    expect(validate.status).toBe(1);
    expect(validate.stdout + validate.stderr).toContain(`${changed.slug}.yml: 0.summary — résumé à écrire`);
  }, 120_000);
});

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
