import { loadEditions } from "../../lib/content/editions";
import { localisePath } from "../../lib/i18n/locales";
import { comparePath, rolePath, roleSectionPath } from "../../lib/site";

const { editions } = loadEditions("content");
const { roles, guide } = editions.fr;
const [first, second] = roles;
const answers = guide ? new URLSearchParams(Object.fromEntries(guide.questions.map((question) => [question.id, question.options[0].value]))) : null;
const english = editions.en.roles.find((role) => role.slug === first.slug)!;

/** The routes of the French edition, from the content: every role page, every kind of other page. */
export const FRENCH_ROUTES: string[] = [
  "/",
  "/roles",
  `/roles?q=${encodeURIComponent(first.otherTitles[0]?.title ?? first.title)}`,
  ...roles.map((role) => rolePath(role.slug)),
  ...roles.flatMap((role) => role.pages.map((page) => roleSectionPath(role.slug, page.id))),
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

/** The same pages in English, the search by an English title. */
export const ENGLISH_ROUTES: string[] = FRENCH_ROUTES.map((route) =>
  route.startsWith("/roles?q=") ? `/roles?q=${encodeURIComponent(english.otherTitles[0]?.title ?? english.title)}` : route,
).map((route) => localisePath(route, "en"));

/** Every page of the site, in both languages: checked in the browser and for headers. */
export const PAGE_ROUTES: string[] = [...FRENCH_ROUTES, ...ENGLISH_ROUTES];
