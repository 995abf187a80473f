/**
 * `npm run bench`: how the site scales with the number of roles. For each size (BENCH_SIZES,
 * "3,100,1000" by default) it writes that many synthetic, valid profiles into a temporary
 * CONTENT_DIR (each role related to the next three) and measures:
 * - compiling the catalogue (lib/content/compiled.ts), cold (empty cache) and warm (stored), median of several runs, and its share of the build;
 * - `next build` of a temporary copy of the app (hard-linked node_modules, so `.next/` of the
 *   worktree is untouched), up to BENCH_BUILD_MAX roles (1000 by default), and the pages built;
 * - with `next start` on that build: the gzip HTML of a role page, and the time to serve a role
 *   page and a prerendered comparison, median of BENCH_REQUESTS sequential requests (200), plus a
 *   comparison that is not prerendered (above 40 roles): its first request (which also loads the
 *   catalogue into the server process), the next ones, then the first request of another one.
 *
 * First, the job-ad analyser (lib/analyse): median time to analyse a 5 000-character ad, made of
 * ads of tests/analyse/eval-set.json (BENCH_ANALYSE_RUNS runs, 200 by default). `BENCH_ONLY=analyse`
 * stops there.
 *
 * Times depend on the machine and its load: read the ratios between sizes (the cost per role should
 * stay flat), not the absolute figures. Nothing here is a test.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PRERENDER_ALL_PAIRS_MAX_ROLES } from "../lib/compare";
import { analyseAd } from "../lib/analyse/analyse";
import { analyserModel } from "../lib/analyse/language";
import { loadCompiled } from "../lib/content/compiled";
import { contentDir, loadContent } from "../lib/content/load";
import { writeContentDir, type SyntheticRole } from "./support/synthetic";
import { NEXT_ENV, copyApp, startNextServer, type NextServer } from "./support/next-server";
import { gzipSize, kB, median, table } from "./support/stats";

const SIZES = (process.env.BENCH_SIZES ?? "3,100,1000").split(",").map(Number);
const BUILD_MAX = Number(process.env.BENCH_BUILD_MAX ?? 1000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
/** What the copy of the app needs to build. */

const slugOf = (index: number) => `role-${String(index).padStart(4, "0")}`;
const POSITIONINGS = ["strategic", "operational", "both"] as const;

/** n roles, each related to the next three (fewer in a tiny catalogue), so that comparisons stay linear. */
function syntheticRoles(count: number): SyntheticRole[] {
  return Array.from({ length: count }, (_, index) => ({
    slug: slugOf(index),
    title: `Rôle synthétique ${index}`,
    otherTitles: [{ title: `Chargé de test ${index}`, feminine: `Chargée de test ${index}` }],
    positioning: POSITIONINGS[index % 3],
    related: [1, 2, 3].filter((step) => step < count).map((step) => slugOf((index + step) % count)),
  }));
}

type Measure = {
  roles: number;
  coldMs: number;
  warmMs: number;
  buildSeconds?: number;
  pages?: number;
  roleHtmlGzip?: number;
  roleMs?: number;
  compareMs?: number;
  onDemandFirstMs?: number;
  onDemandOtherMs?: number;
  onDemandMs?: number;
  cache?: string;
};

/**
 * Compiling the catalogue (lib/content/compiled.ts): cold, with an empty cache (read, validate,
 * render every page's HTML, store); warm, as every later process does (read the stored file).
 */
function timeCompile(dir: string, count: number): { coldMs: number; warmMs: number } {
  const runs = count >= 1000 ? 3 : 7;
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cache-"));
    process.env.CONTENT_CACHE_DIR = cache;
    try {
      let started = performance.now();
      const { languages, problems } = loadCompiled(dir);
      cold.push(performance.now() - started);
      if (problems.length > 0 || languages.fr.roles.length !== count) throw new Error(`contenu synthétique invalide : ${problems.slice(0, 3).map((problem) => problem.message).join(" ; ")}`);
      started = performance.now();
      loadCompiled(dir);
      warm.push(performance.now() - started);
    } finally {
      delete process.env.CONTENT_CACHE_DIR;
      fs.rmSync(cache, { recursive: true, force: true });
    }
  }
  return { coldMs: median(cold), warmMs: median(warm) };
}

function countHtml(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile() && entry.name.endsWith(".html")).length;
}

