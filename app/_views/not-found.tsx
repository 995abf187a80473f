import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundMessage } from "@/components/not-found-message";
import { SiteLink } from "@/components/site-link";
import type { Locale } from "@/lib/i18n/locales";

/**
 * 404 of a page that calls notFound(). Next.js sends this component with every page of the site
 * (it is the root layout's not-found boundary), so it stays small and the same whatever the
 * number of roles. Unknown addresses get the full 404 page, app/global-not-found.tsx.
 */
export function notFoundView(locale: Locale) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations({ locale, namespace: "notFound" });
      return { title: t("title"), robots: { index: false } };
    },
    async Page() {
      const t = await getTranslations({ locale, namespace: "notFound" });
      return (
        <div className="space-y-8">
          <NotFoundMessage />
          <p>
            {t.rich("seeAll", {
              roles: (chunks) => <SiteLink href="/roles" locale={locale}>{chunks}</SiteLink>,
              home: (chunks) => <SiteLink href="/" locale={locale}>{chunks}</SiteLink>,
            })}
          </p>
        </div>
      );
    },
  };
}
