import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { SiteLink } from "./site-link";

export function SiteFooter() {
  const t = useTranslations("site");
  const locale = useLocale() as Locale;
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-page gap-4 px-4 py-8 text-sm text-muted sm:grid-cols-2">
        <p>
          <strong className="text-ink">{t("name")}</strong>
          {t("footerColon")}
          {t("footerAbout")}
        </p>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 sm:justify-end [&_a]:inline-block [&_a]:py-1">
          <li><SiteLink href="/roles" locale={locale}>{t("footerRoles")}</SiteLink></li>
          <li><SiteLink href="/compare" locale={locale}>{t("footerCompare")}</SiteLink></li>
          <li><SiteLink href="/guide" locale={locale}>{t("footerGuide")}</SiteLink></li>
          <li><SiteLink href="/sources" locale={locale}>{t("footerSources")}</SiteLink></li>
          <li><SiteLink href="/historique" locale={locale}>{t("footerHistory")}</SiteLink></li>
          <li>
            {/* A JSON file, not a page to prefetch. */}
            <a href={locale === "fr" ? "/api/roles" : `/api/roles?lang=${locale}`}>{t("footerData")}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
