import { getTranslations } from "next-intl/server";
import { editionsFeed } from "@/lib/editions/feed";
import type { Edition } from "@/lib/editions/load";
import { formatDate } from "@/lib/format";
import { LOCALE_TAGS, localisePath, type Locale } from "@/lib/i18n/locales";
import { getRole, getRoleEditions, getRoleSlugs, latestEditions } from "@/lib/roles";
import { absoluteUrl, editionPath, historyFeedPath, historyPath, siteFeedPath, siteHistoryPath, siteName } from "@/lib/site";

const ATOM = { "Content-Type": "application/atom+xml; charset=utf-8" };

async function feedOf(locale: Locale, title: string, selfPath: string, pagePath: string, editions: Edition[]): Promise<string> {
  const t = await getTranslations({ locale, namespace: "history" });
  const url = (path: string) => absoluteUrl(localisePath(path, locale));
  return editionsFeed({
    title,
    selfUrl: url(selfPath),
    pageUrl: url(pagePath),
    language: LOCALE_TAGS[locale].lang,
    author: { name: siteName(locale), url: url("/") },
    entries: editions.map((edition) => ({
      title: t("entryTitle", { title: edition.snapshot.title, date: formatDate(edition.date, locale) }),
      url: url(editionPath(edition.snapshot.slug, edition.date)),
      date: edition.date,
      summary: edition.summary,
    })),
  });
}

type RoleFeedContext = { params: Promise<{ slug: string }> };

/** `/roles/<slug>/historique.atom`: a role's editions, newest first. */
export function roleFeedRoute(locale: Locale) {
  return {
    generateStaticParams() {
      return getRoleSlugs()
        .filter((slug) => getRoleEditions(slug, locale).length > 0)
        .map((slug) => ({ slug }));
    },
    async GET(_request: Request, { params }: RoleFeedContext) {
      const { slug } = await params;
      const role = getRole(slug, locale);
      const editions = getRoleEditions(slug, locale);
      if (!role || editions.length === 0) return new Response("Not Found", { status: 404 });
      const t = await getTranslations({ locale, namespace: "history" });
      const xml = await feedOf(locale, t("feedTitle", { site: siteName(locale), title: role.title }), historyFeedPath(slug), historyPath(slug), editions);
      return new Response(xml, { headers: ATOM });
    },
  };
}

/** `/historique.atom`: every role's editions, newest first. */
export function siteFeedRoute(locale: Locale) {
  return {
    async GET() {
      const t = await getTranslations({ locale, namespace: "history" });
      const xml = await feedOf(locale, t("siteFeedTitle", { site: siteName(locale) }), siteFeedPath(), siteHistoryPath(), latestEditions(locale));
      return new Response(xml, { headers: ATOM });
    },
  };
}
