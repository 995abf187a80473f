import { namedDimensions } from "./dimensions";
import { DEFAULT_LOCALE, LOCALE_TAGS, localisePath, type Locale } from "./i18n/locales";
import type { Edition } from "./editions/load";
import type { Role } from "./schema";
import { absoluteUrl, editionPath, historyPath, rolePath, roleSectionPath } from "./site";

/** Version of the JSON shape served by /api/roles; bump it when a field changes meaning or goes away. */
export const SCHEMA_VERSION = 2;

/** The public JSON record of a role, as served to job boards and applicant-tracking systems. */
export function roleRecord(role: Role, locale: Locale = DEFAULT_LOCALE, editions: readonly Edition[] = []) {
  const url = (path: string) => absoluteUrl(localisePath(path, locale));
  return {
    slug: role.slug,
    /** Added with the English edition (`?lang=en`): the language of the record's words. */
    language: LOCALE_TAGS[locale].lang,
    url: url(rolePath(role.slug)),
    title: role.title,
    abbreviation: role.abbreviation ?? null,
    summary: role.summary,
    updated: role.updated,
    otherTitles: role.otherTitles.map(({ title, feminine }) => ({ title, feminine: feminine ?? null })),
    aliasSlugs: role.aliasSlugs.map(({ slug, title }) => ({ slug, title, url: url(rolePath(slug)) })),
    positioning: role.positioning,
    reportsTo: role.reportsTo,
    manages: role.manages,
    related: role.related,
    missions: role.missions,
    skills: role.skills,
    indicators: role.indicators,
    channels: role.channels,
    dimensions: namedDimensions(locale).map(({ id, label }) => ({ id, label, ...role.dimensions[id] })),
    codes: role.codes,
    pay: role.pay,
    sections: role.sections.map(({ id, title, page }) => ({
      id,
      title,
      url: url(rolePath(role.slug, id)),
      ...(page ? { page: url(roleSectionPath(role.slug, id)) } : {}),
    })),
    essentials: role.essentials ?? null,
    sources: role.sources,
    /** The ids of the sources the role page itself cites, in the order of its numbered list. */
    pageSources: role.rolePageSourceIds,
    /** Added with dated editions: the latest one's date, or null before the first. */
    edition: editions[0]?.date ?? null,
    /** Every dated edition, newest first: its lasting address, what changed, and its record (`?edition=<date>`). */
    editions: editions.map((edition) => editionSummary(edition, locale)),
    history: editions.length > 0 ? url(historyPath(role.slug)) : null,
  };
}

function editionSummary(edition: Edition, locale: Locale) {
  const { slug } = edition.snapshot;
  return {
    date: edition.date,
    url: absoluteUrl(localisePath(editionPath(slug, edition.date), locale)),
    api: absoluteUrl(`/api/roles/${slug}?edition=${edition.date}${locale === DEFAULT_LOCALE ? "" : `&lang=${locale}`}`),
    summary: edition.summary,
    sources: edition.sources ?? [],
  };
}

/**
 * The public JSON record of a dated edition: its words as frozen, section by section (the HTML
 * as published and its text), and the editions before and after it.
 */
export function editionRecord(edition: Edition, editions: readonly Edition[], locale: Locale) {
  const { snapshot } = edition;
  const index = editions.findIndex((candidate) => candidate.date === edition.date);
  const page = (id: string) => snapshot.pages.find((candidate) => candidate.id === id);
  const { date, url, api, summary: changes, sources: changeSources } = editionSummary(edition, locale);
  return {
    slug: snapshot.slug,
    language: LOCALE_TAGS[locale].lang,
    date,
    url,
    api,
    living: absoluteUrl(localisePath(rolePath(snapshot.slug), locale)),
    /** What changed in this edition, and the sources the change rests on. */
    changes,
    changeSources,
    title: snapshot.title,
    abbreviation: snapshot.abbreviation,
    summary: snapshot.summary,
    definition: snapshot.definition,
    core: snapshot.core,
    sections: snapshot.sections.map(({ id, aliases, title, html, text }) => ({
      id,
      aliases,
      title,
      url: absoluteUrl(localisePath(`${editionPath(snapshot.slug, edition.date)}#${id}`, locale)),
      ...(page(id) && { page: absoluteUrl(localisePath(editionPath(snapshot.slug, edition.date, id), locale)) }),
      text: page(id)?.text ?? text,
      html: page(id)?.html ?? html,
    })),
    sources: snapshot.sources.text,
    previous: editions[index + 1]?.date ?? null,
    next: editions[index - 1]?.date ?? null,
  };
}

export type RoleRecord = ReturnType<typeof roleRecord>;
