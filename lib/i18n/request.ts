import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { MESSAGES } from "./translate";

/**
 * next-intl's configuration for server components. The language comes from setRequestLocale(),
 * called by each layout and page with the language of its route group (app/(fr), app/en): pages
 * stay static, nothing reads the request's headers.
 */
export default getRequestConfig(async ({ requestLocale, locale }) => {
  const wanted = locale ?? (await requestLocale);
  const chosen = isLocale(wanted) ? wanted : DEFAULT_LOCALE;
  return { locale: chosen, messages: MESSAGES[chosen], timeZone: "UTC" };
});
