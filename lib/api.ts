import type { Locale } from "./i18n/locales";
import { SCHEMA_VERSION, editionRecord, roleRecord } from "./records";
import { getAllRoles, getEdition, getRole, getRoleEditions } from "./roles";
/** Headers of the JSON API: open to any origin for GET, cacheable by CDNs. */
export const API_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD",
  "Cache-Control": "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800",
} as const;

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: API_HEADERS });
}

/** The API's error texts, in the language asked for. */
const UNKNOWN_ROLE: Record<Locale, string> = { fr: "Rôle inconnu", en: "Unknown role" };
const UNKNOWN_EDITION: Record<Locale, string> = { fr: "Édition inconnue : voyez la liste editions du rôle", en: "Unknown edition: see the role's editions list" };

/** `/api/roles` and `/api/roles?lang=en` (rewritten by the proxy to `/api/en/roles`). */
export function rolesResponse(locale: Locale): Response {
  return jsonResponse({ schemaVersion: SCHEMA_VERSION, roles: getAllRoles(locale).map((role) => roleRecord(role, locale, getRoleEditions(role.slug, locale))) });
}

export function roleResponse(slug: string, locale: Locale): Response {
  const role = getRole(slug, locale);
  if (!role) return jsonResponse({ error: UNKNOWN_ROLE[locale], slug }, 404);
  return jsonResponse({ schemaVersion: SCHEMA_VERSION, role: roleRecord(role, locale, getRoleEditions(slug, locale)) });
}

/** `/api/roles/<slug>?edition=<date>` (rewritten by the proxy): that dated edition, as frozen. */
export function editionResponse(slug: string, date: string, locale: Locale): Response {
  if (!getRole(slug, locale)) return jsonResponse({ error: UNKNOWN_ROLE[locale], slug }, 404);
  const edition = getEdition(slug, date, locale);
  if (!edition) return jsonResponse({ error: UNKNOWN_EDITION[locale], slug, edition: date.slice(0, 40), editions: getRoleEditions(slug, locale).map((candidate) => candidate.date) }, 404);
  return jsonResponse({ schemaVersion: SCHEMA_VERSION, edition: editionRecord(edition, getRoleEditions(slug, locale), locale) });
}
