/**
 * `npm run loadtest`: drives the production server with autocannon for a bounded time over a
 * mix of pages, redirects, JSON, a 404 and a search, then reports throughput, latency, status
 * codes, errors and the server's memory. Exits 1 on any error, 5xx or unexpected status.
 *
 * LOADTEST_URL       target a running server (e.g. the nginx of deploy/) instead of starting one
 * LOADTEST_PID       with LOADTEST_URL: the Next.js process whose memory to report
 * LOADTEST_SECONDS   duration (default 20)
 * LOADTEST_CONNECTIONS  concurrent connections (default 50)
 *
 * Then a reader and attackers: one reader fetches a role page, alone, then while
 * LOADTEST_ATTACKERS (default 4) connections post the costliest text for the job-ad analyser
 * (scripts/support/pathological.ts) to /api/analyse; the reader's latency is reported both ways,
 * measured in the same run (LOADTEST_READER_SECONDS each, default 10). A benchmark: the machine's
 * speed decides the figures, and only errors and 5xx fail it.
 */
import fs from "node:fs";
import autocannon, { type Request } from "autocannon";
import { analyseAd } from "../lib/analyse/analyse";
import { analyserModel } from "../lib/analyse/language";
import { compiledContent } from "../lib/content/compiled";
import { ensureBuild, startNextServer, type NextServer } from "./support/next-server";
import { PATHOLOGICAL } from "./support/pathological";

