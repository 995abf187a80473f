import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { JobAdPanel } from "@/components/job-ad-panel";
import { JsonLd } from "@/components/json-ld";
import { MarkdownBody } from "@/components/markdown-body";
import { PageSources } from "@/components/page-sources";
import { RoleEssentials } from "@/components/role-essentials";
import { RoleFacts } from "@/components/role-facts";
import { SiteLink } from "@/components/site-link";
import { TableOfContents } from "@/components/table-of-contents";
import { writeAdPath } from "@/lib/analyse/paths";
import { comparisonPartners } from "@/lib/compare";
import { embedTitle, oembedAnswer } from "@/lib/embed";
import { formatDate } from "@/lib/format";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import { roleJsonLd } from "@/lib/json-ld";
import { oembedTypes, pageMetadata } from "@/lib/metadata";
import { roleOgPath } from "@/lib/og";
import { embeddableRole, getAllRoles, getRole, getRoleEditions, getRoleSlugs, numberedSources } from "@/lib/roles";
import { absoluteUrl, comparePath, editionPath, historyPath, rolePath, siteUrl } from "@/lib/site";
import { jobAdPanelWords } from "@/app/_views/words";

type RolePageProps = { params: Promise<{ slug: string }> };

/** A role's page in one language (app/(fr)/roles/[slug], app/en/roles/[slug]). */
export function roleView(locale: Locale) {
  return {
    generateStaticParams() {
      return getRoleSlugs().map((slug) => ({ slug }));
    },

    async generateMetadata({ params }: RolePageProps): Promise<Metadata> {
      const { slug } = await params;
      const role = getRole(slug, locale);
      if (!role) return {};
      const t = await getTranslations({ locale, namespace: "role" });
      const [latest] = getRoleEditions(role.slug, locale);
      return pageMetadata({
        title: t("metaTitle", { title: role.title }),
        description: role.summary,
        path: rolePath(role.slug),
        locale,
        image: { path: roleOgPath(role.slug, locale), alt: t("ogAlt", { title: role.title, summary: role.summary }) },
        modifiedTime: role.updated,
        ...(latest && { types: oembedTypes(rolePath(role.slug), locale, embedTitle(latest.snapshot.title, latest.date, locale)) }),
      });
    },

    async Page({ params }: RolePageProps) {
      setRequestLocale(locale);
      const { slug } = await params;
      const role = getRole(slug, locale);
      if (!role) notFound();
      const t = await getTranslations({ locale, namespace: "role" });
      const site = await getTranslations({ locale, namespace: "site" });

      const roles = getAllRoles(locale);
      const partners = comparisonPartners(role, roles);
      const sources = numberedSources(role.rolePageSourceIds, locale);
      const elsewhere = role.sources.length - sources.length;
      const sections = [{ id: "en-bref", title: t("briefTitle") }, ...role.sections, { id: "sources", title: t("sourcesTitle") }, { id: "lier-ce-role", title: t("linkTitle") }];
      const path = localisePath(rolePath(role.slug), locale);
      const [edition] = getRoleEditions(role.slug, locale);
      // The card another site can frame: the same `<iframe>` the oEmbed endpoint gives for this page.
      const card = oembedAnswer(new URLSearchParams({ url: absoluteUrl(path) }), embeddableRole);

      return (
        <article className="role-page space-y-8">
          <JsonLd data={roleJsonLd(role, locale, getRoleEditions(role.slug, locale))} />
          <nav aria-label={site("breadcrumb")} className="no-print text-sm">
            <ol className="flex flex-wrap gap-1 text-muted">
              <li><SiteLink href="/" locale={locale}>{site("home")}</SiteLink> ›</li>
              <li><SiteLink href="/roles" locale={locale}>{t("roles")}</SiteLink> ›</li>
              <li aria-current="page">{role.title}</li>
            </ol>
          </nav>

          <header className="max-w-prose space-y-3">
            <h1 className="text-3xl font-bold leading-tight sm:text-4xl">
              {role.title}
              {role.abbreviation && <span className="ml-3 text-2xl font-normal text-muted">({role.abbreviation})</span>}
            </h1>
            <p className="text-lg">{role.summary}</p>
            <p className="text-sm text-muted">{t("scope")}</p>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
              <span>{t.rich("updated", { date: formatDate(role.updated, locale), time: (chunks) => <time dateTime={role.updated}>{chunks}</time> })}</span>
              {edition && (
                <SiteLink href={historyPath(role.slug)} locale={locale} className="no-print">
                  {t("editions", { date: formatDate(edition.date, locale) })}
                </SiteLink>
              )}
              <a href="#lier-ce-role" className="no-print">
                {t("linkInAd")}
              </a>
            </p>
          </header>

          <div className="role-bar no-print -mx-4 flex items-center justify-between gap-3 border-b border-line bg-paper px-4 py-2 text-sm lg:hidden">
            <p className="truncate font-semibold">{role.title}</p>
            <a href="#sommaire-titre" className="shrink-0">
              {t("toc")}
            </a>
          </div>

          <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
            <div className="min-w-0 space-y-4 lg:col-start-1">
              <RoleEssentials role={role} sources={new Map(sources.map((source) => [source.id, source]))} />
              <RoleFacts role={role} />
            </div>

            <aside className="no-print lg:col-start-2 lg:row-span-2 lg:row-start-1">
              <div className="space-y-4 lg:sticky lg:top-4">
                <TableOfContents sections={sections} />
                <nav aria-labelledby="comparer-avec" className="rounded-lg border border-line p-4 text-sm">
                  <h2 id="comparer-avec" className="mb-2 text-base font-bold">{t("compareWith")}</h2>
                  <ul className="space-y-1.5">
                    {partners.map((other) => (
                      <li key={other.slug}>
                        <SiteLink href={comparePath(role.slug, other.slug)} locale={locale}>{other.title}</SiteLink>
                      </li>
                    ))}
                    {partners.length < roles.length - 1 && (
                      <li>
                        <SiteLink href="/compare" locale={locale}>{t("anotherRole")}</SiteLink>
                      </li>
                    )}
                  </ul>
                </nav>
              </div>
            </aside>

            <div className="min-w-0 space-y-8 lg:col-start-1">
              <MarkdownBody html={role.html} />
              <section aria-labelledby="sources" className="max-w-prose space-y-4">
                <h2 id="sources" className="border-t border-line pt-6 text-2xl font-bold">
                  {t("sourcesTitle")}
                </h2>
                <PageSources sources={sources} citedFrom={role.citedFrom} />
                {elsewhere > 0 && (
                  <p className="text-sm text-muted">
                    {t.rich("elsewhere", { count: elsewhere, link: (chunks) => <SiteLink href="/sources" locale={locale}>{chunks}</SiteLink> })}
                  </p>
                )}
              </section>
              <JobAdPanel
                path={path}
                siteOrigin={siteUrl()}
                writeAdHref={localisePath(writeAdPath(role.slug), locale)}
                title={role.title}
                summary={role.summary}
                sections={role.sections}
                editionPath={edition ? localisePath(editionPath(role.slug, edition.date), locale) : null}
                historyHref={localisePath(historyPath(role.slug), locale)}
                embedSnippet={card.status === 200 ? card.body.html : null}
                words={jobAdPanelWords(locale, role.title, edition?.date ?? null)}
              />
            </div>
          </div>
        </article>
      );
    },
  };
}
