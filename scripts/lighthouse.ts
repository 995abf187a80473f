/**
 * `npm run lighthouse`: Lighthouse (default config = mobile preset: emulated phone, simulated
 * slow 4G, CPU slowed down 4×) in Debian's Chromium, on the production build (built first if
 * `.next/` is absent), for each kind of document page (home, role, comparison), three pages:
 *
 *   deployed      the page as deploy/README.md deploys it: deploy/nginx.conf serving the files of
 *                 .next/static-site (no Next.js runtime, the site's script), next start behind it
 *   lower bound   the same files with every `<script>` taken out, served by the same nginx
 *                 configuration (scriptlessCopy, scripts/support/static-site.ts): what the page
 *                 would cost with no JavaScript at all
 *   bare page     a bare Next.js App Router page built in this run, with its runtime, behind the
 *                 same nginx (its cache only): what the framework alone costs on this machine
 *
 * Runs take turns (deployed, lower bound, bare, deployed…), LIGHTHOUSE_RUNS of each (5 by
 * default), each waiting up to a minute for the load to drop below the number of cores; medians
 * and spread (lowest–highest) are printed. Lighthouse simulates its throttling, which misleads
 * about scripts that run after the first paint, so each page is also loaded in real Chromium with
 * its CPU slowed down 4× and DevTools' "Fast 3G" network: first contentful paint and, on a role
 * page, the time until its copy buttons work (the site's script has marked `<html data-enhanced>`).
 *
 * Targets, for each deployed page against its lower bound in the same run: median LCP and TBT
 * within 1.1× (TBT: or within 20 ms, when the bound is near zero), the same median performance
 * score or better; accessibility, best practices and SEO = 1 (the lowest of the runs). Exit code 1
 * when a target is missed. Without nginx, or with LIGHTHOUSE_DIRECT=1, everything goes through
 * `next start` alone and there is no lower bound: the run only reports.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./support/chromium";
import { buildBaselineApp } from "./support/baseline-app";
import { ensureBuild, startNextServer, type NextServer } from "./support/next-server";
import { findNginx, startCachingProxy } from "./support/nginx";
import { chromium, type Browser } from "playwright-core";
import { ensureStaticSite, scriptlessCopy } from "./support/static-site";
import { median, table } from "./support/stats";

const ROOT = path.resolve(import.meta.dirname, "..");
/** The kinds of document page, one page each; `copy`: a page with the link panel's copy buttons. */
const KINDS = [
  { name: "accueil", page: "/", copy: false },
  { name: "fiche", page: "/roles/community-manager", copy: true },
  { name: "comparaison", page: "/compare/community-manager/social-media-manager", copy: false },
];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 0.95, accessibility: 1, "best-practices": 1, seo: 1 };
const LABELS: Record<Category, string> = { performance: "performance", accessibility: "accessibilité", "best-practices": "bonnes pratiques", seo: "SEO" };
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
/** A deployed page's median LCP and TBT may exceed its lower bound's by this factor (TBT: or by TBT_FLOOR_MS). */
const BOUND_FACTOR = 1.1;
const TBT_FLOOR_MS = 20;
/** DevTools' "Fast 3G" and a CPU 4× slower, for the real-browser trace. */
const TRACE_NETWORK = { offline: false, latency: 562.5, downloadThroughput: (1.44e6 / 8) * 0.9, uploadThroughput: (675e3 / 8) * 0.9 };
const TRACE_CPU_SLOWDOWN = 4;

type Run = { scores: Record<Category, number>; failing: string[]; benchmarkIndex: number; lcp: number; tbt: number };
type Trace = { firstPaint: number; copyReady: number };
type Result = { scores: Record<Category, number>; performanceRuns: number[]; lcp: number[]; tbt: number[]; failing: string[]; benchmarkIndex: number; firstPaint: number[]; copyReady: number[] };

/** Waits (up to a minute) for the machine to be less busy than its number of cores: the score is relative to it. */
async function quietMachine(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (os.loadavg()[0] > os.availableParallelism() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5_000));
}

/** What Lighthouse loads: `url`, served by a Next.js server that `ensureRunning` restarts if needed. */
type Target = { url: string; served: string; ensureRunning: () => Promise<void>; stop: () => Promise<void> };