/** What a reader's traffic looks like, with the status each address must get. */
const MIX: ReadonlyArray<{ path: string; status: number }> = [
  { path: "/", status: 200 },
  { path: "/roles", status: 200 },
  { path: "/roles/community-manager", status: 200 },
  { path: "/roles/content-manager", status: 200 },
  { path: "/roles/social-media-manager", status: 200 },
  { path: "/compare/community-manager/social-media-manager", status: 200 },
  { path: "/roles/cm", status: 308 },
  { path: "/compare?a=cm&b=content-manager", status: 308 },
  { path: "/api/roles", status: 200 },
  { path: "/api/roles/content-manager", status: 200 },
  { path: "/roles/inconnu", status: 404 },
  { path: "/roles?q=animatrice%20de%20communaut%C3%A9", status: 200 },
];

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} doit être un entier positif (reçu « ${raw} »)`);
  return value;
}

/** Resident memory of a process, in MB, from /proc (Linux); null when unknown. */
function memoryOf(pid: number | undefined, field: "VmRSS" | "VmHWM"): number | null {
  if (!pid) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kilobytes = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1];
    return kilobytes ? Math.round(Number(kilobytes) / 1024) : null;
  } catch {
    return null;
  }
}

const megabytes = (value: number | null) => (value === null ? "inconnue" : `${value} Mo`);

async function main(): Promise<number> {
  const seconds = positiveInteger("LOADTEST_SECONDS", 20);
  const connections = positiveInteger("LOADTEST_CONNECTIONS", 50);
  const target = process.env.LOADTEST_URL?.trim().replace(/\/+$/, "");
  let server: NextServer | undefined;
  let pid: number | undefined;
  if (target) {
    pid = process.env.LOADTEST_PID ? positiveInteger("LOADTEST_PID", 0) : undefined;
  } else {
    ensureBuild();
    server = await startNextServer();
    pid = server.child().pid;
  }
  const baseUrl = target ?? server!.url;

  try {
    const unexpected = new Map<string, number>();
    const requests: Request[] = MIX.map(({ path, status }) => ({
      path,
      headers: { "accept-encoding": "gzip" },
      onResponse: (received) => {
        if (received === status) return;
        const what = `${path} → ${received} (attendu ${status})`;
        unexpected.set(what, (unexpected.get(what) ?? 0) + 1);
      },
    }));

    const rssBefore = memoryOf(pid, "VmRSS");
    console.log(`Charge : ${connections} connexions pendant ${seconds} s sur ${baseUrl}${server ? " (next start lancé par le script)" : ""}`);
    console.log(`Mélange : ${MIX.map(({ path }) => path).join(", ")}`);
    const result = await autocannon({ url: baseUrl, connections, duration: seconds, timeout: 10, requests });
    const rssAfter = memoryOf(pid, "VmRSS");

    const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${code} × ${count ?? 0}`);
    console.log(`Requêtes : ${result.requests.total} en ${result.duration} s, ${Math.round(result.requests.average)} req/s en moyenne`);
    console.log(`Latence : p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`Réponses : 2xx ${result["2xx"]}, 3xx ${result["3xx"]}, 4xx ${result["4xx"]}, 5xx ${result["5xx"]} (par code : ${codes.join(", ") || "aucune"})`);
    console.log(`Erreurs : ${result.errors} (dont ${result.timeouts} délais dépassés)`);
    console.log(`Statuts inattendus : ${unexpected.size === 0 ? "aucun" : [...unexpected].map(([what, count]) => `${what} × ${count}`).join(" ; ")}`);
    console.log(
      pid
        ? `Mémoire du serveur (VmRSS, pid ${pid}) : ${megabytes(rssBefore)} avant, ${megabytes(rssAfter)} après (pic ${megabytes(memoryOf(pid, "VmHWM"))})`
        : "Mémoire du serveur : inconnue (donnez le pid de next start dans LOADTEST_PID)",
    );

    const attack = await readerUnderAttack(baseUrl, positiveInteger("LOADTEST_ATTACKERS", 4), positiveInteger("LOADTEST_READER_SECONDS", 10));
    const failed = result.errors > 0 || result["5xx"] > 0 || unexpected.size > 0 || result.requests.total === 0 || !attack.ok;
    console.log(failed ? "Résultat : ÉCHEC (erreurs, 5xx ou statuts inattendus)" : "Résultat : OK, aucune erreur ni 5xx");
    return failed ? 1 : 0;
  } finally {
    await server?.stop();
  }
}

/** The pathological text that costs the analyser the most processor time here, by name. */
function costliestText(): [string, string] {
  const model = analyserModel(compiledContent().languages.fr, "fr");
  const cost = (text: string) => {
    const start = process.cpuUsage();
    analyseAd(model, text);
    const { user, system } = process.cpuUsage(start);
    return user + system;
  };
  return Object.entries(PATHOLOGICAL).sort(([, a], [, b]) => cost(b) - cost(a))[0];
}

/** A reader fetching a role page: alone, then while `attackers` connections post the costliest text to the API. */
async function readerUnderAttack(baseUrl: string, attackers: number, seconds: number): Promise<{ ok: boolean }> {
  const [name, text] = costliestText();
  const read = () => autocannon({ url: `${baseUrl}/roles/community-manager`, connections: 1, duration: seconds, headers: { "accept-encoding": "gzip" } });
  const alone = await read();
  const [attacked, attack] = await Promise.all([
    read(),
    autocannon({ url: `${baseUrl}/api/analyse`, method: "POST", connections: attackers, duration: seconds, timeout: 30, headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) }),
  ]);
  const ratio = attacked.latency.p99 / Math.max(alone.latency.p99, 1);
  console.log(`\nLecteur d’une fiche, seul : p50 ${alone.latency.p50} ms, p99 ${alone.latency.p99} ms (${alone.requests.total} requêtes)`);
  console.log(`Le même, pendant que ${attackers} connexions envoient « ${name} » (${text.length} caractères) à /api/analyse : p50 ${attacked.latency.p50} ms, p99 ${attacked.latency.p99} ms (${attacked.requests.total} requêtes)`);
  console.log(`Attaquants : ${attack.requests.total} requêtes, ${Math.round(attack.requests.average)} par seconde : ${attack["2xx"]} analysées (2xx), ${attack["4xx"]} refusées (4xx, dont 429 au-delà de la limite par client), 5xx ${attack["5xx"]}, erreurs ${attack.errors}`);
  console.log(`p99 du lecteur attaqué / seul : ×${ratio.toFixed(2)} (objectif : ×2 au plus)`);
  return { ok: alone.errors + attacked.errors + attacked["5xx"] + attack["5xx"] === 0 };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
