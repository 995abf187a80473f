import { loadContent } from "../../lib/content/load";
import { comparePath, rolePath, roleSectionPath } from "../../lib/site";

const { roles, guide } = loadContent("content");
const [first, second] = roles;
const answers = guide ? new URLSearchParams(Object.fromEntries(guide.questions.map((question) => [question.id, question.options[0].value]))) : null;

/** The routes of the site, from the content: every role page, every kind of other page; checked in the browser and for headers. */
export const PAGE_ROUTES: string[] = [
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
