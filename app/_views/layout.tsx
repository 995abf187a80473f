import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site-shell";
import { LOCALES, LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getAllRoles } from "@/lib/roles";
import { siteName, siteTagline, siteUrl } from "@/lib/site";

/** The root layout of one language (app/(fr)/layout.tsx, app/en/layout.tsx): `<html lang>`, header and footer in that language. */
export function rootLayout(locale: Locale) {
  return {
    generateMetadata(): Metadata {
      const name = siteName(locale);
      const tagline = siteTagline(getAllRoles(locale).map((role) => role.title), locale);
      return {
        metadataBase: new URL(siteUrl()),
        title: { default: `${name}${locale === "fr" ? "\u00a0:" : ":"} ${tagline}`, template: `%s | ${name}` },
        description: tagline,
        openGraph: {
          siteName: name,
          locale: LOCALE_TAGS[locale].openGraph,
          alternateLocale: LOCALES.filter((other) => other !== locale).map((other) => LOCALE_TAGS[other].openGraph),
          type: "website",
        },
      };
    },
    Layout({ children }: { children: ReactNode }) {
      setRequestLocale(locale);
      return <SiteShell locale={locale}>{children}</SiteShell>;
    },
  };
}
