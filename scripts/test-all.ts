/**
 * `npm run test:all`: every check, in order, stopping at the first that fails, then the time of
 * each phase (the README's table comes from this output). The build is the one every browser and
 * HTTP test then serves.
 */
import { spawnSync } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SITE_URL: process.env.SITE_URL || "http://localhost:3000" };
const PHASES: Array<[name: string, script: string]> = [
  ["lint", "lint"],
  ["types", "typecheck"],
  ["unit", "test"],
  ["build", "build"],
  ["budgets", "budgets"],
  ["browser and HTTP", "test:e2e"],
];

const times: Array<[string, number]> = [];
const started = Date.now();
const report = () => {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
  console.log("\n== test:all, time per phase");
  for (const [name, ms] of times) console.log(`${name.padEnd(18)} ${seconds(ms).padStart(7)}`);
  console.log(`${"total".padEnd(18)} ${seconds(Date.now() - started).padStart(7)}`);
};

for (const [name, script] of PHASES) {
  console.log(`\n== ${name} (npm run ${script})`);
  const start = Date.now();
  const run = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit", env });
  times.push([name, Date.now() - start]);
  if (run.status !== 0) {
    report();
    console.error(`\n${name} a échoué (npm run ${script}, code ${run.status ?? run.signal}).`);
    process.exit(1);
  }
}
report();
