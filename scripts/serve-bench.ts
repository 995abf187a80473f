/**
 * `npm run serve-bench -- [deploy/nginx.conf]`: requests per second on one prerendered page
 * (SERVE_BENCH_PATH, /roles/community-manager by default), side by side in one run:
 * 1. the Next.js server (`next start` on the production build, built first if absent);
 * 2. nginx with the given configuration as deployed: the build's files (.next/static-site) served
 *    by nginx, Next.js behind it for the rest;
 * 3. the same configuration without those files: nginx as a caching proxy only;
 * 4. the ceiling: nginx serving the same HTML, precompressed the same way, as a plain file with a
 *    minimal configuration. Every other row is given as a ratio of this one.
 * Without nginx (the `nginx` command, or /usr/sbin/nginx) or without the configuration file,
 * only the first is measured, and the reason is printed.
 *
 * The configuration is used as it is, except its `listen` and its upstream `server` addresses,
 * moved to free ports of 127.0.0.1; nginx runs in a temporary prefix (`-p`), in the foreground.
 *
 * Load: Debian's wrk (`apt-get install -y wrk`), one process with SERVE_BENCH_THREADS (2) threads
 * and SERVE_BENCH_CONNECTIONS (50) connections for SERVE_BENCH_SECONDS (5 s) per server and per
 * round, with `Accept-Encoding: gzip`; SERVE_BENCH_ROUNDS (3) rounds, the servers taking turns, so
 * that a neighbour's load on a shared machine weighs on each of them alike; each figure is the
 * median of the rounds. wrk is written in C and spends a few µs per request, where autocannon,
 * one Node.js process, saturated first (about 2 000 requests/s here). The CPU time of wrk and of
 * the server is measured for each row (/proc): when wrk used at least 90 % of a core per thread,
 * it may have set the pace, and the row says so.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { ensureBuild, startNextServer, type NextServer } from "./support/next-server";
import { findNginx, startCachingProxy, startNginx, type Nginx } from "./support/nginx";
import { ensureStaticSite, pageFile } from "./support/static-site";
import { median, table } from "./support/stats";
import { findWrk, runWrk, treeCpuSeconds, type WrkResult } from "./support/wrk";

const ROOT = path.resolve(import.meta.dirname, "..");
const PAGE = process.env.SERVE_BENCH_PATH ?? "/roles/community-manager";
const SECONDS = Number(process.env.SERVE_BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.SERVE_BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.SERVE_BENCH_CONNECTIONS ?? 50);
const THREADS = Number(process.env.SERVE_BENCH_THREADS ?? 2);
const HEADERS = { "accept-encoding": "gzip" };
/** wrk is taken as saturated above this share of one core per thread. */
const SATURATED = 0.9;

/** `expect`: what tells that the row measures what it says (a header and its value, or its absence). */
type Target = { label: string; url: string; pid: number; expect: { header: string; value: string | null }; html: string };

/** nginx serving one HTML file at PAGE, with its precompressed copy: nothing but the file. */
function staticFileConfig(port: number): string {
  return `worker_processes auto;
pid logs/nginx.pid;
error_log logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65s;
    open_file_cache max=100 inactive=60s;
    client_body_temp_path tmp/client_body;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
    gzip_static on;
    gzip_vary on;
    server {
        listen 127.0.0.1:${port};
        location = ${PAGE} {
            default_type "text/html; charset=utf-8";
            alias @PREFIX@/static/page.html;
        }
    }
}
`;
}

