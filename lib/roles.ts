import "server-only";
import { contentDir, formatProblem, loadContent } from "./content/load";
import type { Role } from "./schema";
import { slugify } from "./text";

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Contenu invalide (${problems.length} problème${problems.length > 1 ? "s" : ""}) :\n${problems.join("\n")}`);
    this.name = "ContentError";
  }
}

type Catalogue = { roles: Role[]; bySlug: Map<string, Role>; aliases: Map<string, string> };

let catalogue: Catalogue | null = null;

/** Parses and validates the content once per process; throws every problem at once. */
function load(): Catalogue {
  if (catalogue) return catalogue;
  const { roles, problems } = loadContent(contentDir());
  if (problems.length > 0) throw new ContentError(problems.map(formatProblem));
  const sorted = [...roles].sort((a, b) => a.title.localeCompare(b.title, "fr"));
  const aliases = new Map(sorted.flatMap((role) => role.aliasSlugs.map((alias) => [alias.slug, role.slug] as const)));
  catalogue = { roles: sorted, bySlug: new Map(sorted.map((role) => [role.slug, role])), aliases };
  return catalogue;
}

export function getAllRoles(): Role[] {
  return load().roles;
}

export function getRoleSlugs(): string[] {
  return load().roles.map((role) => role.slug);
}

export function getRole(slug: string): Role | null {
  return load().bySlug.get(slug) ?? null;
}

/**
 * The canonical slug a URL segment stands for: the slug itself, an upper-case or accented
 * spelling of it, or any other title's slug. `null` when nothing matches.
 */
export function resolveRoleSlug(segment: string): string | null {
  const { bySlug, aliases } = load();
  const slug = slugify(segment);
  if (bySlug.has(slug)) return slug;
  return aliases.get(slug) ?? null;
}

export type SourceLink = { title: string; href: string };

/** Every source cited by any profile, by id, linked to its entry in the first profile that lists it. */
export function getSourceLinks(): Record<string, SourceLink> {
  const links: Record<string, SourceLink> = {};
  for (const role of load().roles) {
    for (const source of role.sources) links[source.id] ??= { title: source.title, href: `/roles/${role.slug}#source-${source.id}` };
  }
  return links;
}
