/**
 * Debian's nginx as a child process for the nginx test and the serving bench: in the foreground,
 * in a temporary prefix (`-p`), on a port of 127.0.0.1, without root.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, waitFor } from "./next-server";

/** `pid`: the master process (its workers are its children). */
export type Nginx = { url: string; pid: number; stop: () => Promise<void> };

/** `NGINX_PATH`, else `nginx` on the PATH, else /usr/sbin/nginx; null when there is none. */
export function findNginx(): string | null {
  if (process.env.NGINX_PATH) return fs.existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : null;
  const onPath = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  if (onPath) return onPath;
  return fs.existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null;
}

/**
 * A configuration such as deploy/nginx.conf moved to our ports: every `listen` goes to
 * 127.0.0.1:`listenPort`, the upstream `server` to `upstream` (host:port).
 */
function moveConfig(source: string, listenPort: number, upstream: string): string {
  if (!/^\s*listen\s/m.test(source) || !/upstream\s+[\w-]+\s*\{[^}]*\bserver\s/.test(source)) {
    throw new Error("la configuration nginx n'a pas de directive listen ou de bloc upstream avec un server");
  }
  return source
    .replace(/^(\s*)listen\s+[^;]+;/gm, `$1listen 127.0.0.1:${listenPort};`)
    .replace(/(upstream\s+[\w-]+\s*\{[^}]*?)\bserver\s+[^;\s]+/g, `$1server ${upstream}`);
}

type StartOptions = {
  files?: Record<string, string>;
  readyPath?: string;
  /** Directory linked as `site` in the prefix, where deploy/nginx.conf finds the files it serves itself. */
  site?: string;
  /** The port to listen on (127.0.0.1), instead of a free one. */
  port?: number;
};

/**
 * nginx with the configuration at `configPath` (deploy/nginx.conf) in front of the server at
 * `upstreamUrl`, moved to a free port or `options.port` (see moveConfig). `site`: the build's static tree
 * (.next/static-site, see scripts/support/static-site.ts); without it, or if it does not exist,
 * every request goes to the server.
 */
export function startCachingProxy(binary: string, configPath: string, upstreamUrl: string, options: StartOptions = {}): Promise<Nginx> {
  const source = fs.readFileSync(configPath, "utf8");
  return startNginx(binary, (port) => moveConfig(source, port, new URL(upstreamUrl).host), options);
}

/**
 * Runs nginx, on a free port, with the configuration `configFor(port)` gives, in a fresh prefix
 * where `files` (name → source) are copied into static/, `site` is linked as site/ and `@PREFIX@`
 * in the configuration names the prefix; resolves once `readyPath` answers.
 */
export async function startNginx(binary: string, configFor: (port: number) => string, { files = {}, readyPath = "/", site, port: fixedPort }: StartOptions = {}): Promise<Nginx> {
  const port = fixedPort ?? (await freePort());
  const config = configFor(port);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "roles-nginx-"));
  // Started as root, nginx's workers run as nobody: they must reach the prefix.
  fs.chmodSync(prefix, 0o755);
  for (const dir of ["logs", "tmp", "static"]) fs.mkdirSync(path.join(prefix, dir), { mode: 0o755 });
  for (const [name, source] of Object.entries(files)) fs.copyFileSync(source, path.join(prefix, "static", name));
  if (site) fs.symlinkSync(path.resolve(site), path.join(prefix, "site"));
  const configFile = path.join(prefix, "nginx.conf");
  fs.writeFileSync(configFile, config.replaceAll("@PREFIX@", prefix));
  const args = ["-p", `${prefix}/`, "-c", configFile, ...(/^\s*daemon\s/m.test(config) ? [] : ["-g", "daemon off;"])];
  const check = spawnSync(binary, ["-t", ...args], { encoding: "utf8" });
  if (check.status !== 0) {
    fs.rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx -t refuse la configuration :\n${check.stderr}`);
  }
  const child: ChildProcess = spawn(binary, args, { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitFor(`${url}${readyPath}`, 15_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, stop };
}
