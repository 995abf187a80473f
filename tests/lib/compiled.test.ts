import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentKey, loadCompiled } from "@/lib/content/compiled";
import { ALPHA_BETA, writeContentDir } from "@/scripts/support/synthetic";

/** lib/content/compiled.ts: the catalogue compiled once, stored, and read back while nothing it depends on changes. */
let cache = "";
beforeEach(() => {
  cache = fs.mkdtempSync(path.join(os.tmpdir(), "compiled-"));
  process.env.CONTENT_CACHE_DIR = cache;
});
afterEach(() => {
  delete process.env.CONTENT_CACHE_DIR;
  fs.rmSync(cache, { recursive: true, force: true });
});

const stored = () => fs.readdirSync(cache).filter((name) => name.endsWith(".json"));

describe("the compiled catalogue", () => {
  it("is stored under its key, every HTML rendered, and read back from there", () => {
    const dir = writeContentDir(ALPHA_BETA);
    const first = loadCompiled(dir);
    expect(first.problems).toEqual([]);
    expect(stored()).toEqual([`${contentKey(dir)}.json`]);
    expect(first.languages.fr.roles[0].html).toContain("<h2");
    expect(first.languages.en.roles[0].pages.every((page) => typeof page.html === "string")).toBe(true);
    // A change made to the stored file shows: the second load read it, and compiled nothing.
    const file = path.join(cache, stored()[0]);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/"title":"Alpha Manager"/, '"title":"Lu dans le fichier"'));
    expect(loadCompiled(dir).languages.fr.roles.map((role) => role.title)).toContain("Lu dans le fichier");
  });

  it("gets another key, and is compiled again, when a content file changes", () => {
    const dir = writeContentDir(ALPHA_BETA);
    const before = contentKey(dir);
    loadCompiled(dir);
    const profile = path.join(dir, "roles", "alpha.md");
    fs.writeFileSync(profile, fs.readFileSync(profile, "utf8").replace('title: "Alpha Manager"', 'title: "Alpha Lead"'));
    expect(contentKey(dir)).not.toBe(before);
    expect(loadCompiled(dir).languages.fr.roles.map((role) => role.title)).toContain("Alpha Lead");
    expect(stored()).toHaveLength(2);
  });

  it("is never stored with problems, which are reported again on every load", () => {
    const dir = writeContentDir(ALPHA_BETA, { edit: { "roles/alpha.md": (text) => text.replace("updated: 2026-11-23", "updated: 12") } });
    expect(loadCompiled(dir).problems).toHaveLength(1);
    expect(loadCompiled(dir).problems).toHaveLength(1);
    expect(stored()).toEqual([]);
  });

  it("reads again a stored file that is not whole, and stores it whole", () => {
    const dir = writeContentDir(ALPHA_BETA);
    fs.writeFileSync(path.join(cache, `${contentKey(dir)}.json`), '{"languages":');
    expect(loadCompiled(dir).problems).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(cache, `${contentKey(dir)}.json`), "utf8")).key).toBe(contentKey(dir));
  });
});
