import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdChecker } from "@/components/ad-checker";
import { CHECK_AD_PATH } from "@/lib/analyse/paths";
import { getLegalModel } from "@/lib/analyse/legal-server";
import { getAnalyserModel } from "@/lib/analyse/server";
import { joinList } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { analysisWords, legalWords } from "@/app/_views/words";
import { pageAlternates } from "@/lib/metadata";
import { checkAdAction } from "./check-ad-action";

/** /verifier-une-offre: paste an ad, in the page's language; the analyser reads it in that language. */
export function checkAdView(locale: Locale) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations({ locale, namespace: "jobAd" });
      return { title: t("checkMetaTitle"), description: t("checkMetaDescription"), alternates: pageAlternates(CHECK_AD_PATH, locale) };
    },
    async Page() {
      setRequestLocale(locale);
      const t = await getTranslations({ locale, namespace: "jobAd" });
      const model = getAnalyserModel(locale);
      return (
        <div className="space-y-6">
          <div className="max-w-prose space-y-3">
            <h1 className="text-3xl font-bold">{t("checkTitle")}</h1>
            <p className="text-lg text-muted">{t("checkIntro", { roles: joinList(model.roles.map((role) => role.title), locale) })}</p>
            <p className="rounded border-l-4 border-accent bg-accent-soft p-3 text-sm">{t("privacy")}</p>
          </div>
          <AdChecker model={model} action={checkAdAction} words={analysisWords(locale, model.roles.length)} legal={{ model: getLegalModel(locale), words: legalWords(locale) }} locale={locale} />
        </div>
      );
    },
  };
}
