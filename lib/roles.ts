import "server-only";
import fs from "node:fs";
import path from "node:path";
import { sourceLink, type SourceLink } from "./citations";
import { contentDir, formatProblem, loadContent, type LoadResult } from "./content/load";
import { lookupRoute } from "./routes";
import type { NumberedSource } from "./compare";
import type { Role, Source } from "./schema";
import { slugify } from "./text";

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Contenu invalide (${problems.length} problème${problems.length > 1 ? "s" : ""}) :\n${problems.join("\n")}`);
    this.name = "ContentError";
  }
}

type Loaded = LoadResult & { bySlug: Map<string, Role>; sourcesById: Map<string, Source>; stamp: string };

let loaded: Loaded | null = null;

/** When the content last changed: the names, sizes and times of every file under the content folder. */
function contentStamp(dir: string): string {
  const parts: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return parts.join("|");
}

/**
 * The catalogue, parsed and validated once per process; throws every problem at once.
 * In `next dev` it is read again when a content file changes, so an edit shows on the next reload.
 */
export function getCatalogue(): Loaded {
  const dev = process.env.NODE_ENV === "development";
  const dir = contentDir();
  const stamp = dev ? contentStamp(dir) : "";
  if (loaded && loaded.stamp === stamp) return loaded;
  const catalogue = loadContent(dir);
  if (catalogue.problems.length > 0) throw new ContentError(catalogue.problems.map(formatProblem));
  loaded = {
    ...catalogue,
    bySlug: new Map(catalogue.roles.map((role) => [role.slug, role])),
    sourcesById: new Map(catalogue.sources.map((source) => [source.id, source])),
    stamp,
  };
  return loaded;
}

export function getAllRoles(): Role[] {
  return getCatalogue().roles;
}

export function getRoleSlugs(): string[] {
  return getCatalogue().roles.map((role) => role.slug);
}

export function getRole(slug: string): Role | null {
  return getCatalogue().bySlug.get(slug) ?? null;
}

export function getSources(): Source[] {
  return getCatalogue().sources;
}

export function getSource(id: string): Source | null {
  return getCatalogue().sourcesById.get(id) ?? null;
}

/**
 * The canonical slug a URL segment stands for: the slug itself, an upper-case or accented
 * spelling of it, or any other title's slug. `null` when nothing matches.
 */
export function resolveRoleSlug(segment: string): string | null {
  return lookupRoute(getCatalogue().routes, slugify(segment));
}

/** Every source of the bibliography, by id, linked to its entry on the bibliography page. */
export function getSourceLinks(): Record<string, SourceLink> {
  return Object.fromEntries(getCatalogue().sources.map((source) => [source.id, sourceLink(source)]));
}

/** Bibliography entries by id, numbered 1, 2… in the order given: a page's citation marks. */
export function numberedSources(ids: string[]): NumberedSource[] {
  const byId = new Map(getCatalogue().sources.map((source) => [source.id, source]));
  return ids.flatMap((id) => byId.get(id) ?? []).map((source, index) => ({ ...source, number: index + 1 }));
}
