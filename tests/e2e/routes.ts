import { compiledContent } from "../../lib/content/compiled";
import { localisePath } from "../../lib/i18n/locales";
import { comparePath, differencePath, editionPath, embedPath, historyPath, rolePath, roleSectionPath, siteHistoryPath } from "../../lib/site";

const { languages } = compiledContent("content");
const { roles, guide } = languages.fr;
const [first, second] = roles;
const answers = guide ? new URLSearchParams(Object.fromEntries(guide.questions.map((question) => [question.id, question.options[0].value]))) : null;
const english = languages.en.roles.find((role) => role.slug === first.slug)!;
const editionsOf = (locale: "fr" | "en") => languages[locale].editions.find((role) => role.slug === first.slug)?.editions ?? [];
const [latest, earlier] = editionsOf("fr");
const inEnglish = new Set(editionsOf("en").map((edition) => edition.date));
/** The dated editions' pages of the first role: each edition, a section page, the change log, a difference. */
const EDITION_ROUTES: string[] = latest
  ? [
      siteHistoryPath(),
      historyPath(first.slug),
      ...editionsOf("fr").map((edition) => editionPath(first.slug, edition.date)),
      ...(latest.snapshot.pages[0] ? [editionPath(first.slug, latest.date, latest.snapshot.pages[0].id)] : []),
      ...(earlier ? [differencePath(first.slug, earlier.date, latest.date)] : []),
    ]
  : [];
/** What exists in French only: an edition published before the English pages, and the differences with it. */
const frenchOnly = new Set(EDITION_ROUTES.filter((route) => [...route.matchAll(/\d{4}-\d{2}-\d{2}/g)].some(([date]) => !inEnglish.has(date))));

/** The routes of the French edition, from the content: every role page and section page, every kind of other page. */
export const FRENCH_ROUTES: string[] = [
  "/",
  "/roles",
  `/roles?q=${encodeURIComponent(first.otherTitles[0]?.title ?? first.title)}`,
  ...roles.map((role) => rolePath(role.slug)),
  ...roles.flatMap((role) => role.pages.map((page) => roleSectionPath(role.slug, page.id))),
  `${rolePath(first.slug)}x`,
  `${roleSectionPath(first.slug, "inconnue")}`,
  "/compare",
  ...(second ? [comparePath(first.slug, second.slug), comparePath(second.slug, first.slug)] : []),
  comparePath(first.slug, "inconnu"),
  "/sources",
  ...(answers ? ["/guide", `/guide?${answers}`] : []),
  "/verifier-une-offre",
  "/rediger-une-offre",
  `/rediger-une-offre?role=${first.slug}`,
  ...EDITION_ROUTES,
];

/**
 * One page of each kind: each is drawn by its own template (every role page by one, every section
 * page by another, every unknown address by the 404 page), so what a template decides (structure,
 * names, colours) is checked once per kind; what the content decides is checked on every page of
 * FRENCH_ROUTES and ENGLISH_ROUTES (overflow, typography, language, HTML validity) or by
 * `npm run validate` (heading levels, links, anchors).
 */
const sameKindAsAnother = new Set([
  ...roles.slice(1).map((role) => rolePath(role.slug)),
  ...roles.flatMap((role) => role.pages.map((page) => roleSectionPath(role.slug, page.id))).slice(1),
  `${roleSectionPath(first.slug, "inconnue")}`,
  comparePath(first.slug, "inconnu"),
  ...(second ? [comparePath(second.slug, first.slug)] : []),
]);
export const KIND_ROUTES: string[] = FRENCH_ROUTES.filter((route) => !sameKindAsAnother.has(route));

/** The same pages in English, the search by an English title. */
const toEnglish = (route: string) => localisePath(route.startsWith("/roles?q=") ? `/roles?q=${encodeURIComponent(english.otherTitles[0]?.title ?? english.title)}` : route, "en");
export const ENGLISH_ROUTES: string[] = FRENCH_ROUTES.filter((route) => !frenchOnly.has(route)).map(toEnglish);
/**
 * The English pages of the kinds whose English words change their structure (headings, names of
 * regions and controls, the 404's suggestions): the same templates as the French ones otherwise.
 */
export const ENGLISH_KIND_ROUTES: string[] = KIND_ROUTES.filter((route) => /^\/($|roles\/[^?]+$|compare\/|guide\?|verifier|rediger-une-offre\?)/.test(route)).filter((route) => !frenchOnly.has(route)).map(toEnglish);

/** The kinds whose components differ most, for the dark scheme (which only changes colours). */
export const DARK_ROUTES: string[] = KIND_ROUTES.filter((route) => /^\/($|roles\/[^/?]+(\/[^/?]+)?$|compare\/|sources|guide\?|verifier)/.test(route) && !route.endsWith("x"));

/** Every page of the site, in both languages: checked in the browser and for headers. */
export const PAGE_ROUTES: string[] = [...FRENCH_ROUTES, ...ENGLISH_ROUTES];

/**
 * The embeddable cards of the first role with editions, latest and oldest, in both languages: not
 * pages of the site (other sites frame them, with their own headers), but HTML all the same.
 */
export const EMBED_ROUTES: string[] = (["fr", "en"] as const).flatMap((locale) => {
  const carded = languages[locale].editions.find((role) => role.editions.length > 0);
  return carded ? [embedPath(carded.slug), embedPath(carded.slug, carded.editions.at(-1)!.date)].map((path) => localisePath(path, locale)) : [];
});
