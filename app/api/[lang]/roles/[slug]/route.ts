import { roleResponse } from "@/lib/api";
import { DEFAULT_LOCALE, LOCALES, isLocale } from "@/lib/i18n/locales";
import { getRoleSlugs } from "@/lib/roles";

/** `/api/roles/<slug>?lang=<code>`, rewritten here by the proxy. */
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).flatMap((lang) => getRoleSlugs().map((slug) => ({ lang, slug })));
}

type RouteContext = { params: Promise<{ lang: string; slug: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  const { lang, slug } = await params;
  return roleResponse(slug, isLocale(lang) ? lang : DEFAULT_LOCALE);
}