async function timedGet(url: string): Promise<{ ms: number; response: Response; body: Buffer }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} : HTTP ${response.status}`);
  return { ms, response, body };
}

/** Median time of sequential requests (after one warm-up request); retried if the server was stopped. */
async function medianGet(server: NextServer, pathname: string): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await server.ensureRunning();
      await timedGet(`${server.url}${pathname}`);
      const times: number[] = [];
      for (let request = 0; request < REQUESTS; request += 1) times.push((await timedGet(`${server.url}${pathname}`)).ms);
      return median(times);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(`${pathname} : ${(error as Error).message} ; nouvel essai`);
    }
  }
}

async function measureServing(appDir: string, contentDir: string, count: number, measure: Measure): Promise<void> {
  const server = await startNextServer(appDir, { env: { CONTENT_DIR: contentDir } });
  try {
    const role = await timedGet(`${server.url}/roles/${slugOf(1)}`);
    measure.roleHtmlGzip = gzipSize(role.body);
    const pair = `/compare/${slugOf(0)}/${slugOf(1)}`;
    const comparison = await timedGet(`${server.url}${pair}`);
    measure.cache = `rôle ${role.response.headers.get("x-nextjs-cache")}, comparaison ${comparison.response.headers.get("x-nextjs-cache")}`;
    measure.roleMs = await medianGet(server, `/roles/${slugOf(1)}`);
    measure.compareMs = await medianGet(server, pair);
    if (count > PRERENDER_ALL_PAIRS_MAX_ROLES) {
      // Not related, so not prerendered: rendered on its first request, then served from the cache.
      const onDemand = `/compare/${slugOf(0)}/${slugOf(Math.floor(count / 2))}`;
      const first = await timedGet(`${server.url}${onDemand}`);
      measure.onDemandFirstMs = first.ms;
      measure.cache += `, comparaison à la demande ${first.response.headers.get("x-nextjs-cache")} puis ${(await timedGet(`${server.url}${onDemand}`)).response.headers.get("x-nextjs-cache")}`;
      measure.onDemandMs = await medianGet(server, onDemand);
      // The first one also loaded the whole catalogue into the server process (once per process).
      measure.onDemandOtherMs = (await timedGet(`${server.url}/compare/${slugOf(1)}/${slugOf(Math.floor(count / 2) + 1)}`)).ms;
    }
  } finally {
    await server.stop();
  }
}

async function measureSize(count: number, appDir: string): Promise<Measure> {
  const contentDir = writeContentDir(syntheticRoles(count));
  try {
    const measure: Measure = { roles: count, ...timeCompile(contentDir, count) };
    console.log(`${count} rôles : compilation à froid ${measure.coldMs.toFixed(1)} ms, à chaud ${measure.warmMs.toFixed(1)} ms`);
    if (count > BUILD_MAX) return measure;

    fs.rmSync(path.join(appDir, ".next"), { recursive: true, force: true });
    const started = performance.now();
    const build = spawnSync(path.join(appDir, "node_modules/.bin/next"), ["build"], { cwd: appDir, env: { ...NEXT_ENV, CONTENT_DIR: contentDir }, encoding: "utf8" });
    measure.buildSeconds = (performance.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`next build (${count} rôles) en échec :\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
    measure.pages = countHtml(path.join(appDir, ".next", "server", "app"));
    console.log(`${count} rôles : next build ${measure.buildSeconds.toFixed(0)} s, ${measure.pages} pages HTML`);

    await measureServing(appDir, contentDir, count, measure);
    console.log(`${count} rôles : servi (${measure.cache})`);
    return measure;
  } finally {
    fs.rmSync(contentDir, { recursive: true, force: true });
  }
}

