import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CompareForm } from "@/components/compare-form";
import { ComparisonSources, ComparisonTable } from "@/components/comparison-table";
import { SiteLink } from "@/components/site-link";
import { PRERENDER_ALL_PAIRS_MAX_ROLES, canonicalPair, compareRoles, comparisonPartners, pairsToList, pairsToPrerender } from "@/lib/compare";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import { compareFormWords } from "@/app/_views/words";
import { pageAlternates, pageMetadata } from "@/lib/metadata";
import { compareOgPath } from "@/lib/og";
import type { RoleRef } from "@/lib/schema";
import { getAllRoles, getRole } from "@/lib/roles";
import { comparePath, rolePath } from "@/lib/site";

/** The compare form's props in a language (a client component: it gets strings). */
export function compareFormProps(locale: Locale, roles: RoleRef[]) {
  return { roles, action: localisePath("/compare", locale), pathPrefix: localisePath("/compare", locale), words: compareFormWords(locale) };
}

/** /compare: the form, and every comparison. */
export function comparePickerView(locale: Locale) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations({ locale, namespace: "compare" });
      return { title: t("pickerMetaTitle"), description: t("pickerMetaDescription"), alternates: pageAlternates("/compare", locale) };
    },
    async Page() {
      setRequestLocale(locale);
      const t = await getTranslations({ locale, namespace: "compare" });
      const roles = getAllRoles(locale);
      const pairs = pairsToList(roles);
      const titles = Object.fromEntries(roles.map((role) => [role.slug, role.title]));
      return (
        <div className="space-y-8">
          <div className="max-w-prose space-y-3">
            <h1 className="text-3xl font-bold">{t("pickerTitle")}</h1>
            <p className="text-lg text-muted">{t("pickerIntro")}</p>
          </div>
          <CompareForm {...compareFormProps(locale, roles.map(({ slug, title }) => ({ slug, title })))} />
          <section aria-labelledby="comparaisons" className="space-y-3">
            <h2 id="comparaisons" className="text-2xl font-bold">
              {roles.length <= PRERENDER_ALL_PAIRS_MAX_ROLES ? t("allPairs") : t("relatedPairs")}
            </h2>
            <ul className="list-disc space-y-1 pl-6">
              {pairs.map(([a, b]) => (
                <li key={`${a}-${b}`}>
                  <SiteLink href={comparePath(a, b)} locale={locale}>
                    {t("pair", { a: titles[a], b: titles[b] })}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </section>
        </div>
      );
    },
  };
}

type ComparePageProps = { params: Promise<{ a: string; b: string }> };

/** /compare/<a>/<b>: the two roles side by side. */
export function compareView(locale: Locale) {
  const loadPair = async (params: ComparePageProps["params"]) => {
    const { a, b } = await params;
    const first = getRole(a, locale);
    const second = getRole(b, locale);
    return first && second && first.slug !== second.slug ? ([first, second] as const) : null;
  };
  return {
    generateStaticParams() {
      return pairsToPrerender(getAllRoles(locale));
    },

    async generateMetadata({ params }: ComparePageProps): Promise<Metadata> {
      const pair = await loadPair(params);
      if (!pair) return {};
      const [a, b] = pair;
      const [first, second] = canonicalPair(a.slug, b.slug);
      const t = await getTranslations({ locale, namespace: "compare" });
      return pageMetadata({
        title: t("metaTitle", { a: a.title, b: b.title }),
        description: compareRoles(a, b, locale).summary.join(" "),
        path: comparePath(first, second),
        locale,
        image: { path: compareOgPath(a.slug, b.slug, locale), alt: t("ogAlt", { a: a.title, b: b.title }) },
      });
    },

    async Page({ params }: ComparePageProps) {
      setRequestLocale(locale);
      const pair = await loadPair(params);
      if (!pair) notFound();
      const [a, b] = pair;
      const t = await getTranslations({ locale, namespace: "compare" });
      const site = await getTranslations({ locale, namespace: "site" });
      const comparison = compareRoles(a, b, locale);
      const roles = getAllRoles(locale);
      const partnersOfA = new Set(comparisonPartners(a, roles).map((role) => role.slug));
      const partnersOfB = new Set(comparisonPartners(b, roles).map((role) => role.slug));
      const others = roles.filter((role) => role.slug !== a.slug && role.slug !== b.slug && (partnersOfA.has(role.slug) || partnersOfB.has(role.slug)));

      return (
        <article className="space-y-6">
          <nav aria-label={site("breadcrumb")} className="no-print text-sm">
            <ol className="flex flex-wrap gap-1 text-muted">
              <li><SiteLink href="/" locale={locale}>{site("home")}</SiteLink> ›</li>
              <li><SiteLink href="/compare" locale={locale}>{t("breadcrumbCompare")}</SiteLink> ›</li>
              <li aria-current="page">{t("pair", { a: a.title, b: b.title })}</li>
            </ol>
          </nav>
          <header className="max-w-prose space-y-3">
            <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t("pairQuestion", { a: a.title, b: b.title })}</h1>
            <div className="space-y-1 text-lg">
              {comparison.summary.map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
            </div>
          </header>

          <nav aria-label={t("otherComparisons")} className="no-print flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <SiteLink href={comparePath(b.slug, a.slug)} locale={locale}>{t("swap")}</SiteLink>
            {others.map((other) => (
              <span key={other.slug} className="contents">
                {partnersOfA.has(other.slug) && <SiteLink href={comparePath(a.slug, other.slug)} locale={locale}>{t("pair", { a: a.title, b: other.title })}</SiteLink>}
                {partnersOfB.has(other.slug) && <SiteLink href={comparePath(b.slug, other.slug)} locale={locale}>{t("pair", { a: b.title, b: other.title })}</SiteLink>}
              </span>
            ))}
          </nav>

          <ComparisonTable comparison={comparison} />

          <p className="text-sm text-muted">
            {t.rich("valuesFrom", {
              a: () => <SiteLink href={rolePath(a.slug)} locale={locale}>{a.title}</SiteLink>,
              b: () => <SiteLink href={rolePath(b.slug)} locale={locale}>{b.title}</SiteLink>,
            })}
          </p>

          <ComparisonSources comparison={comparison} />
        </article>
      );
    },
  };
}
