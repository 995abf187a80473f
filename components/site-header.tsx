import { useLocale, useTranslations } from "next-intl";
import { CHECK_AD_PATH, WRITE_AD_PATH } from "@/lib/analyse/paths";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./language-switch";
import { SiteLink } from "./site-link";

const NAVIGATION = [
  { href: "/roles", label: "navRoles" },
  { href: "/compare", label: "navCompare" },
  { href: "/guide", label: "navGuide" },
  { href: WRITE_AD_PATH, label: "navWrite" },
  { href: CHECK_AD_PATH, label: "navCheck" },
] as const;

export function SiteHeader() {
  const t = useTranslations("site");
  const locale = useLocale() as Locale;
  const other = LOCALES.find((candidate) => candidate !== locale)!;
  return (
    <header role="banner" className="border-b border-line bg-paper">
      <a href="#contenu" className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-3">
        {t("skip")}
      </a>
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <SiteLink href="/" locale={locale} className="text-lg font-bold text-ink no-underline">
          {t("name")}
        </SiteLink>
        <nav aria-label={t("mainNav")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <SiteLink href={item.href} locale={locale} className="font-medium">
                  {t(item.label)}
                </SiteLink>
              </li>
            ))}
            <li>
              <LanguageSwitch target={other} label={t("switchTo")} name={t("switchName")} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
