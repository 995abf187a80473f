import type { MetadataRoute } from "next";
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, localisePath, type Locale } from "@/lib/i18n/locales";
import { editionLanguages, getAllRoles, getRoleEditions } from "@/lib/roles";
import { absoluteUrl, editionPath, historyPath, rolePath, roleSectionPath, siteHistoryPath } from "@/lib/site";

/** `locales`: the languages the page exists in, when not all (a dated edition may be in French only). */
type Page = { path: string; lastModified?: string; priority: number; locales?: Locale[] };

/** Every page in every language, each entry naming the page in the others (hreflang) and French as the default. */
export default function sitemap(): MetadataRoute.Sitemap {
  const roles = getAllRoles();
  const latest = roles.map((role) => role.updated).sort().at(-1);
  const pages: Page[] = [
    { path: "/", lastModified: latest, priority: 1 },
    { path: "/roles", lastModified: latest, priority: 0.8 },
    { path: "/compare", lastModified: latest, priority: 0.6 },
    { path: "/guide", lastModified: latest, priority: 0.6 },
    { path: "/sources", lastModified: latest, priority: 0.5 },
    ...roles.map((role) => ({ path: rolePath(role.slug), lastModified: role.updated, priority: 0.9 })),
    ...roles.flatMap((role) => role.pages.map((page) => ({ path: roleSectionPath(role.slug, page.id), lastModified: role.updated, priority: 0.7 }))),
    { path: siteHistoryPath(), lastModified: latest, priority: 0.3 },
    ...roles.filter((role) => getRoleEditions(role.slug).length > 0).map((role) => ({ path: historyPath(role.slug), lastModified: getRoleEditions(role.slug)[0].date, priority: 0.4 })),
    // Each dated edition is a page of its own, canonical to itself, that never changes.
    ...roles.flatMap((role) =>
      [...new Set(LOCALES.flatMap((locale) => getRoleEditions(role.slug, locale).map((edition) => edition.date)))].flatMap((date) => {
        const locales = editionLanguages(role.slug, date);
        const edition = getRoleEditions(role.slug, locales[0]).find((candidate) => candidate.date === date)!;
        return [
          { path: editionPath(role.slug, date), lastModified: date, priority: 0.3, locales },
          ...edition.snapshot.pages.map((page) => ({ path: editionPath(role.slug, date, page.id), lastModified: date, priority: 0.2, locales })),
        ];
      }),
    ),
  ];
  return LOCALES.flatMap((locale) =>
    pages.filter((page) => !page.locales || page.locales.includes(locale)).map(({ path, lastModified, priority, locales = [...LOCALES] }) => ({
      url: absoluteUrl(localisePath(path, locale)),
      lastModified,
      changeFrequency: "monthly" as const,
      priority: locale === DEFAULT_LOCALE ? priority : Math.round(priority * 0.9 * 100) / 100,
      alternates: {
        languages: {
          ...Object.fromEntries(locales.map((other) => [LOCALE_TAGS[other].lang, absoluteUrl(localisePath(path, other))])),
          ...(locales.includes(DEFAULT_LOCALE) && { "x-default": absoluteUrl(localisePath(path, DEFAULT_LOCALE)) }),
        },
      },
    })),
  );
}
