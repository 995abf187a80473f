/**
 * Debian's `wrk` (`apt-get install -y wrk`; `.ci/run` installs it) as the load generator of
 * `npm run serve-bench`, with the CPU time it used, so that a run can tell when the generator,
 * rather than the server, set the pace. Also the CPU time of a server's process tree (Linux /proc).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";

/** `WRK_PATH`, else `wrk` on the PATH, else /usr/bin/wrk; null when there is none. */
export function findWrk(): string | null {
  if (process.env.WRK_PATH) return fs.existsSync(process.env.WRK_PATH) ? process.env.WRK_PATH : null;
  const onPath = spawnSync("sh", ["-c", "command -v wrk"], { encoding: "utf8" }).stdout.trim();
  if (onPath) return onPath;
  return fs.existsSync("/usr/bin/wrk") ? "/usr/bin/wrk" : null;
}

const TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces): [0] is field 3, `state`. */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(")") + 2).trim().split(/\s+/);
}

/** CPU seconds (user + system) used so far by `pid` and all its descendants still running; 0 if it is gone. */
export function treeCpuSeconds(pid: number): number {
  const parents = new Map<number, number>();
  const times = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(fs.readFileSync(`/proc/${entry}/stat`, "utf8"));
      parents.set(Number(entry), Number(fields[1]));
      times.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended while we read the list
    }
  }
  const inTree = (candidate: number): boolean => {
    for (let current: number | undefined = candidate; current !== undefined && current > 1; current = parents.get(current)) {
      if (current === pid) return true;
    }
    return false;
  };
  let ticks = 0;
  for (const [candidate, used] of times) if (inTree(candidate)) ticks += used;
  return ticks / TICKS_PER_SECOND;
}

export type WrkOptions = { threads: number; connections: number; seconds: number; headers: Record<string, string> };

export type WrkResult = {
  requestsPerSecond: number;
  /** Latency percentiles, ms. */
  p50: number;
  p99: number;
  /** Non-2xx/3xx answers and connect, read or write errors. */
  errors: number;
  /** Requests without an answer within the timeout (10 s). */
  timeouts: number;
  /** CPU seconds wrk used (user + system, all its threads). */
  cpuSeconds: number;
  wallSeconds: number;
  output: string;
};

function milliseconds(value: string, unit: string): number {
  const factor: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
  return Number(value) * (factor[unit] ?? Number.NaN);
}

/** Reads wrk's text report (with `--latency`). */
export function parseWrkOutput(output: string): Omit<WrkResult, "cpuSeconds" | "wallSeconds" | "output"> {
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output);
  if (!rate) throw new Error(`wrk n'a pas donné de débit :\n${output}`);
  const percentile = (name: string) => {
    const match = new RegExp(`^\\s*${name}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
    return match ? milliseconds(match[1], match[2]) : Number.NaN;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const errors = (socket ? socket.slice(1, 4).reduce((sum, count) => sum + Number(count), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0);
  return { requestsPerSecond: Number(rate[1]), p50: percentile("50"), p99: percentile("99"), errors, timeouts: socket ? Number(socket[4]) : 0 };
}

/**
 * Runs wrk on `url` and measures its CPU time: wrk runs under a shell that, once wrk has ended,
 * prints its own /proc/self/stat, whose cutime and cstime hold the CPU time of the child it waited for.
 */
export function runWrk(binary: string, url: string, { threads, connections, seconds, headers }: WrkOptions): Promise<WrkResult> {
  const args = ["-t", String(threads), "-c", String(connections), "-d", `${seconds}s`, "--timeout", "10s", "--latency", ...Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]), url];
  const script = 'wrk_binary="$1"; shift; "$wrk_binary" "$@"; status=$?; echo "@@STAT $(cat /proc/$$/stat)"; exit $status';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("sh", ["-c", script, "sh", binary, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      const statLine = /^@@STAT (.*)$/m.exec(stdout)?.[1];
      const output = stdout.replace(/^@@STAT .*$/m, "").trim();
      if (code !== 0 || !statLine) return reject(new Error(`wrk a échoué (code ${code}) :\n${output}\n${stderr}`));
      const fields = statFields(statLine);
      const cpuSeconds = (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
      try {
        resolve({ ...parseWrkOutput(output), cpuSeconds, wallSeconds, output });
      } catch (error) {
        reject(error);
      }
    });
  });
}
