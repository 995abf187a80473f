import { DEFAULT_LOCALE, LOCALES, isLocale, localisePath, splitLocale, type Locale } from "./i18n/locales";
import { WRITE_AD_PATH } from "./analyse/paths";
import { MAX_QUERY_LENGTH } from "./search";
import { EMBED_ROOT, comparePath, differencePath, rolePath, roleSectionPath } from "./site";
import { slugify } from "./text";
import { decodeSegment } from "./url";

/** What the proxy does with a request: redirect it (308), serve it from another route, or let it through. */
export type Routing =
  | { kind: "redirect"; location: string }
  | { kind: "rewrite"; path: string }
  | { kind: "next" }
  | { kind: "error"; status: number; body: Record<string, unknown> };

/** The ids of each role's section pages, by role slug: `/roles/<slug>/<id>`. */
export type SectionTable = Readonly<Record<string, readonly string[]>>;
/**
 * The dates of each role's editions, by language then slug. Absent (unit tests of other rules),
 * the pages refuse unknown editions themselves; present, the proxy does, before any rendering.
 */
export type EditionTable = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** Finds the canonical slug for a URL segment (slug in any case, other-title slug), or null. */
export type SlugResolver = (segment: string) => string | null;
/** The resolver of a language: a translation knows its own titles, and the French ones. */
export type SlugResolvers = (locale: Locale) => SlugResolver;

const NEXT: Routing = { kind: "next" };

/**
 * A path no route serves: rewriting to it answers with the site's 404 page
 * (app/global-not-found.tsx), in the language the proxy passes on (LOCALE_HEADER).
 */
export const NOT_FOUND_PATH = "/_introuvable";

/**
 * The first segments of the pages of a translation (the folders of app/en): any other address
 * under /en gets the English 404 page. A test checks the list against app/en.
 */
export const TRANSLATED_SEGMENTS = ["roles", "compare", "guide", "sources", "recherche", "verifier-une-offre", "rediger-une-offre", "og", "historique", "historique.atom", "embed"];

/** What a role has beside its sections' pages: its dated editions, its change log and its feed. */
const ROLE_HISTORY_SEGMENTS = new Set(["editions", "historique", "historique.atom"]);

const EDITION_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Longer than any role slug could be. `/compare?a=…` values beyond it get a 404 instead of a
 * redirect that would repeat them twice, in the Location and Refresh headers.
 */
export const MAX_SLUG_LENGTH = 100;

function firstValue(params: URLSearchParams, name: string): string {
  return (params.get(name) ?? "").trim();
}

const SEARCH_PARAMS = ["q", "positionnement"];

/**
 * The parameters a page reads, as it reads them (first value, MAX_QUERY_LENGTH characters at most).
 * Next.js carries a rewrite's whole URL in a header: passing a huge query on would overflow it.
 */
function keptParams(params: URLSearchParams, names: readonly string[]): URLSearchParams {
  const kept = new URLSearchParams();
  for (const name of names) {
    const value = params.get(name);
    if (value !== null) kept.set(name, value.slice(0, MAX_QUERY_LENGTH));
  }
  return kept;
}

/**
 * The canonical form of the role and comparison URLs. Pure, so that every rule is unit-tested:
 * `/roles/CM` → `/roles/community-manager`; `/compare?a=cm&b=smm` → `/compare/community-manager/social-media-manager`.
 */
