import type { MetadataRoute } from "next";
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, localisePath } from "@/lib/i18n/locales";
import { getAllRoles } from "@/lib/roles";
import { absoluteUrl, rolePath, roleSectionPath } from "@/lib/site";

type Page = { path: string; lastModified?: string; priority: number };

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
  ];
  return LOCALES.flatMap((locale) =>
    pages.map(({ path, lastModified, priority }) => ({
      url: absoluteUrl(localisePath(path, locale)),
      lastModified,
      changeFrequency: "monthly" as const,
      priority: locale === DEFAULT_LOCALE ? priority : Math.round(priority * 0.9 * 100) / 100,
      alternates: {
        languages: {
          ...Object.fromEntries(LOCALES.map((other) => [LOCALE_TAGS[other].lang, absoluteUrl(localisePath(path, other))])),
          "x-default": absoluteUrl(localisePath(path, DEFAULT_LOCALE)),
        },
      },
    })),
  );
}
