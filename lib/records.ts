import { DIMENSIONS } from "./dimensions";
import type { Role } from "./schema";
import { absoluteUrl, rolePath, roleSectionPath } from "./site";

/** Version of the JSON shape served by /api/roles; bump it when a field changes meaning or goes away. */
export const SCHEMA_VERSION = 1;

/** The public JSON record of a role, as served to job boards and applicant-tracking systems. */
export function roleRecord(role: Role) {
  return {
    slug: role.slug,
    url: absoluteUrl(rolePath(role.slug)),
    title: role.title,
    abbreviation: role.abbreviation ?? null,
    summary: role.summary,
    updated: role.updated,
    otherTitles: role.otherTitles.map(({ title, feminine }) => ({ title, feminine: feminine ?? null })),
    aliasSlugs: role.aliasSlugs.map(({ slug, title }) => ({ slug, title, url: absoluteUrl(rolePath(slug)) })),
    positioning: role.positioning,
    reportsTo: role.reportsTo,
    manages: role.manages,
    related: role.related,
    missions: role.missions,
    skills: role.skills,
    indicators: role.indicators,
    channels: role.channels,
    dimensions: DIMENSIONS.map(({ id, label }) => ({ id, label, ...role.dimensions[id] })),
    codes: role.codes,
    salary: role.salary ?? null,
    sections: role.sections.map(({ id, title, page }) => ({
      id,
      title,
      url: absoluteUrl(rolePath(role.slug, id)),
      ...(page ? { page: absoluteUrl(roleSectionPath(role.slug, id)) } : {}),
    })),
    essentials: role.essentials ?? null,
    sources: role.sources,
    /** The ids of the sources the role page itself cites, in the order of its numbered list. */
    pageSources: role.rolePageSourceIds,
  };
}

export type RoleRecord = ReturnType<typeof roleRecord>;
