import { ImageResponse } from "next/og";
import { OgCard } from "@/components/og-card";
import { pairsToPrerender } from "@/lib/compare";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { OG_SIZE, ogFonts } from "@/lib/og";
import { getAllRoles, getRole, getRoleSlugs } from "@/lib/roles";
import { siteName } from "@/lib/site";

/** The link previews of a language, generated at build time: `/og/…` in French, `/en/og/…` in English. */
export function roleOgRoute(locale: Locale) {
  const t = translator(locale, "og");
  return {
    generateStaticParams() {
      return getRoleSlugs().map((slug) => ({ slug }));
    },
    async GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
      const role = getRole((await params).slug, locale);
      if (!role) return new Response(t("notFound"), { status: 404 });
      return new ImageResponse(<OgCard site={siteName(locale)} eyebrow={t("roleEyebrow")} title={role.title} subtitle={role.summary} footer={t("footer")} />, { ...OG_SIZE, fonts: ogFonts() });
    },
  };
}

export function compareOgRoute(locale: Locale) {
  const t = translator(locale, "og");
  const pair = translator(locale, "compare");
  return {
    generateStaticParams() {
      return pairsToPrerender(getAllRoles(locale));
    },
    async GET(_request: Request, { params }: { params: Promise<{ a: string; b: string }> }) {
      const { a, b } = await params;
      const first = getRole(a, locale);
      const second = getRole(b, locale);
      if (!first || !second || first.slug === second.slug) return new Response(t("notFound"), { status: 404 });
      return new ImageResponse(
        <OgCard site={siteName(locale)} eyebrow={t("compareEyebrow")} title={pair("pairQuestion", { a: first.title, b: second.title })} subtitle={t("compareSubtitle")} footer={t("footer")} />,
        { ...OG_SIZE, fonts: ogFonts() },
      );
    },
  };
}