/**
 * The Next.js server as deployed (deploy/README.md): behind deploy/nginx.conf, which serves the
 * files of `site` (the build's .next/static-site) itself, when nginx is installed and
 * LIGHTHOUSE_DIRECT is not set, else `next start` alone.
 */
async function frontOf(server: NextServer, site?: string): Promise<Target> {
  const nginxBinary = process.env.LIGHTHOUSE_DIRECT ? null : findNginx();
  if (!nginxBinary) return { ...server, served: "next start seul" };
  const nginx = await startCachingProxy(nginxBinary, path.join(ROOT, "deploy/nginx.conf"), server.url, { site }).catch(async (error) => {
    await server.stop();
    throw error;
  });
  return {
    url: nginx.url,
    served: `nginx de deploy/nginx.conf${site ? " (fichiers du build, puis next start et son cache)" : " (cache devant next start)"}`,
    ensureRunning: server.ensureRunning,
    stop: async () => {
      await nginx.stop();
      await server.stop();
    },
  };
}

async function audit(server: Target, page: string, port: number): Promise<Run> {
  const url = `${server.url}${page}`;
  let lhr;
  for (let attempt = 1; ; attempt += 1) {
    await server.ensureRunning();
    await quietMachine();
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse n'a rien renvoyé pour ${url}`);
    lhr = result.lhr;
    if (!lhr.runtimeError) break;
    // The server stopped from outside during the run (see scripts/support/next-server.ts): once more.
    if (attempt >= 3) throw new Error(`Lighthouse, ${url} : ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    console.error(`Lighthouse, ${url} : ${lhr.runtimeError.code} ; nouvel essai`);
  }
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? 0])) as Record<Category, number>;
  // The audits that cost points outside performance (whose metrics are printed instead).
  const failing = CATEGORIES.filter((id) => id !== "performance").flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => {
        const items = (lhr.audits[ref.id]?.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [];
        const detail = items.map((item) => [item.description, item.url ?? (item.sourceLocation as { url?: string } | undefined)?.url].filter(Boolean).join(" ")).filter(Boolean);
        return `${LABELS[id]} : ${ref.id} (${lhr.audits[ref.id]?.title})${detail.length > 0 ? ` : ${detail.join(" ; ")}` : ""}`;
      }),
  );
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return { scores, failing, benchmarkIndex: lhr.environment.benchmarkIndex, lcp: metric("largest-contentful-paint"), tbt: metric("total-blocking-time") };
}

function summarize(runs: Run[], traces: Trace[]): Result {
  const lowest = (id: Category) => Math.min(...runs.map((run) => run.scores[id]));
  return {
    scores: { performance: median(runs.map((run) => run.scores.performance)), accessibility: lowest("accessibility"), "best-practices": lowest("best-practices"), seo: lowest("seo") },
    performanceRuns: runs.map((run) => run.scores.performance),
    lcp: runs.map((run) => run.lcp),
    tbt: runs.map((run) => run.tbt),
    failing: [...new Set(runs.flatMap((run) => run.failing))],
    benchmarkIndex: median(runs.map((run) => run.benchmarkIndex)),
    firstPaint: traces.map((trace) => trace.firstPaint),
    copyReady: traces.map((trace) => trace.copyReady).filter((value) => !Number.isNaN(value)),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Median and spread of milliseconds: `1.23 s (1.10–1.40)`, or `123 ms (100–150)`. */
function spread(values: number[], unit: "s" | "ms"): string {
  if (values.length === 0) return "—";
  const show = (value: number) => (unit === "s" ? (value / 1000).toFixed(2) : String(Math.round(value)));
  return `${show(median(values))} ${unit} (${show(Math.min(...values))}–${show(Math.max(...values))})`;
}

const ratio = (value: number, bound: number) => (bound > 0 ? `×${(value / bound).toFixed(2)}` : "—");

/**
 * `url` loaded in real Chromium, CPU slowed down TRACE_CPU_SLOWDOWN×, on a Fast 3G network, no cache:
 * its first contentful paint and, with `copy`, the moment the site's script marks `<html data-enhanced>`
 * (its copy buttons work from then on), NaN if it never does.
 */
async function trace(browser: Browser, url: string, copy: boolean): Promise<Trace> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", TRACE_NETWORK);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: TRACE_CPU_SLOWDOWN });
    // The document exists before its <html> element: watched from the start, whatever runs first.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.hasAttribute("data-enhanced")) return;
        Object.assign(window, { copyReady: performance.now() });
        observer.disconnect();
      }).observe(document, { attributes: true, attributeFilter: ["data-enhanced"], subtree: true });
    });
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    if (copy) await page.waitForFunction(() => "copyReady" in window, undefined, { timeout: 30_000 }).catch(() => {});
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 30_000 });
    return await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName("first-contentful-paint")[0].startTime,
      copyReady: (window as unknown as { copyReady?: number }).copyReady ?? Number.NaN,
    }));
  } finally {
    await context.close();
  }
}

type Variant = "deployed" | "lower" | "bare";
const VARIANTS: Array<{ id: Variant; label: string }> = [
  { id: "deployed", label: "déployée (nginx, fichiers du build)" },
  { id: "lower", label: "borne basse : la même sans script" },
  { id: "bare", label: "page Next.js nue, avec son runtime" },
];

async function main(): Promise<number> {
  const started = performance.now();
  ensureBuild(ROOT);
  const baseline = buildBaselineApp(ROOT);
  // Everything started is stopped in the end, whatever fails on the way.
  const cleanups: Array<() => unknown> = [() => baseline.remove()];
  const results = new Map<string, Result>();
  let served = "";
  const nginxBinary = process.env.LIGHTHOUSE_DIRECT ? null : findNginx();
  try {
    const siteServer = await startNextServer(ROOT);
    const site = await frontOf(siteServer, ensureStaticSite(ROOT));
    cleanups.unshift(() => site.stop());
    let lower: Target | undefined;
    if (nginxBinary) {
      const scriptless = fs.mkdtempSync(path.join(os.tmpdir(), "static-site-sans-script-"));
      cleanups.push(() => fs.rmSync(scriptless, { recursive: true, force: true }));
      scriptlessCopy(ensureStaticSite(ROOT), scriptless);
      const nginx = await startCachingProxy(nginxBinary, path.join(ROOT, "deploy/nginx.conf"), siteServer.url, { site: scriptless });
      cleanups.unshift(() => nginx.stop());
      lower = { url: nginx.url, served: "", ensureRunning: siteServer.ensureRunning, stop: nginx.stop };
    }
    // The bare page as Next.js builds it, runtime included, behind the same nginx (its cache only).
    const reference = await frontOf(await startNextServer(baseline.dir));
    cleanups.unshift(() => reference.stop());
    served = `site : ${site.served} ; page nue : ${reference.served}`;
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: "error" });
    cleanups.unshift(() => chrome.kill());
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    cleanups.unshift(() => browser.close());
    const targets: Record<Variant, Target | undefined> = { deployed: site, lower, bare: reference };
    const pageOf = (variant: Variant, page: string) => (variant === "bare" ? "/" : page);
    // One request each first, so that no audit measures a server's warm-up.
    for (const { page } of KINDS) for (const { id } of VARIANTS) if (targets[id]) await (await fetch(`${targets[id].url}${pageOf(id, page)}`)).arrayBuffer();
    // The pages take turns, run after run, so that a busier minute of the machine weighs on each alike.
    const runs = new Map<string, Run[]>();
    const traces = new Map<string, Trace[]>();
    for (let run = 0; run < RUNS; run += 1) {
      for (const kind of KINDS) {
        for (const { id } of VARIANTS) {
          const target = targets[id];
          if (!target) continue;
          const key = `${kind.page} ${id}`;
          runs.set(key, [...(runs.get(key) ?? []), await audit(target, pageOf(id, kind.page), chrome.port)]);
          await quietMachine();
          traces.set(key, [...(traces.get(key) ?? []), await trace(browser, `${target.url}${pageOf(id, kind.page)}`, kind.copy && id === "deployed")]);
        }
      }
    }
    for (const [key, kindRuns] of runs) results.set(key, summarize(kindRuns, traces.get(key) ?? []));
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }

  const misses: string[] = [];
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/lighthouse/package.json"), "utf8")).version as string;
  const benchmark = median([...results.values()].map((result) => result.benchmarkIndex));
  console.log(`Lighthouse ${version}, préréglage mobile, ${RUNS} passages par page, à tour de rôle : médiane (plus bas–plus haut)`);
  console.log(`Serveur : ${served}${nginxBinary ? "" : " ; sans nginx (ou LIGHTHOUSE_DIRECT=1) : pas de borne basse"}`);
  console.log(`Navigateur réel : processeur ralenti ${TRACE_CPU_SLOWDOWN}×, réseau « Fast 3G » de DevTools (562,5 ms, 1,44 Mbit/s), sans cache`);
  console.log(
    `Machine : ${os.cpus()[0]?.model ?? "?"}, ${os.availableParallelism()} cœurs, benchmarkIndex médian ${Math.round(benchmark)} (Lighthouse règle son ralentissement 4× pour 1 500 à 2 000), charge ${os.loadavg()[0].toFixed(1)} ; ${new Date().toISOString().slice(0, 10)}\n`,
  );
  for (const kind of KINDS) {
    const of = (variant: Variant) => results.get(`${kind.page} ${variant}`);
    const bound = of("lower");
    const bare = of("bare");
    const rows = VARIANTS.filter(({ id }) => of(id)).map(({ id, label }) => {
      const result = of(id)!;
      return [
        label,
        `${result.scores.performance.toFixed(2)} (${result.performanceRuns.map((score) => score.toFixed(2)).join(" ")})`,
        spread(result.lcp, "s"),
        bound ? ratio(median(result.lcp), median(bound.lcp)) : "—",
        bare ? ratio(median(result.lcp), median(bare.lcp)) : "—",
        spread(result.tbt, "ms"),
        bound ? ratio(median(result.tbt), median(bound.tbt)) : "—",
        spread(result.firstPaint, "ms"),
        kind.copy && id === "deployed" ? spread(result.copyReady, "ms") : "—",
        ...CATEGORIES.slice(1).map((category) => result.scores[category].toFixed(2)),
      ];
    });
    console.log(`${kind.name} : ${kind.page}`);
    console.log(table(["page", "performance", "LCP", "÷ borne", "÷ nue", "TBT", "÷ borne", "1er affichage (réel)", "copie prête (réel)", "accessibilité", "bonnes pratiques", "SEO"], rows));
    console.log("");
    const deployed = of("deployed")!;
    for (const category of CATEGORIES.slice(1)) if (deployed.scores[category] < TARGETS[category]) misses.push(`${kind.page} : ${LABELS[category]} ${deployed.scores[category].toFixed(2)} < ${TARGETS[category]}`);
    misses.push(...deployed.failing.map((failing) => `${kind.page} : ${failing}`));
    if (bound) {
      const [lcp, lcpBound, tbt, tbtBound] = [median(deployed.lcp), median(bound.lcp), median(deployed.tbt), median(bound.tbt)];
      if (lcp > BOUND_FACTOR * lcpBound) misses.push(`${kind.page} : LCP ${seconds(lcp)} > ${BOUND_FACTOR} × borne basse ${seconds(lcpBound)}`);
      if (tbt > Math.max(BOUND_FACTOR * tbtBound, tbtBound + TBT_FLOOR_MS)) misses.push(`${kind.page} : TBT ${Math.round(tbt)} ms > ${BOUND_FACTOR} × borne basse ${Math.round(tbtBound)} ms (ou + ${TBT_FLOOR_MS} ms)`);
      if (deployed.scores.performance < bound.scores.performance) misses.push(`${kind.page} : performance ${deployed.scores.performance.toFixed(2)} < borne basse ${bound.scores.performance.toFixed(2)}`);
    }
  }
  console.log(
    `Cibles (page déployée contre sa borne basse, même passage) : LCP et TBT médians ≤ ${BOUND_FACTOR}× (TBT : ou + ${TBT_FLOOR_MS} ms), performance ≥ ; accessibilité, bonnes pratiques, SEO = 1 (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  if (misses.length > 0) {
    console.log(`\nÉCHEC :\n${misses.map((miss) => `  ${miss}`).join("\n")}`);
    return 1;
  }
  console.log("Toutes les cibles sont atteintes.");
  return 0;
}

process.exitCode = await main();
