/**
 * `npm run serve-bench -- [deploy/nginx.conf]`: requests per second on one prerendered page
 * (SERVE_BENCH_PATH, /roles/community-manager by default), side by side in one run:
 * 1. the Next.js server (`next start` on the production build, built first if absent);
 * 2. nginx with the given configuration, as a caching proxy in front of that server;
 * 3. nginx serving the same prerendered HTML as a plain file.
 * Without nginx (the `nginx` command, or /usr/sbin/nginx) or without the configuration file,
 * only the first is measured, and the reason is printed.
 *
 * The configuration is used as it is, except its `listen` and its upstream `server` addresses,
 * moved to free ports of 127.0.0.1; nginx runs in a temporary prefix (`-p`), in the foreground.
 * Load: autocannon, SERVE_BENCH_CONNECTIONS (10) connections for SERVE_BENCH_SECONDS (10 s) per
 * server, with `Accept-Encoding: gzip` like a browser. On a small machine autocannon competes with
 * the server for the CPU: compare the figures with each other, not with another machine's.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ensureBuild, startNextServer, type NextServer } from "./support/next-server";
import { findNginx, startCachingProxy, startNginx, type Nginx } from "./support/nginx";
import { table } from "./support/stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const PAGE = process.env.SERVE_BENCH_PATH ?? "/roles/community-manager";
const SECONDS = Number(process.env.SERVE_BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.SERVE_BENCH_CONNECTIONS ?? 10);
const HEADERS = { "accept-encoding": "gzip" };

type Target = { label: string; url: string; cacheHeader?: string };
/** nginx serving one prerendered HTML file at PAGE, compressed like the deploy configuration does. */
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
    client_body_temp_path tmp/client_body;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
    gzip on;
    gzip_vary on;
    gzip_min_length 1024;
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

async function warmUp(target: Target): Promise<string> {
  let response: Response | undefined;
  for (let request = 0; request < 3; request += 1) {
    response = await fetch(`${target.url}${PAGE}`, { headers: HEADERS });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${target.label} : ${PAGE} répond ${response.status}`);
  }
  return target.cacheHeader ? `${target.cacheHeader}: ${response!.headers.get(target.cacheHeader)}` : "";
}

async function main(): Promise<number> {
  const started = performance.now();
  ensureBuild(ROOT);
  const configPath = process.argv[2];
  const nginxBinary = findNginx();
  const skip = !configPath
    ? "pas de configuration nginx en argument (npm run serve-bench -- deploy/nginx.conf)"
    : !fs.existsSync(configPath)
      ? `configuration introuvable : ${configPath}`
      : !nginxBinary
        ? "nginx n'est pas installé (apt-get install -y nginx)"
        : null;
  if (skip) console.log(`nginx ignoré : ${skip}. Seul le serveur Next.js est mesuré.\n`);

  const pageFile = path.join(ROOT, ".next", "server", "app", `${PAGE === "/" ? "index" : PAGE.slice(1)}.html`);
  if (!fs.existsSync(pageFile)) throw new Error(`${PAGE} n'est pas une page prérendue (${pageFile} absent)`);
  const next: NextServer = await startNextServer(ROOT);
  const nginxes: Nginx[] = [];
  const rows: string[][] = [];
  try {
    const targets: Target[] = [{ label: "Next.js (next start)", url: next.url, cacheHeader: "x-nextjs-cache" }];
    if (!skip && nginxBinary && configPath) {
      const cache = await startCachingProxy(nginxBinary, configPath, next.url, { readyPath: PAGE });
      nginxes.push(cache);
      targets.push({ label: `nginx, cache de ${configPath}`, url: cache.url, cacheHeader: "x-cache-status" });
      const file = await startNginx(nginxBinary, staticFileConfig, { files: { "page.html": pageFile }, readyPath: PAGE });
      nginxes.push(file);
      targets.push({ label: "nginx, le même HTML en fichier", url: file.url });
    }

    let nextRate = 0;
    for (const target of targets) {
      await next.ensureRunning();
      const cacheState = await warmUp(target);
      const result = await autocannon({ url: `${target.url}${PAGE}`, connections: CONNECTIONS, duration: SECONDS, headers: HEADERS });
      if (target === targets[0]) nextRate = result.requests.average;
      rows.push([
        target.label,
        `${Math.round(result.requests.average)}`,
        target === targets[0] ? "1×" : `${(result.requests.average / nextRate).toFixed(1)}×`,
        `${result.latency.p50} ms`,
        `${result.latency.p99} ms`,
        `${result.non2xx + result.errors + result.timeouts}`,
        cacheState,
      ]);
    }
  } finally {
    await Promise.all([next.stop(), ...nginxes.map((nginx) => nginx.stop())]);
  }

  console.log(`${PAGE}, ${CONNECTIONS} connexions, ${SECONDS} s par serveur, Accept-Encoding: gzip (${os.availableParallelism()} cœurs, charge ${os.loadavg()[0].toFixed(1)})\n`);
  console.log(table(["serveur", "requêtes/s", "rapport", "latence p50", "p99", "erreurs", "cache"], rows));
  console.log(`\nDurée : ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}

process.exitCode = await main();