const ms = (value?: number) => (value === undefined ? "–" : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 1)} ms`);
const ratio = (a?: number, b?: number) => (a === undefined || b === undefined || b === 0 ? "–" : `${(a / b).toFixed(a / b < 10 ? 2 : 1)}×`);

function report(measures: Measure[]): void {
  const previous = (measure: Measure) => measures[measures.indexOf(measure) - 1];
  /** Build time per page added since the previous size: the fixed cost (compiling) left out. */
  const marginal = (measure: Measure) => {
    const before = previous(measure);
    if (!before || measure.buildSeconds === undefined || before.buildSeconds === undefined || !measure.pages || !before.pages) return undefined;
    return ((measure.buildSeconds - before.buildSeconds) * 1000) / (measure.pages - before.pages);
  };
  const perRole = (value: number | undefined, measure: Measure) => (value === undefined ? undefined : value / measure.roles);
  const rows: Array<[string, (measure: Measure) => number | undefined, (value?: number) => string]> = [
    ["rôles", (m) => m.roles, (v) => (v === undefined ? "–" : String(v))],
    ["compilation à froid (médiane)", (m) => m.coldMs, ms],
    ["  par rôle", (m) => perRole(m.coldMs, m), ms],
    ["compilation à chaud (médiane)", (m) => m.warmMs, ms],
    ["compilation à froid / next build", (m) => (m.buildSeconds === undefined ? undefined : (m.coldMs / (m.buildSeconds * 1000)) * 100), (v) => (v === undefined ? "–" : `${v.toFixed(1)} %`)],
    ["next build", (m) => (m.buildSeconds === undefined ? undefined : m.buildSeconds * 1000), ms],
    ["pages HTML construites", (m) => m.pages, (v) => (v === undefined ? "–" : String(v))],
    ["  build par page", (m) => (m.buildSeconds === undefined || !m.pages ? undefined : (m.buildSeconds * 1000) / m.pages), ms],
    ["  par page ajoutée depuis la taille d'avant", marginal, ms],
    ["HTML d'une page de rôle (gzip)", (m) => m.roleHtmlGzip, (v) => (v === undefined ? "–" : kB(v))],
    ["servir une page de rôle (médiane)", (m) => m.roleMs, ms],
    ["servir une comparaison prérendue", (m) => m.compareMs, ms],
    ["comparaison à la demande : 1re requête", (m) => m.onDemandFirstMs, ms],
    ["  puis (médiane, depuis le cache)", (m) => m.onDemandMs, ms],
    ["  une autre, catalogue déjà chargé", (m) => m.onDemandOtherMs, ms],
  ];
  const pairs = measures.slice(1).map((measure, index) => [measures[index], measure] as const);
  console.log(`\nBanc d'essai (${os.availableParallelism()} cœurs, charge ${os.loadavg()[0].toFixed(1)} ; ${REQUESTS} requêtes séquentielles par médiane)\n`);
  console.log(
    table(
      ["mesure", ...measures.map((measure) => `${measure.roles} rôles`), ...pairs.map(([small, large]) => `${large.roles}/${small.roles}`)],
      rows.map(([label, value, format]) => [label, ...measures.map((measure) => format(value(measure))), ...pairs.map(([small, large]) => ratio(value(large), value(small)))]),
    ),
  );
  console.log("\nLinéaire : le coût par rôle et par page ajoutée reste stable d'une taille à l'autre, la taille d'une page et le temps pour la servir ne dépendent pas du nombre de rôles.");
}

/** Median time to analyse a 5 000-character ad with the real profiles. */
function measureAnalyser(): void {
  const runs = Number(process.env.BENCH_ANALYSE_RUNS ?? 200);
  const modelStarted = performance.now();
  const model = analyserModel(loadContent(contentDir()), "fr");
  const modelMs = performance.now() - modelStarted;
  const ads = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../tests/analyse/eval-set.json"), "utf8")) as { ads: Array<{ role: string | null; text: string }> }).ads.filter((ad) => ad.role !== null);
  let text = "";
  for (let index = 0; text.length < 5_000; index++) text += `${ads[index % ads.length].text}\n\n`;
  text = text.slice(0, 5_000);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    analyseAd(model, text);
    times.push(performance.now() - started);
  }
  const format = (value: number) => `${value.toFixed(2).replace(".", ",")} ms`;
  console.log(`Analyseur d'offres : offre de ${text.length.toLocaleString("fr-FR")} caractères, médiane ${format(median(times))} sur ${runs} analyses (min ${format(Math.min(...times))}, max ${format(Math.max(...times))}) ; modèle construit en ${format(modelMs)}\n`);
}

async function main(): Promise<void> {
  const started = performance.now();
  measureAnalyser();
  if (process.env.BENCH_ONLY === "analyse") return;
  const appDir = SIZES.some((size) => size <= BUILD_MAX) ? copyApp() : "";
  const measures: Measure[] = [];
  try {
    for (const size of SIZES) measures.push(await measureSize(size, appDir));
  } finally {
    if (appDir) fs.rmSync(appDir, { recursive: true, force: true });
  }
  report(measures);
  console.log(`\nDurée totale : ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