export function routeRequest(
  pathname: string,
  params: URLSearchParams,
  resolvers: SlugResolvers,
  guideParams: readonly string[],
  sections: SectionTable = {},
  editions: EditionTable | null = null,
): Routing {
  // Next.js answers 500 when a dynamic segment has malformed percent-encoding (`/roles/%ZZ`): 404 instead.
  if (pathname.split("/").some((segment) => segment !== "" && decodeSegment(segment) === null)) return { kind: "rewrite", path: NOT_FOUND_PATH };
  if (pathname === "/api/roles" || pathname.startsWith("/api/roles/")) return apiLanguage(pathname, params, editions);
  // `/en/roles/cm` follows the rules of `/roles/cm` with the English titles, and stays in English;
  // an address under /en that no English page serves gets the 404 page.
  const { locale, path } = splitLocale(pathname);
  if (locale !== DEFAULT_LOCALE && path !== "/" && !TRANSLATED_SEGMENTS.includes(path.split("/")[1])) return { kind: "rewrite", path: NOT_FOUND_PATH };
  const routing = routeInLanguage(path, params, resolvers(locale), guideParams, sections, editions && (editions[locale] ?? {}));
  if (locale === DEFAULT_LOCALE || routing.kind === "next" || routing.kind === "error") return routing;
  if (routing.kind === "redirect") return { kind: "redirect", location: localisePath(routing.location, locale) };
  return routing.path === NOT_FOUND_PATH ? routing : { kind: "rewrite", path: localisePath(routing.path, locale) };
}

/**
 * `/api/roles?lang=en` is served by the prerendered `/api/en/roles`; French is the default, and
 * `?lang=fr` is the same as no parameter. An unknown language is a 400 that lists the known ones.
 */
