/**
 * Last step of `npm run serve` (after `npm ci` and `npm run build`): the site as production serves
 * it, on http://localhost:$PORT (3000 by default). When Debian's nginx is installed, that is
 * deploy/nginx.conf in front of `next start`: the document pages from .next/static-site, without
 * Next.js's runtime, precompressed, CSS inlined; the rest from Next.js behind it, on a free port.
 * Without nginx (or without its brotli module), it says so and falls back to `next start` alone,
 * whose pages load React and hydrate: not what readers get in production.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { findNginx, startCachingProxy, type Nginx } from "./support/nginx";
import { NEXT_ENV, startNextServer, type NextServer } from "./support/next-server";
import { ensureStaticSite } from "./support/static-site";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.PORT ?? 3000);
const INSTALL = "apt-get install -y nginx libnginx-mod-http-brotli-static";

function nextStartAlone(reason: string): void {
  console.log(`\n${reason}\n→ next start seul sur http://localhost:${PORT} : les pages y chargent React et s'hydratent, ce n'est pas ce que sert la production (deploy/README.md).\n`);
  const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(PORT)], { cwd: ROOT, env: NEXT_ENV, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => child.kill(signal));
  child.once("exit", (code) => process.exit(code ?? 0));
}

async function main(): Promise<void> {
  const binary = findNginx();
  if (!binary) return nextStartAlone(`nginx n'est pas installé (${INSTALL}).`);
  const site = ensureStaticSite(ROOT);
  const next: NextServer = await startNextServer(ROOT, { stdio: ["ignore", "inherit", "inherit"] });
  let nginx: Nginx;
  try {
    nginx = await startCachingProxy(binary, path.join(ROOT, "deploy/nginx.conf"), next.url, { site, port: PORT });
  } catch (error) {
    await next.stop();
    return nextStartAlone(`nginx (${binary}) n'a pas démarré avec deploy/nginx.conf : ${(error as Error).message}`);
  }
  console.log(
    `\nhttp://localhost:${PORT} : nginx (${binary}) avec deploy/nginx.conf, comme en production : les pages prérendues depuis ${path.relative(ROOT, site)} (sans le runtime de Next.js, précompressées, CSS dans la page), le reste par next start sur ${next.url}. Ctrl+C pour arrêter.\n`,
  );
  const stop = async () => {
    await Promise.all([nginx.stop(), next.stop()]);
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop());
}

await main();
