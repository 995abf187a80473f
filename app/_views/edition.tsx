import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CopyField } from "@/components/copy-field";
import { EditionBanner } from "@/components/edition-banner";
import { JsonLd } from "@/components/json-ld";
import { FrozenHtml } from "@/components/markdown-body";
import { SiteLink } from "@/components/site-link";
import { TableOfContents } from "@/components/table-of-contents";
import { formatDate } from "@/lib/format";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import { editionJsonLd } from "@/lib/json-ld";
import { embedTitle } from "@/lib/embed";
import { oembedTypes, pageMetadata } from "@/lib/metadata";
import { roleOgPath } from "@/lib/og";
import { editionLanguages, getEdition, getRoleEditions, getRoleSlugs } from "@/lib/roles";
import { absoluteUrl, differencePath, editionPath, historyPath, rolePath, roleSectionPath } from "@/lib/site";
import { copyWords } from "@/app/_views/words";

type EditionPageProps = { params: Promise<{ slug: string; date: string }> };
type EditionSectionPageProps = { params: Promise<{ slug: string; date: string; section: string }> };

/** An edition, and where it stands among the role's editions. */
function findEdition(slug: string, date: string, locale: Locale) {
  const edition = getEdition(slug, date, locale);
  if (!edition) return null;
  const [latest] = getRoleEditions(slug, locale);
  return { edition, snapshot: edition.snapshot, latest: latest.date === date, changesHref: latest.date === date ? null : differencePath(slug, date, latest.date) };
}

/**
 * A role's dated edition (`/roles/<slug>/editions/<date>`): the page as published that day,
 * frozen (lib/editions), laid out as the role page is, under a banner that says so. Its parts keep
 * their ids, so `#missions` lands where it did on the day.
 */
export function editionView(locale: Locale) {
  return {
    generateStaticParams() {
      return getRoleSlugs().flatMap((slug) => getRoleEditions(slug, locale).map((edition) => ({ slug, date: edition.date })));
    },

    async generateMetadata({ params }: EditionPageProps): Promise<Metadata> {
      const { slug, date } = await params;
      const found = findEdition(slug, date, locale);
      if (!found) return {};
      const { snapshot } = found;
      const t = await getTranslations({ locale, namespace: "edition" });
      const day = formatDate(date, locale);
      return pageMetadata({
        title: t("metaTitle", { title: snapshot.title, date: day }),
        description: t("description", { title: snapshot.title, date: day, summary: snapshot.summary }),
        path: editionPath(slug, date),
        locale,
        languages: editionLanguages(slug, date),
        image: { path: roleOgPath(slug, locale), alt: snapshot.title },
        modifiedTime: date,
        types: oembedTypes(editionPath(slug, date), locale, embedTitle(snapshot.title, date, locale)),
      });
    },

    async Page({ params }: EditionPageProps) {
      setRequestLocale(locale);
      const { slug, date } = await params;
      const found = findEdition(slug, date, locale);
      if (!found) notFound();
      const { edition, snapshot, latest, changesHref } = found;
      const t = await getTranslations({ locale, namespace: "edition" });
      const role = await getTranslations({ locale, namespace: "role" });
      const site = await getTranslations({ locale, namespace: "site" });
      const day = formatDate(date, locale);
      const permalink = absoluteUrl(localisePath(editionPath(slug, date), locale));
      const sections = [
        ...(snapshot.lead.includes('id="en-bref"') ? [{ id: "en-bref", title: role("briefTitle") }] : []),
        ...snapshot.sections.map(({ id, title }) => ({ id, title })),
        { id: "sources", title: role("sourcesTitle") },
        { id: "adresse-edition", title: t("permalinkTitle") },
      ];

      return (
        <article className="role-page space-y-8">
          <JsonLd data={editionJsonLd(edition, getRoleEditions(slug, locale), locale)} />
          <nav aria-label={site("breadcrumb")} className="no-print text-sm">
            <ol className="flex flex-wrap gap-1 text-muted">
              <li><SiteLink href="/" locale={locale}>{site("home")}</SiteLink> ›</li>
              <li><SiteLink href={rolePath(slug)} locale={locale}>{snapshot.title}</SiteLink> ›</li>
              <li><SiteLink href={historyPath(slug)} locale={locale}>{t("history")}</SiteLink> ›</li>
              <li aria-current="page">{t("crumb", { date: day })}</li>
            </ol>
          </nav>

          <EditionBanner date={date} latest={latest} currentHref={rolePath(slug)} changesHref={changesHref} historyHref={historyPath(slug)} />

          <header className="max-w-prose space-y-3">
            <h1 className="text-3xl font-bold leading-tight sm:text-4xl" data-frozen="">
              {snapshot.title}
              {snapshot.abbreviation && <span className="ml-3 text-2xl font-normal text-muted">({snapshot.abbreviation})</span>}
            </h1>
            <p className="text-lg" data-frozen="">
              {snapshot.summary}
            </p>
            <p className="text-sm text-muted">{t.rich("published", { date: day, time: (chunks) => <time dateTime={date}>{chunks}</time> })}</p>
          </header>

          <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
            <FrozenHtml className="min-w-0 space-y-4 lg:col-start-1" html={snapshot.lead} />

            <aside className="no-print lg:col-start-2 lg:row-span-2 lg:row-start-1">
              {/* The sections' titles are the edition's own words. */}
              <div className="space-y-4 lg:sticky lg:top-4" data-frozen="">
                <TableOfContents sections={sections} />
              </div>
            </aside>

            <div className="min-w-0 space-y-8 lg:col-start-1">
              <FrozenHtml className="prose-role" html={snapshot.sections.map((section) => section.html).join("")} />
              <section aria-labelledby="sources" className="max-w-prose space-y-4">
                <h2 id="sources" className="border-t border-line pt-6 text-2xl font-bold">
                  {role("sourcesTitle")}
                </h2>
                <FrozenHtml html={snapshot.sources.html} />
              </section>
              <section aria-labelledby="adresse-edition" className="no-print max-w-prose space-y-3 rounded-lg border border-line p-4">
                <h2 id="adresse-edition" className="text-xl font-bold">
                  {t("permalinkTitle")}
                </h2>
                <CopyField label={t("permalinkTitle")} value={permalink} words={copyWords(locale)} />
                <p className="text-sm">
                  {t.rich("permalinkText", {
                    url: absoluteUrl(localisePath(rolePath(slug), locale)),
                    link: (chunks) => <SiteLink href={rolePath(slug)} locale={locale}>{chunks}</SiteLink>,
                  })}
                </p>
              </section>
            </div>
          </div>
        </article>
      );
    },
  };
}

