import "server-only";
import fs from "node:fs";
import { sourceLink, type SourceLink } from "./citations";
import { compiledContent, filesUnder, type CompiledLanguage } from "./content/compiled";
import { loadLanguages } from "./content/languages";
import { contentDir, formatProblem } from "./content/load";
import { DEFAULT_LOCALE, LOCALES, localisePath, type Locale } from "./i18n/locales";
import type { Edition } from "./editions/load";
import type { EmbeddableRole } from "./embed";
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

type Loaded = CompiledLanguage & { bySlug: Map<string, Role>; sourcesById: Map<string, Source> };

let loaded: { stamp: string; languages: Record<Locale, Loaded> } | null = null;

/** When the content last changed: the names, sizes and times of every file under the content folder. */
function contentStamp(dir: string): string {
  return filesUnder(dir)
    .map((file) => {
      const stat = fs.statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("|");
}

/**
 * The catalogue of a language, compiled once for the whole build (lib/content/compiled.ts) and
 * indexed once per process; throws every problem at once. In `next dev` it is loaded again when a
 * content file changes, so an edit shows on the next reload: only the edited profile is parsed
 * again, and each page renders only the HTML it shows.
 */
export function getCatalogue(locale: Locale = DEFAULT_LOCALE): Loaded {
  const dev = process.env.NODE_ENV === "development";
  const dir = contentDir();
  const stamp = dev ? contentStamp(dir) : "";
  if (!loaded || loaded.stamp !== stamp) {
    const { languages, problems } = dev ? loadLanguages(dir) : compiledContent(dir);
    if (problems.length > 0) throw new ContentError(problems.map(formatProblem));
    const index = (catalogue: CompiledLanguage): Loaded => ({
      ...catalogue,
      bySlug: new Map(catalogue.roles.map((role) => [role.slug, role])),
      sourcesById: new Map(catalogue.sources.map((source) => [source.id, source])),
    });
    loaded = { stamp, languages: Object.fromEntries(Object.entries(languages).map(([key, catalogue]) => [key, index(catalogue)])) as Record<Locale, Loaded> };
  }
  return loaded.languages[locale];
}

export function getAllRoles(locale: Locale = DEFAULT_LOCALE): Role[] {
  return getCatalogue(locale).roles;
}

export function getRoleSlugs(): string[] {
  return getCatalogue().roles.map((role) => role.slug);
}

export function getRole(slug: string, locale: Locale = DEFAULT_LOCALE): Role | null {
  return getCatalogue(locale).bySlug.get(slug) ?? null;
}

export function getSources(locale: Locale = DEFAULT_LOCALE): Source[] {
  return getCatalogue(locale).sources;
}

export function getSource(id: string, locale: Locale = DEFAULT_LOCALE): Source | null {
  return getCatalogue(locale).sourcesById.get(id) ?? null;
}

/**
 * The canonical slug a URL segment stands for: the slug itself, an upper-case or accented
 * spelling of it, or any other title's slug. `null` when nothing matches.
 */
export function resolveRoleSlug(segment: string, locale: Locale = DEFAULT_LOCALE): string | null {
  return lookupRoute(getCatalogue(locale).routes, slugify(segment));
}

/** Every source of the bibliography, by id, linked to its entry on the bibliography page of the language. */
export function getSourceLinks(locale: Locale = DEFAULT_LOCALE): Record<string, SourceLink> {
  return Object.fromEntries(
    getCatalogue(locale).sources.map((source, index) => {
      const link = sourceLink(source, index + 1);
      return [source.id, { ...link, href: localisePath(link.href, locale) }];
    }),
  );
}

/** Bibliography entries by id, numbered 1, 2… in the order given: a page's citation marks. */
export function numberedSources(ids: string[], locale: Locale = DEFAULT_LOCALE): NumberedSource[] {
  const byId = getCatalogue(locale).sourcesById;
  return ids.flatMap((id) => byId.get(id) ?? []).map((source, index) => ({ ...source, number: index + 1 }));
}

/** A role's dated editions in a language, newest first; none before its first `npm run edition`. */
export function getRoleEditions(slug: string, locale: Locale = DEFAULT_LOCALE): Edition[] {
  return getCatalogue(locale).editions.find((role) => role.slug === slug)?.editions ?? [];
}

/** One dated edition of a role, or null. */
export function getEdition(slug: string, date: string, locale: Locale = DEFAULT_LOCALE): Edition | null {
  return getRoleEditions(slug, locale).find((edition) => edition.date === date) ?? null;
}

/** Every role's editions in a language, newest first (then by title): the site's change log. */
export function latestEditions(locale: Locale = DEFAULT_LOCALE): Edition[] {
  return getCatalogue(locale)
    .editions.flatMap((role) => role.editions)
    .sort((a, b) => b.date.localeCompare(a.date) || a.snapshot.title.localeCompare(b.snapshot.title, locale));
}

/** The languages in which a role has an edition of that date. */
export function editionLanguages(slug: string, date: string): Locale[] {
  return LOCALES.filter((locale) => getEdition(slug, date, locale) !== null);
}

/** A role as the oEmbed answer needs it (lib/embed.ts), found by its slug or another title's; null when unknown. */
export function embeddableRole(segment: string, locale: Locale = DEFAULT_LOCALE): EmbeddableRole | null {
  const slug = resolveRoleSlug(segment, locale);
  const role = slug ? getRole(slug, locale) : null;
  if (!role) return null;
  return {
    slug: role.slug,
    sections: role.pages.map((page) => page.id),
    editions: getRoleEditions(role.slug, locale).map((edition) => ({ date: edition.date, title: edition.snapshot.title, sections: edition.snapshot.pages.map((page) => page.id) })),
  };
}
