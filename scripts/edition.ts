/**
 * `npm run edition`: publishes today's edition of every role whose text changed since its last
 * edition, in every language, from the pages of the last build (`npm run build` first).
 *
 *   npm run build && npm run edition                 every role, dated today (UTC)
 *   npm run edition -- --date 2026-12-08 --role community-manager
 *   npm run edition -- --date 2026-11-23 --build ../old/.next --commit 48ebd08…
 *                    an edition from an older build of the site (a worktree of that commit):
 *                    for the roles that have no edition yet
 *
 * For each new edition it writes `content/editions/<slug>/<date>.json` (and `content/en/…`),
 * adds its hashes to the manifest, and puts an entry to write at the top of the role's change
 * log (`content/editions/<slug>.yml`): `npm run validate` refuses it until it says what changed.
 * An edition already published is never written again.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentKey, compiledContent } from "../lib/content/compiled";
import { contentDir, formatProblem, languageDir } from "../lib/content/load";
import { fileHash, textHash } from "../lib/editions/hash";
import { EDITIONS_FOLDER, MANIFEST_FILE, manifestKey } from "../lib/editions/load";
import { JOURNAL_PLACEHOLDER, type Manifest } from "../lib/editions/schema";
import { localisePath, type Locale } from "../lib/i18n/locales";
import { isoDate } from "../lib/schema";
import { editionPath, rolePath } from "../lib/site";
import { snapshotFromPages } from "./support/edition-snapshot";
import { BUILT_CONTENT_KEY } from "./support/static-site";

const ROOT = path.resolve(import.meta.dirname, "..");

function fail(message: string): never {
  console.error(`npm run edition : ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { date: { type: "string" }, role: { type: "string", multiple: true }, build: { type: "string" }, commit: { type: "string" } } });
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!isoDate.safeParse(date).success) fail(`date invalide « ${date} » : écrivez-la AAAA-MM-JJ`);

const dir = contentDir();
const { languages, problems } = compiledContent(dir);
if (problems.length > 0) fail(`le contenu a des problèmes, corrigez-les d’abord :\n${problems.map(formatProblem).join("\n")}`);
let commit: string | null = values.commit ?? null;
if (values.build) {
  if (!commit || !/^[0-9a-f]{40}$/.test(commit)) fail("--build demande --commit, l’empreinte complète (40 caractères) du commit construit");
} else {
  const keyFile = path.join(ROOT, BUILT_CONTENT_KEY);
  const built = fs.existsSync(keyFile) ? fs.readFileSync(keyFile, "utf8").trim() : null;
  if (built !== contentKey(dir)) fail("les pages construites ne sont pas celles du contenu actuel : lancez `npm run build`, puis `npm run edition`");
  try {
    commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // not a git checkout: the edition says so with `commit: null`
  }
}

const appDir = path.join(path.resolve(values.build ?? path.join(ROOT, ".next")), "server", "app");
const builtFile = (route: string) => path.join(appDir, `${route.replace(/^\//, "")}.html`);
/**
 * A role's section pages in the build: those of the content for today's build; for an older build,
 * every `<route>/<section>.html` it has (before the change log, nothing else was there).
 */
const sectionPagesOf = (route: string, ids: string[]) => {
  const folder = path.join(appDir, route.replace(/^\//, ""));
  if (!fs.existsSync(folder)) return {};
  const names = values.build ? fs.readdirSync(folder).filter((name) => name.endsWith(".html")).map((name) => name.slice(0, -".html".length)) : ids;
  return Object.fromEntries(names.map((name) => [name, fs.readFileSync(path.join(folder, `${name}.html`), "utf8")]));
};

let published = 0;
for (const [locale, language] of Object.entries(languages) as Array<[Locale, (typeof languages)[Locale]]>) {
  const editionsDir = path.join(languageDir(dir, locale), EDITIONS_FOLDER);
  const manifestFile = path.join(editionsDir, MANIFEST_FILE);
  const manifest: Manifest = fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, "utf8")) : {};
  let written = 0;
  for (const role of language.roles) {
    if (values.role && !values.role.includes(role.slug)) continue;
    const living = localisePath(rolePath(role.slug), locale);
    const shown = `${role.slug} (${locale})`;
    if (!fs.existsSync(builtFile(living))) {
      if (values.build) {
        console.log(`${shown} : pas de page dans cette construction, pas d’édition`);
        continue;
      }
      fail(`page construite introuvable : ${path.relative(ROOT, builtFile(living))} ; lancez \`npm run build\``);
    }
    const previous = language.editions.find((edition) => edition.slug === role.slug)?.editions[0];
    if (values.build && previous) {
      console.log(`${shown} : a déjà des éditions ; une construction ancienne ne s’ajoute qu’à un rôle qui n’en a pas`);
      continue;
    }
    const snapshot = snapshotFromPages({
      slug: role.slug,
      locale,
      date,
      commit,
      rolePage: fs.readFileSync(builtFile(living), "utf8"),
      sectionPages: sectionPagesOf(living, role.pages.map((page) => page.id)),
      livingPrefix: living,
      editionPrefix: localisePath(editionPath(role.slug, date), locale),
    });
    if (previous?.snapshot.date === date) {
      if (textHash(previous.snapshot) === textHash(snapshot)) console.log(`${shown} : l’édition du ${date} est déjà publiée`);
      else console.log(`${shown} : une édition du ${date} existe déjà et diffère du texte actuel ; une édition ne change pas : publiez demain, ou, si elle n’est encore publiée nulle part, supprimez-la (fichier, manifeste, entrée) et relancez`);
      continue;
    }
    if (previous && previous.snapshot.date > date) fail(`${shown} : une édition plus récente (${previous.snapshot.date}) existe déjà`);
    if (previous && textHash(previous.snapshot) === textHash(snapshot)) {
      console.log(`${shown} : inchangé depuis l’édition du ${previous.snapshot.date}, pas de nouvelle édition`);
      continue;
    }
    const file = path.join(editionsDir, role.slug, `${date}.json`);
    const bytes = `${JSON.stringify(snapshot, null, 2)}\n`;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    manifest[manifestKey(role.slug, date)] = { file: fileHash(bytes), text: textHash(snapshot) };
    const journal = path.join(editionsDir, `${role.slug}.yml`);
    const before = fs.existsSync(journal) ? fs.readFileSync(journal, "utf8") : "";
    fs.writeFileSync(journal, `- date: "${date}"\n  summary: "${JOURNAL_PLACEHOLDER}"\n${before}`);
    console.log(`${shown} : édition du ${date} publiée (${path.relative(ROOT, file)}) ; écrivez ce qui a changé dans ${path.relative(ROOT, journal)}`);
    written += 1;
  }
  published += written;
  if (written > 0) {
    const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
    fs.mkdirSync(editionsDir, { recursive: true });
    fs.writeFileSync(manifestFile, `${JSON.stringify(sorted, null, 2)}\n`);
  }
}
console.log(published > 0 ? `${published} édition(s) publiée(s) : écrivez leur résumé, puis \`npm run validate\`` : "aucune nouvelle édition");
