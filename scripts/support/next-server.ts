import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/** Environment of every Next.js command the scripts run. */
export const NEXT_ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Ports the scripts' servers may use: `PERF_PORTS` ("first-last"), 3300-3399 by default. */
const [FIRST_PORT, LAST_PORT] = (process.env.PERF_PORTS ?? "3300-3399").split("-").map(Number);
let nextCandidate = FIRST_PORT;

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A port of the range nobody listens on (each call moves on, so two servers never get the same one). */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries <= LAST_PORT - FIRST_PORT; tries += 1) {
    const port = nextCandidate;
    nextCandidate = port >= LAST_PORT ? FIRST_PORT : port + 1;
    if (await canListen(port)) return port;
  }
  throw new Error(`aucun port libre entre ${FIRST_PORT} et ${LAST_PORT} (PERF_PORTS)`);
}

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

/** Runs `npm run build` in `dir` when it has no production build yet. */
export function ensureBuild(dir: string): void {
  if (fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) return;
  console.log(`Pas de build de production dans ${dir} : npm run build…`);
  const build = spawnSync("npm", ["run", "build"], { cwd: dir, stdio: "inherit", env: NEXT_ENV });
  if (build.status !== 0) throw new Error("npm run build a échoué");
}

export type NextServer = {
  url: string;
  /** Starts the server again, on the same port, if something stopped it (see below). */
  ensureRunning: () => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * `next start` on a free port of 127.0.0.1, for the production build of `dir`. On a shared machine
 * a broad `pkill` of someone else may stop it: that is said on stderr, and `ensureRunning()`
 * starts it again so that the measurement can be retried.
 */
export async function startNextServer(dir: string, options: { env?: Record<string, string> } = {}): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let stopping = false;
  let child: ChildProcess;
  let exited: Promise<void>;

  const spawnServer = async () => {
    child = spawn(path.join(dir, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: dir,
      env: { ...NEXT_ENV, ...options.env },
      stdio: ["ignore", "ignore", "inherit"],
    });
    exited = new Promise<void>((resolve) =>
      child.once("exit", (code, signal) => {
        if (!stopping) console.error(`next start (${dir}, port ${port}) s'est arrêté sans qu'on le lui demande : code ${code}, signal ${signal}`);
        resolve();
      }),
    );
    try {
      await waitFor(url, 60_000);
    } catch (error) {
      stopping = true;
      child.kill("SIGTERM");
      throw error;
    }
  };
  const running = () => child.exitCode === null && child.signalCode === null;

  await spawnServer();
  return {
    url,
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
