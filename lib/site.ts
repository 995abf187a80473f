/** Site-wide constants, defined once. */
import type { Viewport } from "next";
import { joinList } from "./format";
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";

/** The site's name in a language (lib/i18n/messages). */
export function siteName(locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "site")("name");
}

/** The tagline, from the titles of the catalogue's roles. */
export function siteTagline(titles: string[], locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "site")("tagline", { titles: joinList(titles, locale) });
}
export const DEFAULT_SITE_URL = "http://localhost:3000";

/** The viewport of every page, including the 404 page that does not use the root layout. */
export const SITE_VIEWPORT: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1420" },
  ],
};

/** The absolute base URL of the site, from `SITE_URL`, without a trailing slash. */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  return (configured && /^https?:\/\//.test(configured) ? configured : DEFAULT_SITE_URL).replace(/\/+$/, "");
}

/**
 * What is wrong with `SITE_URL` for a production build, or `null`. Without it, every absolute URL
 * (canonical, Open Graph, JSON-LD, sitemap, the job-ad panel without JavaScript) would name localhost.
 */
export function siteUrlProblem(env: Record<string, string | undefined>): string | null {
  const configured = env.SITE_URL?.trim();
  if (!configured) {
    return `SITE_URL n’est pas défini : les adresses absolues du site (canoniques, Open Graph, JSON-LD, sitemap, liens à copier sans JavaScript) seront ${DEFAULT_SITE_URL}. Construisez avec SITE_URL=https://votre-domaine npm run build.`;
  }
  if (!/^https?:\/\/[^/\s]+/.test(configured)) {
    return `SITE_URL vaut « ${configured} », qui n’est pas une adresse http(s) : ${DEFAULT_SITE_URL} sera utilisé. Exemple : SITE_URL=https://votre-domaine.`;
  }
  return null;
}

/** `SITE_URL` problems fail the build instead of warning under CI or with `STRICT_SITE_URL` set. */
export function strictSiteUrl(env: Record<string, string | undefined>): boolean {
  return [env.CI, env.STRICT_SITE_URL].some((value) => value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

export function rolePath(slug: string, section?: string): string {
  return `/roles/${slug}${section ? `#${section}` : ""}`;
}

/** The page of a role's section that has one (a `***` line in the profile splits it from the role page). */
export function roleSectionPath(slug: string, section: string): string {
  return `/roles/${slug}/${section}`;
}

/** A role's dated edition, or one of its section pages: `/roles/<slug>/editions/<date>[/<section>]`. */
export function editionPath(slug: string, date: string, section?: string): string {
  return `/roles/${slug}/editions/${date}${section ? `/${section}` : ""}`;
}

/** A role's change log: its editions, and what changed in each. */
export function historyPath(slug: string): string {
  return `/roles/${slug}/historique`;
}

/** The Atom feed of a role's editions. */
export function historyFeedPath(slug: string): string {
  return `/roles/${slug}/historique.atom`;
}

/** The latest editions of every role. */
export function siteHistoryPath(): string {
  return "/historique";
}

/** The Atom feed of every role's editions. */
export function siteFeedPath(): string {
  return "/historique.atom";
}

/** What changed between two editions of a role, section by section. */
export function differencePath(slug: string, from: string, to: string): string {
  return `/roles/${slug}/historique/${from}/${to}`;
}

/** The root of the embeddable cards: the only pages another site may frame (lib/security-headers.ts). */
export const EMBED_ROOT = "/embed";

/**
 * A role's embeddable card, for an `<iframe>` on another site: its latest edition
 * (`/embed/roles/<slug>`), or one dated edition (`/embed/roles/<slug>/editions/<date>`).
 */
export function embedPath(slug: string, date?: string): string {
  return `${EMBED_ROOT}/roles/${slug}${date ? `/editions/${date}` : ""}`;
}

/** The oEmbed endpoint (https://oembed.com): `?url=<page>&format=json` answers with the card's `<iframe>`. */
export const OEMBED_PATH = "/oembed";

/** The absolute oEmbed URL of a page of the site (its absolute URL), for discovery links and the link kit. */
export function oembedUrl(pageUrl: string): string {
  return absoluteUrl(`${OEMBED_PATH}?${new URLSearchParams({ url: pageUrl, format: "json" })}`);
}

export function comparePath(a: string, b: string): string {
  return `/compare/${a}/${b}`;
}