/** The page as the target sends it, decompressed; checks that the target serves it the way its row says. */
async function check(target: Target): Promise<string> {
  let response: Response | undefined;
  for (let request = 0; request < 3; request += 1) {
    response = await fetch(`${target.url}${PAGE}`, { headers: HEADERS });
    if (response.status !== 200) throw new Error(`${target.label} : ${PAGE} répond ${response.status}`);
    if (request < 2) await response.arrayBuffer();
  }
  const value = response!.headers.get(target.expect.header);
  if (value !== target.expect.value) {
    throw new Error(`${target.label} : ${target.expect.header} vaut ${value}, attendu ${target.expect.value}`);
  }
  return await response!.text();
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

async function main(): Promise<number> {
  const started = performance.now();
  const wrk = findWrk();
  if (!wrk) {
    console.error("wrk n'est pas installé : apt-get install -y wrk (.ci/run l'installe)");
    return 1;
  }
  ensureBuild(ROOT);
  const site = ensureStaticSite(ROOT);
  const configPath = process.argv[2];
  const nginxBinary = findNginx();
  const skip = !configPath
    ? "pas de configuration nginx en argument (npm run serve-bench -- deploy/nginx.conf)"
    : !fs.existsSync(configPath)
      ? `configuration introuvable : ${configPath}`
      : !nginxBinary
        ? "nginx n'est pas installé (apt-get install -y nginx libnginx-mod-http-brotli-static)"
        : null;
  if (skip) console.log(`nginx ignoré : ${skip}. Seul le serveur Next.js est mesuré.\n`);

  const file = path.join(site, pageFile(PAGE));
  if (!fs.existsSync(file)) throw new Error(`${PAGE} n'est pas une page prérendue servie en fichier (${file} absent)`);
  // The page as nginx serves it (stylesheet inline, see scripts/support/static-site.ts), and as Next.js does.
  const html = fs.readFileSync(file, "utf8");
  const nextHtml = fs.readFileSync(path.join(ROOT, ".next", "server", "app", `${PAGE === "/" ? "index" : PAGE.slice(1)}.html`), "utf8");
  const next: NextServer = await startNextServer(ROOT);
  const nginxes: Nginx[] = [];
  const measures = new Map<Target, Array<{ result: WrkResult; serverCpu: number }>>();
  try {
    const targets: Target[] = [{ label: "Next.js (next start)", url: next.url, pid: next.child().pid!, expect: { header: "x-nextjs-cache", value: "HIT" }, html: nextHtml }];
    if (!skip && nginxBinary && configPath) {
      const deployed = await startCachingProxy(nginxBinary, configPath, next.url, { readyPath: PAGE, site });
      nginxes.push(deployed);
      targets.push({ label: `nginx de ${configPath} : fichiers du build`, url: deployed.url, pid: deployed.pid, expect: { header: "x-cache-status", value: null }, html });
      const cacheOnly = await startCachingProxy(nginxBinary, configPath, next.url, { readyPath: PAGE });
      nginxes.push(cacheOnly);
      targets.push({ label: `nginx de ${configPath} : cache seul`, url: cacheOnly.url, pid: cacheOnly.pid, expect: { header: "x-cache-status", value: "HIT" }, html: nextHtml });
      const plain = await startNginx(nginxBinary, staticFileConfig, { files: { "page.html": file, "page.html.gz": `${file}.gz` }, readyPath: PAGE });
      nginxes.push(plain);
      targets.push({ label: "nginx, le même HTML en fichier (plafond)", url: plain.url, pid: plain.pid, expect: { header: "content-encoding", value: "gzip" }, html });
    }

    for (const target of targets) {
      if ((await check(target)) !== target.html) throw new Error(`${target.label} ne sert pas le HTML du build pour ${PAGE}`);
      // One second of load first: connections, caches and the JIT of Next.js are warm for the measures.
      await runWrk(wrk, `${target.url}${PAGE}`, { threads: THREADS, connections: CONNECTIONS, seconds: 1, headers: HEADERS });
      measures.set(target, []);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const target of targets) {
        await next.ensureRunning();
        const cpuBefore = treeCpuSeconds(target.pid);
        const result = await runWrk(wrk, `${target.url}${PAGE}`, { threads: THREADS, connections: CONNECTIONS, seconds: SECONDS, headers: HEADERS });
        measures.get(target)!.push({ result, serverCpu: (treeCpuSeconds(target.pid) - cpuBefore) / result.wallSeconds });
      }
    }
  } finally {
    await Promise.all([next.stop(), ...nginxes.map((nginx) => nginx.stop())]);
  }

  const results = [...measures].map(([target, runs]) => {
    const of = (value: (run: (typeof runs)[number]) => number) => median(runs.map(value));
    return {
      target,
      rate: of((run) => run.result.requestsPerSecond),
      rates: runs.map((run) => Math.round(run.result.requestsPerSecond)),
      p50: of((run) => run.result.p50),
      p99: of((run) => run.result.p99),
      errors: runs.reduce((sum, run) => sum + run.result.errors, 0),
      timeouts: runs.reduce((sum, run) => sum + run.result.timeouts, 0),
      generatorCpu: of((run) => run.result.cpuSeconds / run.result.wallSeconds),
      serverCpu: of((run) => run.serverCpu),
      serverCpuPerRequest: of((run) => run.serverCpu / run.result.requestsPerSecond),
    };
  });
  const ceiling = results.length > 1 ? results[results.length - 1].rate : Number.NaN;
  const saturated = results.filter((result) => result.generatorCpu >= SATURATED * THREADS).map((result) => result.target.label);
  const rows = results.map((result) => [
    result.target.label,
    `${Math.round(result.rate)}`,
    result.rates.join(" "),
    Number.isNaN(ceiling) ? "–" : `${(result.rate / ceiling).toFixed(2)}×`,
    `${result.p50.toFixed(2)} ms`,
    `${result.p99.toFixed(2)} ms`,
    `${result.errors} / ${result.timeouts}`,
    `${percent(result.generatorCpu)}${result.generatorCpu >= SATURATED * THREADS ? " SATURÉ" : ""}`,
    percent(result.serverCpu),
    `${Math.round(result.serverCpuPerRequest * 1e6)} µs`,
  ]);

  const gzipBytes = zlib.gzipSync(html, { level: 9 }).length;
  console.log(
    `${PAGE} (servie par nginx : ${Buffer.byteLength(html)} octets, ${gzipBytes} en gzip ; par Next.js : ${Buffer.byteLength(nextHtml)}), wrk ${THREADS} threads, ${CONNECTIONS} connexions, ${ROUNDS} × ${SECONDS} s par serveur, chacun son tour, Accept-Encoding: gzip` +
      ` (${os.availableParallelism()} cœurs, charge ${os.loadavg()[0].toFixed(1)})\n`,
  );
  console.log(table(["serveur", "requêtes/s", "(par tour)", "/ plafond", "p50", "p99", "erreurs / délais", "CPU wrk", "CPU serveur", "CPU serveur/req."], rows));
  console.log(`\nMédianes des ${ROUNDS} tours. Erreurs : statuts autres que 2xx/3xx, connexions refusées ou coupées ; délais : pas de réponse en 10 s.`);
  console.log(`CPU : 100 % = un cœur ; wrk est tenu pour saturé à partir de ${percent(SATURATED)} d'un cœur par thread (${percent(SATURATED * THREADS)}).`);
  if (saturated.length > 0) {
    console.log(`ATTENTION : le générateur de charge était saturé pour ${saturated.join(", ")} : ces débits mesurent wrk autant que le serveur.`);
  }
  console.log(`Durée : ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return results.some((result) => result.errors > 0) ? 1 : 0;
}

process.exitCode = await main();
