/**
 * The site's languages. French is the default and has no prefix (`/roles/…`); every other
 * language lives under its code (`/en/roles/…`), with the same paths, slugs and anchors.
 */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

/** BCP 47 tags, for `Intl`, `<html lang>`, hreflang and Open Graph. */
export const LOCALE_TAGS: Record<Locale, { lang: string; intl: string; openGraph: string }> = {
  fr: { lang: "fr", intl: "fr-FR", openGraph: "fr_FR" },
  en: { lang: "en", intl: "en-GB", openGraph: "en_GB" },
};

/**
 * The request header by which the proxy tells the site's 404 page (app/global-not-found.tsx) the
 * language of the address that was not found.
 */
export const LOCALE_HEADER = "x-site-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** `/en` for English, nothing for French. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? "" : `/${locale}`;
}

/** A site path in a language: `/roles/cm` → `/en/roles/cm`; `/` → `/en`. Paths outside the pages (API, files) stay as they are. */
export function localisePath(path: string, locale: Locale): string {
  const prefix = localePrefix(locale);
  if (!prefix || !path.startsWith("/") || path.startsWith("//") || isUnlocalisedPath(path)) return path;
  if (path === "/") return prefix;
  if (path.startsWith("/#") || path.startsWith("/?")) return `${prefix}${path.slice(1)}`;
  return `${prefix}${path}`;
}

/** Paths that are the same in every language: the JSON API, images, files. */
function isUnlocalisedPath(path: string): boolean {
  return /^\/(api|og|_next|icon|apple-icon|sitemap\.xml|robots\.txt|manifest)(\/|$|\?|#|\.)/.test(path) || LOCALES.some((locale) => path === `/${locale}` || path.startsWith(`/${locale}/`) || path.startsWith(`/${locale}?`) || path.startsWith(`/${locale}#`));
}

/** The language of a site path and the path without its prefix: `/en/roles` → en, `/roles`. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale);
    if (!prefix) continue;
    if (pathname === prefix) return { locale, path: "/" };
    if (pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}
