import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditionDifferenceView } from "@/components/edition-difference";
import { SiteLink } from "@/components/site-link";
import { editionDifference } from "@/lib/editions/diff";
import type { Edition } from "@/lib/editions/load";
import { formatDate } from "@/lib/format";
import { LOCALES, localisePath, type Locale } from "@/lib/i18n/locales";
import { pageAlternates, pageMetadata } from "@/lib/metadata";
import { roleOgPath } from "@/lib/og";
import { editionLanguages, getEdition, getRole, getRoleEditions, getRoleSlugs, latestEditions, numberedSources } from "@/lib/roles";
import { absoluteUrl, differencePath, editionPath, historyFeedPath, historyPath, rolePath, siteFeedPath, siteHistoryPath, siteName } from "@/lib/site";

type HistoryPageProps = { params: Promise<{ slug: string }> };
type DifferencePageProps = { params: Promise<{ slug: string; from: string; to: string }> };

/** The Atom feeds a page announces: the role's, then the site's. */
async function feedTypes(locale: Locale, role?: { slug: string; title: string }) {
  const t = await getTranslations({ locale, namespace: "history" });
  const site = siteName(locale);
  const feeds = [
    ...(role ? [{ url: absoluteUrl(localisePath(historyFeedPath(role.slug), locale)), title: t("feedTitle", { site, title: role.title }) }] : []),
    { url: absoluteUrl(localisePath(siteFeedPath(), locale)), title: t("siteFeedTitle", { site }) },
  ];
  return { "application/atom+xml": feeds };
}

