import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { GuideView } from "@/components/guide-view";
import { parseGuideAnswers } from "@/lib/guide";
import type { Locale } from "@/lib/i18n/locales";
import { guideWords } from "@/app/_views/words";
import { pageAlternates } from "@/lib/metadata";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles, getCatalogue, getSourceLinks } from "@/lib/roles";

type GuideResultPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /guide, prerendered with no answer, and its result for /guide?besoin=… (served by /guide/resultat,
 * see proxy.ts): answered on the server, so that it works without JavaScript and can be shared.
 */
export function guideView(locale: Locale, withAnswers: boolean) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const guide = getCatalogue(locale).guide;
      const t = await getTranslations({ locale, namespace: "guide" });
      const title = guide?.title ?? "Guide";
      return withAnswers
        ? { title: t("metaTitleResult", { title }), robots: { index: false, follow: true }, alternates: pageAlternates("/guide", locale) }
        : { title, description: guide?.intro, alternates: pageAlternates("/guide", locale) };
    },
    async Page({ searchParams }: Partial<GuideResultPageProps>) {
      setRequestLocale(locale);
      const guide = getCatalogue(locale).guide;
      if (!guide) notFound();
      const roles = Object.fromEntries(getAllRoles(locale).map((role) => [role.slug, toRoleSummary(role)]));
      const answers = withAnswers && searchParams ? parseGuideAnswers(guide, await searchParams) : {};
      return <GuideView guide={guide} answers={answers} roles={roles} sources={getSourceLinks(locale)} words={guideWords(locale, guide.questions.length)} locale={locale} />;
    },
  };
}
