import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "../i18n/locales";
import { loadLanguages } from "./languages";
import { contentDir, type LoadResult, type Problem } from "./load";

/** One language of the compiled catalogue: what the pages, the proxy and the tests read. Every HTML rendered. */
export type CompiledLanguage = Omit<LoadResult, "profiles">;

export type Compiled = { languages: Record<Locale, CompiledLanguage>; problems: Problem[]; warnings: Problem[]; key: string };

/** Where compiled catalogues are kept: beside Next.js's own build cache, which `next build` keeps. */
export function cacheDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_CACHE_DIR?.trim() || ".next/cache/content");
}

/** Every file under `dir` whose name `keep` accepts, sorted. */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (keep(entry.name)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * What a compiled catalogue depends on: every file of the content, the code that compiles it
 * (`lib/`) and the locked versions of its libraries (remark, typograf…). A change to any of them
 * gives another key, so an old catalogue is never read for new content or new code.
 */
export function contentKey(dir: string): string {
  const hash = createHash("sha256");
  const root = process.cwd();
  const code = filesUnder(path.join(/*turbopackIgnore: true*/ root, "lib"), (name) => /\.(ts|tsx|json)$/.test(name));
  const lock = path.join(/*turbopackIgnore: true*/ root, "package-lock.json");
  // The runtime too: ICU's collation sorts the roles, and its number formats write the figures.
  hash.update(`${path.relative(root, dir)}\0${process.version}\0${process.versions.icu ?? ""}`);
  for (const file of [...filesUnder(dir, () => true), ...code, ...(fs.existsSync(lock) ? [lock] : [])]) {
    hash.update(`\0${path.relative(root, file)}\0`);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 24);
}

/**
 * The catalogue with every profile's HTML rendered, as plain data (what JSON keeps). A profile
 * whose rendering fails is a problem of its file, like any other.
 */
function compile(dir: string, key: string): Compiled {
  const { languages, problems, warnings } = loadLanguages(dir);
  if (problems.length === 0) {
    for (const language of new Set(Object.values(languages))) {
      for (const role of language.roles) {
        try {
          void role.html;
          for (const page of role.pages) void page.html;
        } catch (error) {
          problems.push({ file: language.profiles.get(role.slug)?.file ?? role.slug, field: "(corps)", message: `le rendu a échoué : ${(error as Error).message}` });
        }
      }
    }
  }
  const plain = Object.fromEntries(
    Object.entries(languages).map(([locale, language]) => {
      const { profiles: _profiles, ...rest } = language;
      void _profiles;
      return [locale, rest];
    }),
  ) as Record<Locale, CompiledLanguage>;
  // A catalogue with problems is not rendered: its pages will not be built.
  const data = problems.length > 0 ? plain : (JSON.parse(JSON.stringify(plain)) as Record<Locale, CompiledLanguage>);
  return { languages: data, problems, warnings, key };
}

/**
 * The catalogue of `dir`: read from its file when one was stored for the same key, else compiled
 * and stored (unless it has problems, which are reported again, every time).
 */
export function loadCompiled(dir: string): Compiled {
  const key = contentKey(dir);
  const file = path.join(cacheDir(), `${key}.json`);
  try {
    const stored = JSON.parse(fs.readFileSync(file, "utf8")) as Compiled;
    if (stored.key === key) return stored;
  } catch {
    // absent or unreadable: compiled below
  }
  const compiled = compile(dir, key);
  if (compiled.problems.length === 0) store(file, compiled);
  return compiled;
}

const inProcess = new Map<string, Compiled>();

/**
 * The content of `dir`, every language, validated and rendered once for all processes: the first
 * process that needs it (`npm run validate`, before `next build`) compiles it into
 * `.next/cache/content/<key>.json`; `next.config.ts`, each build worker and the tests read that
 * file, and compile again only when the content, `lib/` or the locked libraries changed.
 * A catalogue with problems is never stored: its problems are reported again, every time.
 */
export function compiledContent(dir: string = contentDir()): Compiled {
  const key = contentKey(dir);
  const known = inProcess.get(key);
  if (known) return known;
  const compiled = loadCompiled(dir);
  inProcess.set(key, compiled);
  return compiled;
}

/** Written whole under another name, then renamed: a process reading at the same time sees the old file or the new one. */
function store(file: string, compiled: Compiled) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomUUID()}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(compiled));
    fs.renameSync(temporary, file);
    prune(path.dirname(file), KEPT_CATALOGUES);
  } catch {
    // A read-only disk only costs compiling again in the next process.
  }
}

/** Catalogues kept: each edit in `next dev` writes one, and the tests compile a few of their own. */
const KEPT_CATALOGUES = 8;

/** Removes all but the `keep` most recently written catalogues (and files left half-written). */
function prune(dir: string, keep: number) {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json") || name.endsWith(".tmp"))
    .map((name) => ({ name, time: fs.statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of files.slice(keep)) fs.rmSync(path.join(dir, name), { force: true });
}
