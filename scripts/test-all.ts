/**
 * `npm run test:all`: every check, in order, stopping at the first that fails, then the time of
 * each phase (the README's table comes from this output). Lint and the type check, each on one
 * core, run side by side. The build is the one every browser and HTTP test then serves.
 */
import { spawn } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SITE_URL: process.env.SITE_URL || "http://localhost:3000" };
/** Phases in order; the scripts of one phase run at the same time. */
const PHASES: Array<[name: string, scripts: string[]]> = [
  ["lint + types", ["lint", "typecheck"]],
  ["unit", ["test"]],
  ["build", ["build"]],
  ["budgets", ["budgets"]],
  ["browser and HTTP", ["test:e2e"]],
];

const run = (script: string) =>
  new Promise<number>((resolve) => spawn("npm", ["run", "--silent", script], { stdio: "inherit", env }).once("close", (code) => resolve(code ?? 1)));

const times: Array<[string, number]> = [];
const started = Date.now();
const report = () => {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
  console.log("\n== test:all, time per phase");
  for (const [name, ms] of times) console.log(`${name.padEnd(18)} ${seconds(ms).padStart(7)}`);
  console.log(`${"total".padEnd(18)} ${seconds(Date.now() - started).padStart(7)}`);
};

for (const [name, scripts] of PHASES) {
  console.log(`\n== ${name} (${scripts.map((script) => `npm run ${script}`).join(", ")})`);
  const start = Date.now();
  const codes = await Promise.all(scripts.map(run));
  times.push([name, Date.now() - start]);
  const failed = scripts.filter((_, index) => codes[index] !== 0);
  if (failed.length > 0) {
    report();
    console.error(`\n${name} a échoué (${failed.map((script) => `npm run ${script}`).join(", ")}).`);
    process.exit(1);
  }
}
report();