/** One entry of a change log: the date, what changed and why, its sources, and the ways to read it. */
async function EditionEntry({ slug, edition, previous, locale, latest, withTitle }: { slug: string; edition: Edition; previous?: Edition; locale: Locale; latest: boolean; withTitle: boolean }) {
  const t = await getTranslations({ locale, namespace: "history" });
  const names = await getTranslations({ locale, namespace: "languages" });
  const day = formatDate(edition.date, locale);
  const others = editionLanguages(slug, edition.date).filter((other) => other !== locale);
  const sources = numberedSources(edition.sources ?? [], locale);
  return (
    <li className="space-y-2 border-l-4 border-accent pl-4">
      <h2 className="text-lg font-bold">
        {withTitle && <SiteLink href={historyPath(slug)} locale={locale}>{edition.snapshot.title}</SiteLink>}
        {withTitle && " · "}
        <time dateTime={edition.date}>{day}</time>
        {latest && <span className="ml-2 text-sm font-normal text-muted">({t("latest")})</span>}
      </h2>
      <p>{edition.summary}</p>
      {sources.length > 0 && (
        <p className="text-sm">
          {t("sources")}{" "}
          {sources.map((source, index) => (
            <span key={source.id}>
              {index > 0 && t("separator")}
              <cite>
                <a href={source.url ?? localisePath(`/sources#source-${source.id}`, locale)}>{source.short ?? source.title}</a>
              </cite>
            </span>
          ))}
        </p>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
        <SiteLink href={editionPath(slug, edition.date)} locale={locale}>{t("read", { date: day })}</SiteLink>
        {previous ? (
          <SiteLink href={differencePath(slug, previous.date, edition.date)} locale={locale}>{t("differences", { date: formatDate(previous.date, locale) })}</SiteLink>
        ) : (
          <span className="font-normal text-muted">{t("first")}</span>
        )}
      </p>
      {others.length > 0 ? (
        <p className="text-sm text-muted">
          {t("languagesLead")}{" "}
          {others.map((other, index) => (
            <span key={other}>
              {index > 0 && ", "}
              <a href={localisePath(editionPath(slug, edition.date), other)} hrefLang={other}>
                {names(other)}
              </a>
            </span>
          ))}
        </p>
      ) : (
        LOCALES.length > 1 && <p className="text-sm text-muted">{t("onlyIn", { language: names(locale) })}</p>
      )}
    </li>
  );
}

/** `/roles/<slug>/historique`: every edition of a role, what changed in each and why, and a form to compare any two. */
export function historyView(locale: Locale) {
  return {
    generateStaticParams() {
      return getRoleSlugs()
        .filter((slug) => getRoleEditions(slug, locale).length > 0)
        .map((slug) => ({ slug }));
    },

    async generateMetadata({ params }: HistoryPageProps): Promise<Metadata> {
      const { slug } = await params;
      const role = getRole(slug, locale);
      if (!role || getRoleEditions(slug, locale).length === 0) return {};
      const t = await getTranslations({ locale, namespace: "history" });
      return pageMetadata({
        title: t("metaTitle", { title: role.title }),
        description: t("description", { title: role.title }),
        path: historyPath(slug),
        locale,
        image: { path: roleOgPath(slug, locale), alt: role.title },
        types: await feedTypes(locale, role),
      });
    },

    async Page({ params }: HistoryPageProps) {
      setRequestLocale(locale);
      const { slug } = await params;
      const role = getRole(slug, locale);
      const editions = getRoleEditions(slug, locale);
      if (!role || editions.length === 0) notFound();
      const t = await getTranslations({ locale, namespace: "history" });
      const site = await getTranslations({ locale, namespace: "site" });
      return (
        <article className="space-y-8">
          <nav aria-label={site("breadcrumb")} className="no-print text-sm">
            <ol className="flex flex-wrap gap-1 text-muted">
              <li><SiteLink href="/" locale={locale}>{site("home")}</SiteLink> ›</li>
              <li><SiteLink href={rolePath(slug)} locale={locale}>{role.title}</SiteLink> ›</li>
              <li aria-current="page">{t("roleHistory", { title: role.title })}</li>
            </ol>
          </nav>
          <header className="max-w-prose space-y-3">
            <h1 className="text-3xl font-bold leading-tight">{t("title", { title: role.title })}</h1>
            <p>{t("intro")}</p>
            <p className="text-sm">
              <a href={localisePath(historyFeedPath(slug), locale)} type="application/atom+xml">{t("feed")}</a>
            </p>
          </header>
          <ol className="max-w-prose space-y-6">
            {editions.map((edition, index) => (
              <EditionEntry key={edition.date} slug={slug} edition={edition} previous={editions[index + 1]} locale={locale} latest={index === 0} withTitle={false} />
            ))}
          </ol>
          {editions.length > 1 && (
            <form method="get" action={localisePath(historyPath(slug), locale)} aria-labelledby="comparer-editions" className="no-print max-w-prose space-y-3 rounded-lg border border-line bg-surface p-4">
              <h2 id="comparer-editions" className="text-lg font-bold">{t("compareTitle")}</h2>
              <div className="flex flex-wrap items-end gap-4">
                {(["de", "a"] as const).map((name, position) => (
                  <label key={name} className="space-y-1">
                    <span className="block font-medium">{position === 0 ? t("from") : t("to")}</span>
                    <select name={name} defaultValue={editions[position === 0 ? 1 : 0].date} className="rounded border border-line bg-paper px-3 py-2">
                      {editions.map((edition) => (
                        <option key={edition.date} value={edition.date}>
                          {formatDate(edition.date, locale)}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
                <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-paper hover:bg-accent-strong">
                  {t("compare")}
                </button>
              </div>
              <p className="text-sm text-muted">{t("compareHint")}</p>
            </form>
          )}
        </article>
      );
    },
  };
}

/** Two editions of a role, when both exist and differ. */
function findPair(slug: string, from: string, to: string, locale: Locale) {
  const before = getEdition(slug, from, locale);
  const after = getEdition(slug, to, locale);
  return before && after && from !== to ? { before, after } : null;
}

/** `/roles/<slug>/historique/<from>/<to>`: what changed between two editions, section by section. */
export function differenceView(locale: Locale) {
  return {
    /** Each edition with the one before it: the differences the change log links to. */
    generateStaticParams() {
      return getRoleSlugs().flatMap((slug) => {
        const editions = getRoleEditions(slug, locale);
        return editions.slice(0, -1).map((edition, index) => ({ slug, from: editions[index + 1].date, to: edition.date }));
      });
    },

    async generateMetadata({ params }: DifferencePageProps): Promise<Metadata> {
      const { slug, from, to } = await params;
      const pair = findPair(slug, from, to, locale);
      if (!pair) return {};
      const t = await getTranslations({ locale, namespace: "difference" });
      const title = pair.after.snapshot.title;
      const dates = { from: formatDate(from, locale), to: formatDate(to, locale) };
      return pageMetadata({
        title: t("metaTitle", { title, ...dates }),
        description: t("description", { title, ...dates }),
        path: differencePath(slug, from, to),
        locale,
        image: { path: roleOgPath(slug, locale), alt: title },
      });
    },

    async Page({ params }: DifferencePageProps) {
      setRequestLocale(locale);
      const { slug, from, to } = await params;
      const pair = findPair(slug, from, to, locale);
      if (!pair) notFound();
      const { before, after } = pair;
      const t = await getTranslations({ locale, namespace: "difference" });
      const history = await getTranslations({ locale, namespace: "history" });
      const site = await getTranslations({ locale, namespace: "site" });
      const title = after.snapshot.title;
      const dates = { from: formatDate(from, locale), to: formatDate(to, locale) };
      const difference = editionDifference(before.snapshot, after.snapshot, locale);
      const later = from < to ? after : before;
      return (
        <article className="space-y-8">
          <nav aria-label={site("breadcrumb")} className="no-print text-sm">
            <ol className="flex flex-wrap gap-1 text-muted">
              <li><SiteLink href="/" locale={locale}>{site("home")}</SiteLink> ›</li>
              <li><SiteLink href={rolePath(slug)} locale={locale}>{title}</SiteLink> ›</li>
              <li><SiteLink href={historyPath(slug)} locale={locale}>{history("roleHistory", { title })}</SiteLink> ›</li>
              <li aria-current="page">{t("title", { title, ...dates })}</li>
            </ol>
          </nav>
          <header className="max-w-prose space-y-3">
            <h1 className="text-3xl font-bold leading-tight">{t("title", { title, ...dates })}</h1>
            <p>
              {t.rich("intro", {
                ...dates,
                fromLink: (chunks) => <SiteLink href={editionPath(slug, from)} locale={locale}>{chunks}</SiteLink>,
                toLink: (chunks) => <SiteLink href={editionPath(slug, to)} locale={locale}>{chunks}</SiteLink>,
              })}
            </p>
          </header>
          <section aria-labelledby="pourquoi" className="max-w-prose space-y-2 rounded-lg border border-line bg-surface p-4">
            <h2 id="pourquoi" className="text-lg font-bold">{t("summaryTitle")}</h2>
            <p>{later.summary}</p>
          </section>
          <EditionDifferenceView difference={difference} fromLabel={dates.from} toLabel={dates.to} fromHref={localisePath(editionPath(slug, from), locale)} />
          <p className="no-print flex flex-wrap gap-x-4 gap-y-1 border-t border-line pt-4 text-sm font-semibold">
            <SiteLink href={editionPath(slug, from)} locale={locale}>{t("readFrom", { date: dates.from })}</SiteLink>
            <SiteLink href={editionPath(slug, to)} locale={locale}>{t("readTo", { date: dates.to })}</SiteLink>
            <SiteLink href={historyPath(slug)} locale={locale}>{t("otherPair")}</SiteLink>
          </p>
        </article>
      );
    },
  };
}

/** `/historique`: the latest editions of every role, newest first. */
export function siteHistoryView(locale: Locale) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations({ locale, namespace: "history" });
      return { title: t("siteMetaTitle"), description: t("siteDescription"), alternates: { ...pageAlternates(siteHistoryPath(), locale), types: await feedTypes(locale) } };
    },

    async Page() {
      setRequestLocale(locale);
      const t = await getTranslations({ locale, namespace: "history" });
      const site = await getTranslations({ locale, namespace: "site" });
      const editions = latestEditions(locale);
      const newest = new Map<string, string>();
      for (const edition of editions) if (!newest.has(edition.snapshot.slug)) newest.set(edition.snapshot.slug, edition.date);
      return (
        <article className="space-y-8">
          <nav aria-label={site("breadcrumb")} className="no-print text-sm">
            <ol className="flex flex-wrap gap-1 text-muted">
              <li><SiteLink href="/" locale={locale}>{site("home")}</SiteLink> ›</li>
              <li aria-current="page">{t("siteTitle")}</li>
            </ol>
          </nav>
          <header className="max-w-prose space-y-3">
            <h1 className="text-3xl font-bold leading-tight">{t("siteTitle")}</h1>
            <p>{t("siteIntro")}</p>
            <p className="text-sm">
              <a href={localisePath(siteFeedPath(), locale)} type="application/atom+xml">{t("siteFeed")}</a>
            </p>
          </header>
          <ol className="max-w-prose space-y-6">
            {editions.map((edition) => {
              const own = getRoleEditions(edition.snapshot.slug, locale);
              const previous = own[own.findIndex((candidate) => candidate.date === edition.date) + 1];
              return <EditionEntry key={`${edition.snapshot.slug}-${edition.date}`} slug={edition.snapshot.slug} edition={edition} previous={previous} locale={locale} latest={newest.get(edition.snapshot.slug) === edition.date} withTitle />;
            })}
          </ol>
        </article>
      );
    },
  };
}
