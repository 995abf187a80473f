/**
 * The oEmbed answer of the site (https://oembed.com, JSON only): which card stands for a page of
 * the site, and the `<iframe>` that shows it. Pure: the catalogue comes in through an EmbedLookup.
 */
import { formatDate } from "./format";
import { localisePath, splitLocale, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";
import { absoluteUrl, embedPath, siteName, siteUrl } from "./site";
import { escapeHtml } from "./snippets";
import { decodeSegment } from "./url";

/** What the oEmbed answer needs of a role, in one language. */
export type EmbeddableRole = {
  /** The canonical slug (a URL may name the role by another title). */
  slug: string;
  /** The ids of its section pages (`/roles/<slug>/<id>`). */
  sections: readonly string[];
  /** Its dated editions, newest first, with the ids of their section pages. */
  editions: ReadonlyArray<{ date: string; title: string; sections: readonly string[] }>;
};

/** Finds a role by a URL segment (its slug, or another title's) in a language, or null. */
export type EmbedLookup = (segment: string, locale: Locale) => EmbeddableRole | null;

/** The card a page stands for: a role's latest edition (`date: null`) or a dated one. */
export type EmbedTarget = { locale: Locale; slug: string; date: string | null; title: string; editionDate: string };

/**
 * The card's width in a frame, in CSS pixels, unless the consumer asks for less (maxwidth). It reads
 * well from 320 to 600 px wide; narrower, its lines wrap more and it needs more height (embedHeight).
 */
export const EMBED_WIDTH = 480;

/**
 * The height the card needs at a width, to show most cards whole (measured in Chromium on the
 * cards of 2026-12-08). A longer card scrolls its text in the frame, its date and link in view.
 */
export function embedHeight(width: number): number {
  if (width >= 480) return 400;
  if (width >= 400) return 460;
  if (width >= 360) return 520;
  return 580;
}

/** The title of a card (its document, its frame, the oEmbed answer): the role and the edition's day. */
export function embedTitle(title: string, date: string, locale: Locale): string {
  return translator(locale, "embed")("title", { title, date: formatDate(date, locale) });
}

/**
 * The card a page of the site stands for: a role page or one of its section pages give the
 * latest edition; a dated edition or one of its section pages, that edition. Anything else (another
 * origin, another page, a role without editions, an unknown role, date or section) gives null.
 * The fragment and the query of the URL do not matter.
 */
export function embedTarget(pageUrl: string, lookup: EmbedLookup, origin: string = siteUrl()): EmbedTarget | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  const { locale, path } = splitLocale(url.pathname.length > 1 ? url.pathname.replace(/\/$/, "") : url.pathname);
  const segments = path.split("/").slice(1).map(decodeSegment);
  if (segments[0] !== "roles" || segments.length < 2 || segments.length > 5 || segments.some((segment) => !segment)) return null;
  const [, wanted, ...rest] = segments as string[];
  const role = lookup(wanted, locale);
  const [latest] = role?.editions ?? [];
  if (!role || !latest) return null;
  if (rest.length === 0 || (rest.length === 1 && role.sections.includes(rest[0]))) {
    return { locale, slug: role.slug, date: null, title: latest.title, editionDate: latest.date };
  }
  if (rest[0] !== "editions" || rest.length === 1) return null;
  const edition = role.editions.find((candidate) => candidate.date === rest[1]);
  if (!edition || (rest.length === 3 && !edition.sections.includes(rest[2]))) return null;
  return { locale, slug: role.slug, date: edition.date, title: edition.title, editionDate: edition.date };
}

/** The JSON of a `rich` oEmbed answer (https://oembed.com, 2.3.4 and 2.3.4.4). */
export type OembedRich = {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
};

export type OembedAnswer = { status: 200; body: OembedRich } | { status: 400 | 404 | 501; body: { error: string } };

/** The errors of the oEmbed endpoint (French, as the API's). */
export const OEMBED_ERRORS = {
  missingUrl: "Paramètre url manquant\u00a0: donnez l’adresse d’une fiche du site, par exemple ?url=…&format=json",
  format: "Format non pris en charge\u00a0: seul format=json est proposé",
  size: "maxwidth et maxheight doivent être des nombres entiers positifs de pixels",
  notFound: "Aucune carte pour cette adresse\u00a0: donnez celle d’une fiche du site, de l’une de ses sections ou de l’une de ses éditions",
} as const;

/** A `maxwidth` or `maxheight` parameter: absent (null), a positive integer, or invalid (NaN). */
function sizeParam(params: URLSearchParams, name: string): number | null {
  const value = params.get(name);
  if (value === null) return null;
  return /^\s*[1-9]\d{0,5}\s*$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * `GET /oembed?url=<page>&format=json[&maxwidth=…&maxheight=…]`: the card of the page, as an
 * `<iframe>`, no wider than maxwidth nor higher than maxheight. A missing url or a size that is not
 * a positive integer is a 400, another format than JSON a 501 (as the specification says), a URL
 * that no card stands for a 404.
 */
export function oembedAnswer(params: URLSearchParams, lookup: EmbedLookup, origin: string = siteUrl()): OembedAnswer {
  const pageUrl = params.get("url")?.trim();
  if (!pageUrl) return { status: 400, body: { error: OEMBED_ERRORS.missingUrl } };
  const format = params.get("format");
  if (format !== null && format !== "json") return { status: 501, body: { error: OEMBED_ERRORS.format } };
  const maxWidth = sizeParam(params, "maxwidth");
  const maxHeight = sizeParam(params, "maxheight");
  if (Number.isNaN(maxWidth) || Number.isNaN(maxHeight)) return { status: 400, body: { error: OEMBED_ERRORS.size } };
  const target = embedTarget(pageUrl, lookup, origin);
  if (!target) return { status: 404, body: { error: OEMBED_ERRORS.notFound } };

  const width = Math.min(EMBED_WIDTH, maxWidth ?? EMBED_WIDTH);
  const height = Math.min(embedHeight(width), maxHeight ?? Number.POSITIVE_INFINITY);
  const title = embedTitle(target.title, target.editionDate, target.locale);
  const src = absoluteUrl(localisePath(embedPath(target.slug, target.date ?? undefined), target.locale));
  return {
    status: 200,
    body: {
      version: "1.0",
      type: "rich",
      title,
      provider_name: siteName(target.locale),
      provider_url: absoluteUrl(localisePath("/", target.locale)),
      html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" style="border:0"></iframe>`,
      width,
      height,
    },
  };
}
