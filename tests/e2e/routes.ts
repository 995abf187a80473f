import { compiledContent } from "../../lib/content/compiled";
import { localisePath } from "../../lib/i18n/locales";
import { comparePath, rolePath, roleSectionPath } from "../../lib/site";

const { editions } = compiledContent("content");
const { roles, guide } = editions.fr;
const [first, second] = roles;
const answers = guide ? new URLSearchParams(Object.fromEntries(guide.questions.map((question) => [question.id, question.options[0].value]))) : null;
const english = editions.en.roles.find((role) => role.slug === first.slug)!;

const firstSection = roles.flatMap((role) => role.pages.map((page) => roleSectionPath(role.slug, page.id)))[0];

/**
 * One page of each kind in French: each is drawn by its own template (every role page by one,
 * every section page by another), so what the template decides (structure, colours, names) is
 * checked once per kind, and what the content decides on every page (see FRENCH_ROUTES).
 */
export const KIND_ROUTES: string[] = [
  "/",
  "/roles",
  `/roles?q=${encodeURIComponent(first.otherTitles[0]?.title ?? first.title)}`,
  rolePath(first.slug),
  ...(firstSection ? [firstSection] : []),
  `${roleSectionPath(first.slug, "inconnue")}`,
  `${rolePath(first.slug)}x`,
  "/compare",
  ...(second ? [comparePath(first.slug, second.slug), comparePath(second.slug, first.slug)] : []),
  comparePath(first.slug, "inconnu"),
  "/sources",
  ...(answers ? ["/guide", `/guide?${answers}`] : []),
  "/verifier-une-offre",
  "/rediger-une-offre",
  `/rediger-une-offre?role=${first.slug}`,
];

/** The routes of the French edition, from the content: every role page and section page, every kind of other page. */
export const FRENCH_ROUTES: string[] = [
  ...new Set([
    ...KIND_ROUTES.slice(0, 3),
    ...roles.map((role) => rolePath(role.slug)),
    ...roles.flatMap((role) => role.pages.map((page) => roleSectionPath(role.slug, page.id))),
    ...KIND_ROUTES.slice(3),
  ]),
];

/** The same pages in English, the search by an English title. */
const inEnglish = (route: string) => localisePath(route.startsWith("/roles?q=") ? `/roles?q=${encodeURIComponent(english.otherTitles[0]?.title ?? english.title)}` : route, "en");
export const ENGLISH_ROUTES: string[] = FRENCH_ROUTES.map(inEnglish);
export const ENGLISH_KIND_ROUTES: string[] = KIND_ROUTES.map(inEnglish);

/** Every page of the site, in both languages: checked in the browser and for headers. */
export const PAGE_ROUTES: string[] = [...FRENCH_ROUTES, ...ENGLISH_ROUTES];
