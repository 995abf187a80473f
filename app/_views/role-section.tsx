import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { MarkdownBody } from "@/components/markdown-body";
import { PageSources } from "@/components/page-sources";
import { SiteLink } from "@/components/site-link";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { roleOgPath } from "@/lib/og";
import { getRole, getRoleSlugs, numberedSources } from "@/lib/roles";
import { rolePath, roleSectionPath } from "@/lib/site";

type SectionPageProps = { params: Promise<{ slug: string; section: string }> };

/** A section of a profile that has a page of its own: the whole section, with its numbered sources. */
export function roleSectionView(locale: Locale) {
  const find = (slug: string, section: string) => {
    const role = getRole(slug, locale);
    const index = role?.pages.findIndex((page) => page.id === section) ?? -1;
    return role && index >= 0 ? { role, page: role.pages[index], previous: role.pages[index - 1], next: role.pages[index + 1] } : null;
  };
  return {
    generateStaticParams() {
      return getRoleSlugs().flatMap((slug) => getRole(slug, locale)!.pages.map((page) => ({ slug, section: page.id })));
    },

    async generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
      const { slug, section } = await params;
      const found = find(slug, section);
      if (!found) return {};
      const { role, page } = found;
      const t = await getTranslations({ locale, namespace: "role" });
      return pageMetadata({
        title: t("sectionMetaTitle", { section: page.title, title: role.title }),
        description: t("sectionDescription", { title: role.title, section: page.title.toLowerCase(), summary: role.summary }),
        path: roleSectionPath(role.slug, page.id),
        locale,
        image: { path: roleOgPath(role.slug, locale), alt: t("ogAlt", { title: role.title, summary: role.summary }) },
        modifiedTime: role.updated,
      });
    },

    async Page({ params }: SectionPageProps) {
      setRequestLocale(locale);
      const { slug, section } = await params;
      const found = find(slug, section);
      if (!found) notFound();
      const { role, page, previous, next } = found;
      const sources = numberedSources(page.sourceIds, locale);
      const t = await getTranslations({ locale, namespace: "role" });
      const site = await getTranslations({ locale, namespace: "site" });

      return (
        <article className="space-y-8">
          <nav aria-label={site("breadcrumb")} className="no-print text-sm">
            <ol className="flex flex-wrap gap-1 text-muted">
              <li><SiteLink href="/" locale={locale}>{site("home")}</SiteLink> ›</li>
              <li><SiteLink href="/roles" locale={locale}>{t("roles")}</SiteLink> ›</li>
              <li><SiteLink href={rolePath(role.slug)} locale={locale}>{role.title}</SiteLink> ›</li>
              <li aria-current="page">{page.title}</li>
            </ol>
          </nav>

          <header className="max-w-prose space-y-2">
            <p className="text-sm font-semibold uppercase tracking-wide text-muted">{role.title}</p>
            <h1 id={page.id} className="text-3xl font-bold leading-tight">
              {page.title}
            </h1>
            <p className="text-sm text-muted">
              {t.rich("sectionOf", {
                title: role.title,
                date: formatDate(role.updated, locale),
                link: (chunks) => <SiteLink href={rolePath(role.slug, page.id)} locale={locale}>{chunks}</SiteLink>,
                time: (chunks) => <time dateTime={role.updated}>{chunks}</time>,
              })}
            </p>
          </header>

          <MarkdownBody html={page.html} />

          {sources.length > 0 && (
            <section aria-labelledby="sources" className="max-w-prose space-y-3">
              <h2 id="sources" className="border-t border-line pt-6 text-2xl font-bold">
                {t("sourcesTitle")}
              </h2>
              <PageSources sources={sources} citedFrom={page.citedFrom} />
            </section>
          )}

          <nav aria-label={t("otherSections")} className="no-print flex max-w-prose flex-wrap justify-between gap-4 border-t border-line pt-4">
            {previous ? <SiteLink href={roleSectionPath(role.slug, previous.id)} locale={locale}>← {previous.title}</SiteLink> : <span />}
            <SiteLink href={rolePath(role.slug)} locale={locale}>{t("wholeProfile", { title: role.title })}</SiteLink>
            {next ? <SiteLink href={roleSectionPath(role.slug, next.id)} locale={locale}>{next.title} →</SiteLink> : <span />}
          </nav>
        </article>
      );
    },
  };
}
