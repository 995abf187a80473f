/**
 * The site reads: every route answers GET and HEAD, and 405 to any other method. Two routes
 * only take a body (POST), the job-ad analyser's page and its API; see BODY_ROUTES.
 */
import { ANALYSE_API_PATH, CHECK_AD_PATH } from "./analyse/paths";
import { LOCALES, localisePath } from "./i18n/locales";

export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

/** The `Allow` header of a 405 answer on a read-only route. */
export const ALLOW_HEADER = ALLOWED_METHODS.join(", ");

/** The only routes that accept a request body, and the methods each answers. */
export const BODY_ROUTES: Readonly<Record<string, readonly string[]>> = {
  // The ad check page of every language (its form posts to its server action).
  ...Object.fromEntries(LOCALES.map((locale) => [localisePath(CHECK_AD_PATH, locale), [...ALLOWED_METHODS, "POST"]])),
  [ANALYSE_API_PATH]: ["POST"],
};

/** The methods a path answers (a trailing slash aside, which Next.js redirects). */
export function allowedMethodsFor(pathname: string): readonly string[] {
  return Object.hasOwn(BODY_ROUTES, pathname) ? BODY_ROUTES[pathname] : ALLOWED_METHODS;
}

export function allowHeaderFor(pathname: string): string {
  return allowedMethodsFor(pathname).join(", ");
}

export function methodNotAllowedText(methods: readonly string[] = ALLOWED_METHODS): string {
  return `Méthode non autorisée : cette adresse ne répond qu’à ${methods.length > 1 ? `${methods.slice(0, -1).join(", ")} et ${methods.at(-1)}` : methods[0]}.\n`;
}

export const METHOD_NOT_ALLOWED_TEXT = methodNotAllowedText();

/** Whether a read-only route answers `method`. */
export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase());
}

/** Whether `pathname` answers `method`. */
export function isAllowedMethodFor(method: string, pathname: string): boolean {
  return allowedMethodsFor(pathname).includes(method.toUpperCase());
}
