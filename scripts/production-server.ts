/** The production server as the browser tests and the load test run it: `next start` on a free local port. */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export type ProductionServer = { baseUrl: string; child: ChildProcess; stop: () => Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Le serveur ne répond pas sur ${url}`);
}

/** Builds once if there is no production build, then serves it with `next start` on a free port. */
export async function startProductionServer(stdio: StdioOptions = ["ignore", "inherit", "inherit"]): Promise<ProductionServer> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (!fs.existsSync(".next/BUILD_ID")) {
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("npm run build a échoué");
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitFor(baseUrl, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, child, stop };
}
