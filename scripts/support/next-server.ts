/**
 * `next start` as the browser tests, the load test and the performance scripts run it: on a free
 * local port, for the production build of a directory (built first when it has none).
 */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Environment of every Next.js command the scripts run. */
export const NEXT_ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** A local port nobody listens on, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Resolves once `url` answers 2xx; rejects after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Le serveur ne répond pas sur ${url}`);
}

/**
 * Runs `npm run build` in `dir` when it has no production build yet. A local build for the tests and
 * measurements: `SITE_URL` defaults to localhost, so that it also builds under CI (see check-site-url.ts).
 */
export function ensureBuild(dir = "."): void {
  if (fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) return;
  console.log(`Pas de build de production dans ${path.resolve(dir)} : npm run build…`);
  const build = spawnSync("npm", ["run", "build"], { cwd: dir, stdio: "inherit", env: { SITE_URL: "http://localhost:3000", ...NEXT_ENV } });
  if (build.status !== 0) throw new Error("npm run build a échoué");
}

export type NextServer = {
  url: string;
  /** The running `next start` process (its pid gives the server's memory). */
  child: () => ChildProcess;
  /** Starts the server again, on the same port, if something stopped it (see below). */
  ensureRunning: () => Promise<void>;
  stop: () => Promise<void>;
};

type StartOptions = { env?: Record<string, string>; stdio?: StdioOptions };

/**
 * `next start` on a free port, reached at 127.0.0.1, for the production build of `dir`, which must exist
 * (see ensureBuild). On a shared machine a broad `pkill` of someone else may stop it: that is said
 * on stderr, and `ensureRunning()` starts it again so that a measurement can be retried.
 */
export async function startNextServer(dir = ".", { env = {}, stdio = ["ignore", "ignore", "inherit"] }: StartOptions = {}): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let stopping = false;
  let child!: ChildProcess;
  let exited!: Promise<void>;

  const spawnServer = async () => {
    // No `-H 127.0.0.1`, as in production (deploy/README.md): with it, Next.js 16 takes the
    // rewrites of proxy.ts for another host's and forwards them over HTTP to itself, which
    // drops connections under load (tests/e2e/cache.e2e.ts checks that they stay internal).
    child = spawn(path.join(dir, "node_modules/.bin/next"), ["start", "-p", String(port)], {
      cwd: dir,
      env: { ...NEXT_ENV, ...env },
      stdio,
    });
    stopping = false;
    // A child that cannot start ('error': no such file) never emits 'exit': both end `exited`.
    const ended = new Promise<string>((resolve) => {
      child.once("error", (error) => resolve(error.message));
      child.once("exit", (code, signal) => resolve(`code ${code}, signal ${signal}`));
    });
    exited = ended.then((how) => {
      if (!stopping) console.error(`next start (${dir}, port ${port}) s'est arrêté sans qu'on le lui demande : ${how}`);
    });
    const startFailed = ended.then((how) => Promise.reject(new Error(`next start (${dir}) n'a pas démarré : ${how}`)));
    startFailed.catch(() => {});
    try {
      await Promise.race([waitFor(url, 60_000), startFailed]);
    } catch (error) {
      stopping = true;
      if (running()) child.kill("SIGTERM");
      await exited;
      throw error;
    }
  };
  const running = () => child.exitCode === null && child.signalCode === null;

  await spawnServer();
  return {
    url,
    child: () => child,
    ensureRunning: async () => {
      if (running()) return;
      console.error(`next start (${dir}) : redémarrage sur le port ${port}`);
      await spawnServer();
    },
    stop: async () => {
      stopping = true;
      if (running()) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** What a copy of the app needs to build (`npm run build` runs scripts/, and the type check covers tests/): not the content. */
const APP_FILES = ["app", "components", "lib", "public", "scripts", "tests", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json", "tsconfig.json", "postcss.config.mjs", "tailwind.config.ts"];

/**
 * A copy of the app in a temporary folder, to build with other content (`CONTENT_DIR`) without
 * touching this one's `.next`. node_modules is hard-linked when the temporary folder is on the
 * same file system (no data copied), copied otherwise; Turbopack does not follow a symlink out of
 * the app. The folder is removed if the copy fails.
 */
export function copyApp(root = path.resolve(import.meta.dirname, "../..")): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roles-app-"));
  try {
    for (const name of APP_FILES) if (fs.existsSync(path.join(root, name))) fs.cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
    const modules = [path.join(root, "node_modules"), path.join(dir, "node_modules")];
    if (spawnSync("cp", ["-al", ...modules], { stdio: "ignore" }).status !== 0) {
      console.log("node_modules : liens physiques impossibles (autre système de fichiers), copie…");
      fs.rmSync(modules[1], { recursive: true, force: true });
      if (spawnSync("cp", ["-a", ...modules], { stdio: "inherit" }).status !== 0) throw new Error("copie de node_modules impossible");
    }
    return dir;
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