function apiLanguage(pathname: string, params: URLSearchParams, editions: EditionTable | null): Routing {
  const lang = firstValue(params, "lang");
  if (lang !== "" && !isLocale(lang)) {
    return { kind: "error", status: 400, body: { error: "Langue inconnue : utilisez lang=" + LOCALES.join(" ou lang="), lang: lang.slice(0, MAX_SLUG_LENGTH), languages: [...LOCALES] } };
  }
  // `/api/roles/<slug>?edition=<date>`: that dated edition, served by `/api/roles/<slug>/editions/<date>`.
  let path = pathname;
  if (params.has("edition")) {
    const edition = firstValue(params, "edition");
    if (pathname.split("/").filter(Boolean).length !== 3 || !EDITION_DATE.test(edition)) {
      return { kind: "error", status: 400, body: { error: "Édition invalide : demandez /api/roles/<rôle>?edition=AAAA-MM-JJ, une date de la liste editions du rôle", edition: edition.slice(0, MAX_SLUG_LENGTH) } };
    }
    const slug = pathname.split("/")[3];
    // Own keys only: `/api/roles/constructor` names no role.
    const table = editions?.[isLocale(lang) ? lang : DEFAULT_LOCALE];
    const dates = table && Object.hasOwn(table, slug) ? table[slug] : undefined;
    if (editions && !dates) return { kind: "error", status: 404, body: { error: "Rôle inconnu", slug: slug.slice(0, MAX_SLUG_LENGTH) } };
    if (dates && !dates.includes(edition)) return { kind: "error", status: 404, body: { error: "Édition inconnue : voyez la liste editions du rôle", slug, edition, editions: [...dates] } };
    path = `${pathname}/editions/${edition}`;
  }
  if (lang !== "" && lang !== DEFAULT_LOCALE) return { kind: "rewrite", path: path.replace(/^\/api\//, `/api/${lang}/`) };
  return path === pathname ? NEXT : { kind: "rewrite", path };
}

function routeInLanguage(pathname: string, params: URLSearchParams, resolve: SlugResolver, guideParams: readonly string[], sections: SectionTable, editions: EditionTable[string] | null): Routing {
  const segments = pathname.split("/").filter(Boolean);

  if (segments[0] === "roles") {
    if (segments.length === 1) {
      return params.has("q") || params.has("positionnement") ? { kind: "rewrite", path: `/recherche?${keptParams(params, SEARCH_PARAMS)}` } : NEXT;
    }
    const history = segments.length >= 3 && ROLE_HISTORY_SEGMENTS.has(segments[2]);
    if (segments.length !== 2 && segments.length !== 3 && !history) return NEXT;
    const wanted = decodeSegment(segments[1]);
    const slug = wanted === null ? null : resolve(wanted);
    // Unknown roles and sections get the 404 page of their language.
    if (!slug) return { kind: "rewrite", path: NOT_FOUND_PATH };
    if (history) {
      // The form of the change log (`?de=…&a=…`, no script): the difference between those two editions.
      const from = firstValue(params, "de");
      const to = firstValue(params, "a");
      if (segments.length === 3 && segments[2] === "historique" && EDITION_DATE.test(from) && EDITION_DATE.test(to) && from !== to) {
        return { kind: "redirect", location: differencePath(slug, from, to) };
      }
      // An edition or a pair of editions that does not exist is the 404 page, before any rendering:
      // the difference of any two editions renders on demand, and only real pairs should.
      const known = editions && (Object.hasOwn(editions, slug) ? editions[slug] : []);
      const dates = segments[2] === "editions" ? segments.slice(3, 4) : segments[2] === "historique" ? segments.slice(3, 5) : [];
      if (known && dates.some((date) => !known.includes(date))) return { kind: "rewrite", path: NOT_FOUND_PATH };
      if (segments[2] === "historique" && segments.length > 3 && (segments.length !== 5 || segments[3] === segments[4])) return { kind: "rewrite", path: NOT_FOUND_PATH };
      // Another title of the role leads to its slug.
      return slug === segments[1] ? NEXT : { kind: "redirect", location: ["", "roles", slug, ...segments.slice(2)].join("/") };
    }
    if (segments.length === 3 && Object.hasOwn(sections, slug) && !sections[slug].includes(segments[2])) return { kind: "rewrite", path: NOT_FOUND_PATH };
    if (slug === segments[1]) return NEXT;
    // `/roles/cm/remuneration` → `/roles/community-manager/remuneration`: a section's page follows its role.
    return { kind: "redirect", location: segments.length === 2 ? rolePath(slug) : roleSectionPath(slug, segments[2]) };
  }

  // A role's card follows its role (`/embed/roles/cm` → `/embed/roles/community-manager`); an unknown role gets the 404 page.
  if (`/${segments[0]}` === EMBED_ROOT && segments[1] === "roles" && segments.length >= 3) {
    const wanted = decodeSegment(segments[2]);
    const slug = wanted === null ? null : resolve(wanted);
    if (!slug) return { kind: "rewrite", path: NOT_FOUND_PATH };
    return slug === segments[2] ? NEXT : { kind: "redirect", location: ["", ...segments.slice(0, 2), slug, ...segments.slice(3)].join("/") };
  }

  if (segments[0] === "compare") {
    if (segments.length === 1) {
      const a = firstValue(params, "a");
      const b = firstValue(params, "b");
      if (!a || !b) return NEXT;
      const pair = [resolve(a) ?? slugify(a), resolve(b) ?? slugify(b)];
      if (!pair[0] || !pair[1]) return NEXT;
      if (pair.some((slug) => slug.length > MAX_SLUG_LENGTH)) return { kind: "rewrite", path: NOT_FOUND_PATH };
      return { kind: "redirect", location: pair[0] === pair[1] ? rolePath(pair[0]) : comparePath(pair[0], pair[1]) };
    }
    if (segments.length !== 3) return NEXT;
    const wanted = [decodeSegment(segments[1]), decodeSegment(segments[2])];
    const a = wanted[0] === null ? null : resolve(wanted[0]);
    const b = wanted[1] === null ? null : resolve(wanted[1]);
    // Unknown roles never reach the page, which may render pairs on demand: nothing to render or cache.
    if (!a || !b) return { kind: "rewrite", path: NOT_FOUND_PATH };
    if (a === b) return { kind: "redirect", location: rolePath(a) };
    return a !== segments[1] || b !== segments[2] ? { kind: "redirect", location: comparePath(a, b) } : NEXT;
  }

  // `/rediger-une-offre?role=<unknown>`: the 404 page, as for any unknown role (other titles are the page's to follow).
  if (segments.length === 1 && `/${segments[0]}` === WRITE_AD_PATH) {
    const wanted = firstValue(params, "role");
    return wanted && !resolve(wanted) ? { kind: "rewrite", path: NOT_FOUND_PATH } : NEXT;
  }

  if (segments.length === 1 && segments[0] === "guide" && guideParams.some((name) => params.has(name))) {
    return { kind: "rewrite", path: `/guide/resultat?${keptParams(params, guideParams)}` };
  }

  return NEXT;
}
