import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { JsonLd } from "@/components/json-ld";
import { SiteLink } from "@/components/site-link";
import { SourceList } from "@/components/source-list";
import type { Locale } from "@/lib/i18n/locales";
import { sourcesJsonLd } from "@/lib/json-ld";
import { pageAlternates } from "@/lib/metadata";
import { getCatalogue, getSourceLinks } from "@/lib/roles";
import { rolePath } from "@/lib/site";

/** The whole bibliography, each entry with its anchor and the role pages that cite it. */
export function sourcesView(locale: Locale) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations({ locale, namespace: "sources" });
      return { title: t("metaTitle"), description: t("metaDescription"), alternates: pageAlternates("/sources", locale) };
    },
    async Page() {
      setRequestLocale(locale);
      const t = await getTranslations({ locale, namespace: "sources" });
      const { sources, roles } = getCatalogue(locale);
      const citedBy = (id: string) => roles.filter((role) => role.sources.some((source) => source.id === id));
      return (
        <div className="max-w-prose space-y-6">
          <JsonLd data={sourcesJsonLd(sources, locale, t("title"))} />
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="text-lg text-muted">{t("intro", { count: sources.length })}</p>
          <SourceList
            links={getSourceLinks(locale)}
            sources={sources.map((source) => ({ ...source, supports: citedBy(source.id).map((role) => t("profile", { title: role.title })) }))}
          />
          <p className="text-sm text-muted">
            {t("profiles")}{" "}
            {roles.map((role, index) => (
              <span key={role.slug}>
                {index > 0 && ", "}
                <SiteLink href={rolePath(role.slug)} locale={locale}>{role.title}</SiteLink>
              </span>
            ))}
            .
          </p>
        </div>
      );
    },
  };
}
