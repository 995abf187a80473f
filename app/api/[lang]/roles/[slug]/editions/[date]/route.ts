import { editionResponse, jsonResponse } from "@/lib/api";
import { DEFAULT_LOCALE, LOCALES, isLocale } from "@/lib/i18n/locales";
import { getRoleEditions, getRoleSlugs } from "@/lib/roles";

/** `/api/roles/<slug>?edition=<date>&lang=<code>`, rewritten here by the proxy. The proxy answers an unknown date with a JSON 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).flatMap((lang) => getRoleSlugs().flatMap((slug) => getRoleEditions(slug, lang).map((edition) => ({ lang, slug, date: edition.date }))));
}

type RouteContext = { params: Promise<{ lang: string; slug: string; date: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  const { lang, slug, date } = await params;
  // Only the proxy's rewrites reach here; any other language segment is not a route.
  if (!isLocale(lang) || lang === DEFAULT_LOCALE) return jsonResponse({ error: "Not Found" }, 404);
  return editionResponse(slug, date, lang);
}
