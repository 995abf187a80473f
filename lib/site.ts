/** Site-wide constants, defined once. */
import type { Viewport } from "next";
import { joinFrench } from "./format";

export const SITE_NAME = "Métiers du social media";

/** The tagline, from the titles of the catalogue's roles. */
export function siteTagline(titles: string[]): string {
  return `La référence sourcée des métiers ${joinFrench(titles)}`;
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

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

export function rolePath(slug: string, section?: string): string {
  return `/roles/${slug}${section ? `#${section}` : ""}`;
}

export function comparePath(a: string, b: string): string {
  return `/compare/${a}/${b}`;
}
