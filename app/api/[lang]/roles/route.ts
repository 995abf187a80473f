import { rolesResponse } from "@/lib/api";
import { DEFAULT_LOCALE, LOCALES, isLocale } from "@/lib/i18n/locales";

/** `/api/roles?lang=<code>`, rewritten here by the proxy: the records in another language. */
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((lang) => ({ lang }));
}

type RouteContext = { params: Promise<{ lang: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  const { lang } = await params;
  return rolesResponse(isLocale(lang) ? lang : DEFAULT_LOCALE);
}
