import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { findUnsafeMarkdown, renderMarkdown } from "../markdown";
import { frontMatterSchema, type AliasSlug, type FrontMatter, type Item, type Role } from "../schema";
import { countWords, isSlug, slugify } from "../text";

/** One thing wrong in the content, tied to a file and a field. */
export type Problem = { file: string; field: string; message: string };

export type LoadResult = { roles: Role[]; problems: Problem[] };

export function formatProblem({ file, field, message }: Problem): string {
  return `${file}: ${field} — ${message}`;
}

/** The folder the content is read from: `CONTENT_DIR`, or `content/` in the working directory. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR?.trim() || "content");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

type Parsed = { slug: string; file: string; data: FrontMatter; body: string };

/**
 * Reads every profile of `<dir>/roles`, validates each one and the links between them,
 * and returns the roles together with every problem found (never stops at the first).
 */
export function loadContent(dir: string = contentDir()): LoadResult {
  const rolesDir = path.join(dir, "roles");
  const display = (name: string) => path.relative(process.cwd(), path.join(rolesDir, name)) || name;
  const problems: Problem[] = [];

  if (!fs.existsSync(rolesDir) || !fs.statSync(rolesDir).isDirectory()) {
    return { roles: [], problems: [{ file: display(""), field: "(dossier)", message: "dossier introuvable : créez-le et ajoutez-y un profil <slug>.md" }] };
  }

  const parsed: Parsed[] = [];
  for (const name of fs.readdirSync(rolesDir).sort()) {
    const file = display(name);
    if (!name.endsWith(".md")) {
      problems.push({ file, field: "(fichier)", message: "fichier inattendu : le dossier ne doit contenir que des profils <slug>.md ; déplacez ou supprimez ce fichier" });
      continue;
    }
    const entry = parseFile(path.join(rolesDir, name), file, problems);
    if (entry) parsed.push(entry);
  }
  if (parsed.length === 0 && problems.length === 0) {
    problems.push({ file: display(""), field: "(dossier)", message: "aucun profil : ajoutez au moins un fichier <slug>.md" });
  }

  const aliasSlugs = collectSlugs(parsed, problems);
  // A profile with its own problems still exists: links to it are not reported as unknown.
  const existing = new Set(fs.readdirSync(rolesDir).filter((name) => name.endsWith(".md")).map((name) => name.slice(0, -3)));
  checkLinks(parsed, existing, problems);

  const roles = parsed.map(({ slug, data, body }) => {
    const { html, sections } = renderMarkdown(body);
    return { ...data, slug, aliasSlugs: aliasSlugs.get(slug) ?? [], html, sections, wordCount: countWords(body) };
  });
  return { roles, problems };
}

function parseFile(absolute: string, file: string, problems: Problem[]): Parsed | null {
  const slug = path.basename(absolute, ".md");
  const before = problems.length;
  if (!isSlug(slug)) {
    problems.push({ file, field: "(nom du fichier)", message: `« ${slug} » n'est pas un slug : renommez le fichier en minuscules ASCII avec des tirets (ex. ${slugify(slug) || "mon-role"}.md)` });
  }

  let source: string;
  try {
    source = utf8.decode(fs.readFileSync(absolute));
  } catch {
    problems.push({ file, field: "(encodage)", message: "le fichier n'est pas en UTF-8 : réenregistrez-le en UTF-8" });
    return null;
  }

  let front: matter.GrayMatterFile<string>;
  try {
    // Options turn off gray-matter's cache, which keeps a file whose YAML failed to parse
    // and returns it, without the error, when the same text is parsed again.
    front = matter(source, {});
  } catch (error) {
    const reason = (error instanceof Error ? error.message.split("\n")[0] : String(error)).replace(/:\s*$/, "");
    problems.push({ file, field: "(front matter)", message: `YAML invalide (${reason}) : corrigez la syntaxe entre les deux lignes --- (indentation, guillemets, virgules)` });
    return null;
  }

  const body = front.content.trim();
  if (body === "") {
    problems.push({ file, field: "(corps)", message: "corps vide : écrivez la définition et les sections ## sous le front matter" });
  }
  for (const message of findUnsafeMarkdown(body)) problems.push({ file, field: "(corps)", message });

  const result = frontMatterSchema.safeParse(front.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, field: fieldPath(issue), message: issue.message });
    }
  }
  return result.success && problems.length === before ? { slug, file, data: result.data, body } : null;
}

