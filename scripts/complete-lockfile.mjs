/**
 * The npm registry reachable from this project's machines lacks some platform-specific optional
 * packages (macOS, Windows, Android… builds of Next.js's SWC, Tailwind's oxide, unrs-resolver).
 * `npm install` then leaves them out of package-lock.json, and `npm ci` refuses the lock file.
 * This adds a placeholder entry (version, os, cpu, libc) for each missing one: npm ci skips
 * packages of another platform without fetching them. Run after every `npm install`.
 */
import fs from "node:fs";

const OS = ["android", "darwin", "freebsd", "win32", "openharmony", "linux", "wasm32"];
const CPU = { arm64: "arm64", x64: "x64", ia32: "ia32", arm: "arm", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", wasm32: "wasm32" };

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.map((part) => CPU[part]).find(Boolean);
  if (!os || !cpu) return null;
  const platform = os === "wasm32" ? { cpu: ["wasm32"] } : { os: [os], cpu: [cpu] };
  if (os === "linux") platform.libc = [parts.some((part) => part.startsWith("musl")) ? "musl" : "glibc"];
  return platform;
}

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform) throw new Error(`${name}: plateforme inconnue, ajoutez-la à scripts/complete-lockfile.mjs`);
    lock.packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json : ${added} paquet(s) d'autres plateformes ajouté(s)`);