/** A section page of a dated edition (`/roles/<slug>/editions/<date>/<section>`), frozen like the edition. */
export function editionSectionView(locale: Locale) {
  const find = (slug: string, date: string, section: string) => {
    const found = findEdition(slug, date, locale);
    const page = found?.snapshot.pages.find((candidate) => candidate.id === section);
    return found && page ? { ...found, page } : null;
  };
  return {
    generateStaticParams() {
      return getRoleSlugs().flatMap((slug) => getRoleEditions(slug, locale).flatMap((edition) => edition.snapshot.pages.map((page) => ({ slug, date: edition.date, section: page.id }))));
    },

    async generateMetadata({ params }: EditionSectionPageProps): Promise<Metadata> {
      const { slug, date, section } = await params;
      const found = find(slug, date, section);
      if (!found) return {};
      const t = await getTranslations({ locale, namespace: "edition" });
      const day = formatDate(date, locale);
      return pageMetadata({
        title: t("sectionMetaTitle", { section: found.page.title, title: found.snapshot.title, date: day }),
        description: t("description", { title: found.snapshot.title, date: day, summary: found.snapshot.summary }),
        path: editionPath(slug, date, section),
        locale,
        languages: editionLanguages(slug, date),
        image: { path: roleOgPath(slug, locale), alt: found.snapshot.title },
        modifiedTime: date,
        types: oembedTypes(editionPath(slug, date, section), locale, embedTitle(found.snapshot.title, date, locale)),
      });
    },

    async Page({ params }: EditionSectionPageProps) {
      setRequestLocale(locale);
      const { slug, date, section } = await params;
      const found = find(slug, date, section);
      if (!found) notFound();
      const { snapshot, page, latest, changesHref } = found;
      const t = await getTranslations({ locale, namespace: "edition" });
      const role = await getTranslations({ locale, namespace: "role" });
      const site = await getTranslations({ locale, namespace: "site" });
      const day = formatDate(date, locale);
      const living = snapshot.pages.some((candidate) => candidate.id === section) ? roleSectionPath(slug, section) : rolePath(slug);

      return (
        <article className="space-y-8">
          <nav aria-label={site("breadcrumb")} className="no-print text-sm">
            <ol className="flex flex-wrap gap-1 text-muted">
              <li><SiteLink href="/" locale={locale}>{site("home")}</SiteLink> ›</li>
              <li><SiteLink href={rolePath(slug)} locale={locale}>{snapshot.title}</SiteLink> ›</li>
              <li><SiteLink href={editionPath(slug, date)} locale={locale}>{t("crumb", { date: day })}</SiteLink> ›</li>
              <li aria-current="page" data-frozen="">
                {page.title}
              </li>
            </ol>
          </nav>

          <EditionBanner date={date} latest={latest} currentHref={living} changesHref={changesHref} historyHref={historyPath(slug)} />

          <header className="max-w-prose space-y-2">
            <p className="text-sm font-semibold uppercase tracking-wide text-muted">{snapshot.title}</p>
            <h1 id={page.id} className="text-3xl font-bold leading-tight" data-frozen="">
              {page.title}
            </h1>
            <p className="text-sm text-muted">
              {t.rich("sectionOf", {
                title: snapshot.title,
                date: day,
                link: (chunks) => <SiteLink href={editionPath(slug, date)} locale={locale}>{chunks}</SiteLink>,
                time: (chunks) => <time dateTime={date}>{chunks}</time>,
              })}
            </p>
          </header>

          <FrozenHtml className="prose-role" html={page.html} />

          {page.sources.html && (
            <section aria-labelledby="sources" className="max-w-prose space-y-3">
              <h2 id="sources" className="border-t border-line pt-6 text-2xl font-bold">
                {role("sourcesTitle")}
              </h2>
              <FrozenHtml html={page.sources.html} />
            </section>
          )}

          <nav aria-label={role("otherSections")} className="no-print max-w-prose border-t border-line pt-4">
            <SiteLink href={editionPath(slug, date)} locale={locale}>{t("wholeEdition", { date: day })}</SiteLink>
          </nav>
        </article>
      );
    },
  };
}
