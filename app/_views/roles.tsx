import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoleDirectory } from "@/components/role-directory";
import type { Locale } from "@/lib/i18n/locales";
import { pageAlternates } from "@/lib/metadata";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles } from "@/lib/roles";
import { filterRoles, parseDirectoryQuery, searchTexts } from "@/lib/search";

/** /roles, prerendered without a query; a URL with `?q=` or `?positionnement=` is served by /recherche (see proxy.ts). */
export function rolesView(locale: Locale) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations({ locale, namespace: "directory" });
      return { title: t("metaTitle"), description: t("metaDescription"), alternates: pageAlternates("/roles", locale) };
    },
    async Page() {
      setRequestLocale(locale);
      const t = await getTranslations({ locale, namespace: "directory" });
      const roles = getAllRoles(locale).map(toRoleSummary);
      const query = { q: "", positioning: null };
      return (
        <div className="space-y-6">
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="max-w-prose text-muted">{t("intro")}</p>
          <RoleDirectory query={query} result={filterRoles(roles, query)} total={roles.length} />
        </div>
      );
    },
  };
}

type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The search results of /roles?q=…, rendered on the server so that the search works without JavaScript. */
export function searchView(locale: Locale) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations({ locale, namespace: "directory" });
      return { title: t("searchMetaTitle"), robots: { index: false, follow: true }, alternates: pageAlternates("/roles", locale) };
    },
    async Page({ searchParams }: SearchPageProps) {
      setRequestLocale(locale);
      const t = await getTranslations({ locale, namespace: "directory" });
      const query = parseDirectoryQuery(await searchParams);
      const profiles = getAllRoles(locale);
      const roles = profiles.map(toRoleSummary);
      return (
        <div className="space-y-6">
          <h1 className="text-3xl font-bold">{t("searchTitle")}</h1>
          <RoleDirectory query={query} result={filterRoles(roles, query, searchTexts(profiles, locale))} total={roles.length} />
        </div>
      );
    },
  };
}
