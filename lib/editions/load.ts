import fs from "node:fs";
import path from "node:path";
import { displayPath, readUtf8, readYamlFile, fieldPath, type Problem } from "../content/files";
import type { Locale } from "../i18n/locales";
import { fileHash, textHash } from "./hash";
import { unsafeMarkup } from "./safe";
import { JOURNAL_PLACEHOLDER, journalSchema, manifestSchema, snapshotSchema, type JournalEntry, type Manifest, type Snapshot } from "./schema";

/** One dated edition of a role: what the change log says of it, and the text frozen that day. */
export type Edition = JournalEntry & { snapshot: Snapshot };

/** A role's editions, newest first. */
export type RoleEditions = { slug: string; editions: Edition[] };

export const EDITIONS_FOLDER = "editions";
export const MANIFEST_FILE = "manifest.json";

const DATE_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** The key of an edition in the manifest: `community-manager/2026-12-08`. */
export const manifestKey = (slug: string, date: string) => `${slug}/${date}`;

/** Where a language's editions are kept: `content/editions` for French, `content/en/editions`… */
export function editionsDir(languageDir: string): string {
  return path.join(languageDir, EDITIONS_FOLDER);
}

/** Reads a JSON file of the content; null with a problem when it is not JSON. */
function readJson(absolute: string, problems: Problem[]): unknown {
  const source = readUtf8(absolute, problems);
  if (source === null) return null;
  try {
    return JSON.parse(source);
  } catch (error) {
    problems.push({ file: displayPath(absolute), field: "(JSON)", message: `JSON invalide (${(error as Error).message}) : ce fichier est écrit par \`npm run edition\`, ne le modifiez pas à la main` });
    return null;
  }
}

function readManifest(dir: string, problems: Problem[]): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) return {};
  const data = readJson(file, problems);
  if (data === null) return {};
  const result = manifestSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file: displayPath(file), field: fieldPath(issue), message: issue.message });
    return {};
  }
  return result.data;
}

/**
 * Every role's editions in one language: each role's change log (`editions/<slug>.yml`) and the
 * editions it lists (`editions/<slug>/<date>.json`), each checked against the manifest of hashes
 * (`editions/manifest.json`), which `npm run edition` appends to. An edition whose file changed,
 * or that was removed, is a problem: a dated link must keep showing what it showed.
 */
export function readEditions(languageDir: string, locale: Locale, roleSlugs: ReadonlySet<string>, sourceIds: ReadonlySet<string>, problems: Problem[]): RoleEditions[] {
  const dir = editionsDir(languageDir);
  const manifest = readManifest(dir, problems);
  const manifestFile = displayPath(path.join(dir, MANIFEST_FILE));
  const found = new Set<string>();
  const all: RoleEditions[] = [];

  for (const slug of [...roleSlugs].sort()) {
    const journalFile = path.join(dir, `${slug}.yml`);
    const folder = path.join(dir, slug);
    if (!fs.existsSync(journalFile) && !fs.existsSync(folder)) continue;
    const journal = readYamlFile(journalFile, journalSchema, problems, { optional: false }) ?? [];
    const shown = displayPath(journalFile);
    journal.forEach((entry, index) => {
      if (entry.summary === JOURNAL_PLACEHOLDER) problems.push({ file: shown, field: `${index}.summary`, message: "résumé à écrire : dites en une ou deux phrases ce qui a changé dans cette édition, et pourquoi" });
      for (const id of entry.sources ?? []) {
        if (!sourceIds.has(id)) problems.push({ file: shown, field: `${index}.sources`, message: `source inconnue « ${id} » : ajoutez-la à content/sources.yml ou corrigez l’identifiant` });
      }
      if (index > 0 && entry.date >= journal[index - 1].date) problems.push({ file: shown, field: `${index}.date`, message: "les éditions vont de la plus récente à la plus ancienne, une par date : remettez-les dans cet ordre" });
    });

    const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => !name.startsWith(".")).sort() : [];
    const snapshots = new Map<string, Snapshot>();
    for (const name of files) {
      const absolute = path.join(folder, name);
      const file = displayPath(absolute);
      const date = DATE_FILE.exec(name)?.[1];
      if (!date) {
        problems.push({ file, field: "(fichier)", message: "nom inattendu : une édition s’appelle <AAAA-MM-JJ>.json et s’écrit avec `npm run edition`" });
        continue;
      }
      const bytes = fs.readFileSync(absolute);
      const data = readJson(absolute, problems);
      if (data === null) continue;
      const result = snapshotSchema.safeParse(data);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ file, field: fieldPath(issue), message: issue.message });
        continue;
      }
      const snapshot = result.data;
      const fragments: Array<[string, string]> = [
        ["lead", snapshot.lead],
        ["sources.html", snapshot.sources.html],
        ...snapshot.sections.map((section, index): [string, string] => [`sections.${index}.html`, section.html]),
        ...snapshot.pages.flatMap((page, index): Array<[string, string]> => [[`pages.${index}.html`, page.html], [`pages.${index}.sources.html`, page.sources.html]]),
      ];
      const unsafe = fragments.map(([field, markup]) => [field, unsafeMarkup(markup)] as const).find(([, reason]) => reason);
      if (unsafe) problems.push({ file, field: unsafe[0], message: `${unsafe[1]} : une édition ne montre que le texte des pages du site ; rétablissez le fichier publié` });
      if (snapshot.slug !== slug || snapshot.date !== date || snapshot.locale !== locale) {
        problems.push({ file, field: "slug, date, locale", message: `l’édition dit ${snapshot.slug} ${snapshot.date} ${snapshot.locale} : elle doit être rangée sous ${snapshot.slug}/${snapshot.date}.json dans le dossier editions de sa langue` });
        continue;
      }
      const key = manifestKey(slug, date);
      found.add(key);
      const expected = manifest[key];
      if (!expected) {
        problems.push({ file: manifestFile, field: key, message: "édition absente du manifeste : publiez-la avec `npm run edition`, qui l’y inscrit" });
      } else if (expected.file !== fileHash(bytes) || expected.text !== textHash(snapshot)) {
        problems.push({ file, field: "(contenu)", message: "cette édition a changé depuis sa publication (son empreinte n’est plus celle du manifeste) : une édition publiée ne change jamais ; rétablissez-la (git checkout) et publiez plutôt une nouvelle édition" });
      }
      snapshots.set(date, snapshot);
    }

    const editions: Edition[] = [];
    journal.forEach((entry, index) => {
      const snapshot = snapshots.get(entry.date);
      if (snapshot) editions.push({ ...entry, snapshot });
      else problems.push({ file: shown, field: `${index}.date`, message: `aucune édition du ${entry.date} dans ${displayPath(folder)} : publiez-la avec \`npm run edition\` ou retirez cette entrée` });
    });
    for (const date of snapshots.keys()) {
      if (!journal.some((entry) => entry.date === date)) problems.push({ file: shown, field: "(racine)", message: `l’édition du ${date} n’a pas d’entrée : ajoutez « - date: "${date}" » et ce qui a changé (summary)` });
    }
    if (editions.length > 0) all.push({ slug, editions });
  }

  for (const key of Object.keys(manifest)) {
    if (!found.has(key)) problems.push({ file: manifestFile, field: key, message: "édition publiée introuvable : une édition ne se retire pas, rétablissez son fichier (git checkout)" });
  }
  return all;
}
