import { embedCardHtml } from "@/components/embed-card";
import type { Edition } from "@/lib/editions/load";
import { embedTitle } from "@/lib/embed";
import { formatDate } from "@/lib/format";
import { LOCALE_TAGS, localisePath, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { getEdition, getRoleEditions, getRoleSlugs } from "@/lib/roles";
import { absoluteUrl, editionPath, rolePath, siteName } from "@/lib/site";

const HTML = { "Content-Type": "text/html; charset=utf-8" };

/** The card of an edition: the latest links to the living page, a dated one to its edition's page. */
function cardResponse(edition: Edition, locale: Locale, latest: boolean): Response {
  const t = translator(locale, "embed");
  const { snapshot, date } = edition;
  const day = formatDate(date, locale);
  const html = embedCardHtml({
    lang: LOCALE_TAGS[locale].lang,
    documentTitle: embedTitle(snapshot.title, date, locale),
    siteName: siteName(locale),
    title: snapshot.title,
    abbreviation: snapshot.abbreviation,
    definition: snapshot.definition,
    missionsHeading: t("missions"),
    missions: snapshot.core,
    date,
    dateLabel: t("edition", { date: day }),
    link: {
      href: absoluteUrl(localisePath(latest ? rolePath(snapshot.slug) : editionPath(snapshot.slug, date), locale)),
      text: latest ? t("readLatest") : t("readEdition"),
      newTab: t("newTab"),
    },
  });
  return new Response(html, { headers: HTML });
}

const notFound = () => new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

type CardContext = { params: Promise<{ slug: string }> };
type EditionCardContext = { params: Promise<{ slug: string; date: string }> };

/** `/embed/roles/<slug>`: the card of a role's latest edition, for other sites' frames. */
export function embedRoute(locale: Locale) {
  return {
    generateStaticParams() {
      return getRoleSlugs()
        .filter((slug) => getRoleEditions(slug, locale).length > 0)
        .map((slug) => ({ slug }));
    },
    async GET(_request: Request, { params }: CardContext) {
      const [latest] = getRoleEditions((await params).slug, locale);
      return latest ? cardResponse(latest, locale, true) : notFound();
    },
  };
}

/** `/embed/roles/<slug>/editions/<date>`: the card of one dated edition. */
export function embedEditionRoute(locale: Locale) {
  return {
    generateStaticParams() {
      return getRoleSlugs().flatMap((slug) => getRoleEditions(slug, locale).map((edition) => ({ slug, date: edition.date })));
    },
    async GET(_request: Request, { params }: EditionCardContext) {
      const { slug, date } = await params;
      const edition = getEdition(slug, date, locale);
      return edition ? cardResponse(edition, locale, false) : notFound();
    },
  };
}
