import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, localisePath, type Locale } from "./i18n/locales";
import { OG_SIZE } from "./og";
import { absoluteUrl, oembedUrl } from "./site";

/**
 * The canonical URL of a page in its language, and the page in every language (hreflang), with
 * French as `x-default`. `path` is the page's path without language prefix (`/roles/cm`).
 */
export function pageAlternates(path: string, locale: Locale, exists: readonly Locale[] = LOCALES): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = Object.fromEntries(exists.map((other) => [LOCALE_TAGS[other].lang, absoluteUrl(localisePath(path, other))]));
  if (exists.includes(DEFAULT_LOCALE)) languages["x-default"] = absoluteUrl(localisePath(path, DEFAULT_LOCALE));
  return { canonical: absoluteUrl(localisePath(path, locale)), languages };
}

type PageMetadataInput = {
  title: string;
  description: string;
  /** Canonical path of the page, without language prefix. */
  path: string;
  locale: Locale;
  image: { path: string; alt: string };
  modifiedTime?: string;
  /** The languages the page exists in, when not all (a dated edition may exist in French only). */
  languages?: readonly Locale[];
  /** Other forms of the page (`application/atom+xml`, `application/json+oembed`): `<link rel="alternate">`. */
  types?: Record<string, Array<{ url: string; title: string }>>;
};

/** Title, description, absolute canonical URL with its languages, Open Graph and Twitter card of a content page. */
export function pageMetadata({ title, description, path, locale, image, modifiedTime, languages, types }: PageMetadataInput): Metadata {
  const alternates = { ...pageAlternates(path, locale, languages), ...(types && { types }) };
  const url = alternates.canonical as string;
  const images = [{ url: absoluteUrl(image.path), ...OG_SIZE, alt: image.alt, type: "image/png" }];
  return {
    title,
    description,
    alternates,
    openGraph: { type: "article", url, title, description, images, locale: LOCALE_TAGS[locale].openGraph, ...(modifiedTime && { modifiedTime }) },
    twitter: { card: "summary_large_image", title, description, images },
  };
}

/**
 * The oEmbed discovery link of a page that has a card (lib/embed.ts), as pageMetadata's `types`:
 * `<link rel="alternate" type="application/json+oembed" href="…/oembed?url=<page>&format=json">`.
 */
export function oembedTypes(path: string, locale: Locale, title: string): NonNullable<PageMetadataInput["types"]> {
  return { "application/json+oembed": [{ url: oembedUrl(absoluteUrl(localisePath(path, locale))), title }] };
}
