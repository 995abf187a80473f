import { namedDimensions } from "./dimensions";
import { DEFAULT_LOCALE, LOCALE_TAGS, localisePath, type Locale } from "./i18n/locales";
import type { Role } from "./schema";
import { absoluteUrl, rolePath, roleSectionPath } from "./site";

/** Version of the JSON shape served by /api/roles; bump it when a field changes meaning or goes away. */
export const SCHEMA_VERSION = 2;

/** The public JSON record of a role, as served to job boards and applicant-tracking systems. */
export function roleRecord(role: Role, locale: Locale = DEFAULT_LOCALE) {
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
  };
}

export type RoleRecord = ReturnType<typeof roleRecord>;