function fieldPath(issue: z.core.$ZodIssue): string {
  const keys = issue.code === "unrecognized_keys" ? issue.keys : [""];
  return keys
    .map((key) => [...issue.path, key].filter((part) => part !== "").map(String).join(".") || "(front matter)")
    .join(", ");
}

/** Every slug, canonical or not, must lead to one role only. */
function collectSlugs(parsed: Parsed[], problems: Problem[]): Map<string, AliasSlug[]> {
  const owners = new Map<string, { file: string; what: string }>();
  const claim = (slug: string, file: string, field: string, what: string): boolean => {
    const owner = owners.get(slug);
    if (owner && owner.file !== file) {
      problems.push({ file, field, message: `le slug « ${slug} » est déjà pris par ${owner.file} (${owner.what}) : changez l'un des deux titres` });
      return false;
    }
    if (owner) return false;
    owners.set(slug, { file, what });
    return true;
  };

  for (const { slug, file } of parsed) claim(slug, file, "(nom du fichier)", "slug du rôle");

  const bySlug = new Map<string, AliasSlug[]>();
  for (const { slug, file, data } of parsed) {
    const aliases: AliasSlug[] = [];
    const add = (title: string, field: string) => {
      const alias = slugify(title);
      if (alias === "" || alias === slug || aliases.some((known) => known.slug === alias)) return;
      if (claim(alias, file, field, `autre titre « ${title} »`)) aliases.push({ slug: alias, title });
    };
    data.otherTitles.forEach((other, index) => {
      add(other.title, `otherTitles.${index}.title`);
      if (other.feminine) add(other.feminine, `otherTitles.${index}.feminine`);
    });
    if (data.abbreviation) add(data.abbreviation, "abbreviation");
    data.aliases.forEach((alias, index) => add(alias, `aliases.${index}`));
    bySlug.set(slug, aliases);
  }
  return bySlug;
}

/** Role slugs must exist; cited sources must be defined in the same profile. */
function checkLinks(parsed: Parsed[], slugs: Set<string>, problems: Problem[]) {
  for (const { slug, file, data } of parsed) {
    for (const field of ["reportsTo", "manages", "related"] as const) {
      data[field].forEach((target, index) => {
        if (target === slug) {
          problems.push({ file, field: `${field}.${index}`, message: `un rôle ne peut pas se citer lui-même : retirez « ${target} » de ${field}` });
        } else if (!slugs.has(target)) {
          problems.push({ file, field: `${field}.${index}`, message: `rôle inconnu « ${target} » : corrigez le slug (rôles existants : ${[...slugs].join(", ")})` });
        }
      });
    }

    const defined = new Set<string>();
    data.sources.forEach(({ id }, index) => {
      if (defined.has(id)) problems.push({ file, field: `sources.${index}.id`, message: `identifiant de source « ${id} » en double : donnez à chaque source un identifiant unique` });
      defined.add(id);
    });
    for (const [field, ids] of citations(data)) {
      ids.forEach((id) => {
        if (!defined.has(id)) {
          problems.push({ file, field, message: `source « ${id} » citée mais non définie : ajoutez-la à sources ou corrigez l'identifiant` });
        }
      });
    }

    for (const [field, items] of itemLists(data)) {
      const seen = new Set<string>();
      items.forEach(({ key }, index) => {
        if (seen.has(key)) problems.push({ file, field: `${field}.${index}.key`, message: `clé « ${key} » en double dans la liste : donnez à chaque élément une clé unique` });
        seen.add(key);
      });
    }
  }
}

/** Every place a profile cites sources, as [field path, source ids]. */
function citations(data: FrontMatter): Array<[string, string[]]> {
  const found: Array<[string, string[]]> = [["positioning.sources", data.positioning.sources]];
  data.otherTitles.forEach((other, index) => found.push([`otherTitles.${index}.sources`, other.sources]));
  for (const [field, items] of itemLists(data)) {
    items.forEach((item, index) => found.push([`${field}.${index}.sources`, item.sources]));
  }
  for (const [id, value] of Object.entries(data.dimensions)) found.push([`dimensions.${id}.sources`, value.sources]);
  if (data.salary) found.push(["salary.source", [data.salary.source]]);
  return found;
}

/** The item lists of a profile, by field path. */
function itemLists(data: FrontMatter): Array<[string, Item[]]> {
  return [
    ["missions.strategic", data.missions.strategic],
    ["missions.operational", data.missions.operational],
    ["skills", data.skills],
    ["indicators", data.indicators],
    ["channels", data.channels],
  ];
}
