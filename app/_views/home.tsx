import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Citations } from "@/components/citations";
import { CompareForm } from "@/components/compare-form";
import { OrgDiagram } from "@/components/org-diagram";
import { RoleCard } from "@/components/role-card";
import { SiteLink } from "@/components/site-link";
import { SurveyChart } from "@/components/survey-chart";
import { countInWords, joinList } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { pageAlternates } from "@/lib/metadata";
import { layoutOrganisation } from "@/lib/organisation";
import { toRoleSummary } from "@/lib/role-summary";
import { getCatalogue, getSourceLinks } from "@/lib/roles";
import { siteName } from "@/lib/site";
import { CHECK_AD_PATH, WRITE_AD_PATH } from "@/lib/analyse/paths";
import { compareFormProps } from "./compare";

/** Columns for the role cards: rows stay full, so that no card stands alone on the last row. */
function cardGridClass(count: number): string {
  if (count % 3 === 0) return "md:grid-cols-3";
  if (count % 4 === 0) return "sm:grid-cols-2 xl:grid-cols-4";
  if (count % 2 === 0) return "sm:grid-cols-2";
  return "md:grid-cols-3";
}

/** The home page of a language. */
export function homeView(locale: Locale) {
  return {
    generateMetadata(): Metadata {
      return { alternates: pageAlternates("/", locale) };
    },
    async Page() {
      setRequestLocale(locale);
      const t = await getTranslations({ locale, namespace: "home" });
      const catalogue = getCatalogue(locale);
      const roles = catalogue.roles.map(toRoleSummary);
      const titles = Object.fromEntries(roles.map((role) => [role.slug, role.title]));
      const sources = getSourceLinks(locale);
      const { organisation, surveys, guide } = catalogue;
      const reportedBy = (id: string) => {
        const via = catalogue.sources.find((source) => source.id === id)?.reportedBy;
        return via ? sources[via] : undefined;
      };
      const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
      const link = (href: string) => function Link(chunks: React.ReactNode) {
        return <SiteLink href={href} locale={locale}>{chunks}</SiteLink>;
      };
      return (
        <div className="space-y-12">
          <section aria-labelledby="intro" className="home-intro space-y-4">
            <h1 id="intro" className="text-3xl font-bold leading-tight sm:text-4xl">
              {t("title", { titles: roles.map((role) => role.title).join(", ") })}
            </h1>
            <p className="text-lg text-muted">{t("intro", { site: siteName(locale), count: countInWords(roles.length, locale) })}</p>
            <ul className="grid gap-2 text-base sm:grid-cols-2">
              <li>{t.rich("recruiters", { strong, write: link(WRITE_AD_PATH), check: link(CHECK_AD_PATH) })}</li>
              <li>{t.rich("candidates", { strong, roles: link("/roles") })}</li>
              <li>{t.rich("directors", { strong, compare: link("/compare") })}</li>
              <li>{t.rich("students", { strong, guide: link("/guide") })}</li>
            </ul>
            <p className="flex flex-wrap gap-3">
              <SiteLink href={WRITE_AD_PATH} locale={locale} className="rounded bg-accent px-4 py-2 font-semibold text-paper no-underline hover:bg-accent-strong">
                {t("writeCta")}
              </SiteLink>
              <SiteLink href={CHECK_AD_PATH} locale={locale} className="rounded border border-accent px-4 py-2 font-semibold text-accent-strong no-underline">
                {t("checkCta")}
              </SiteLink>
            </p>
          </section>

          <section aria-labelledby="roles-titre" className="space-y-4">
            <h2 id="roles-titre" className="text-2xl font-bold">
              {t("roles")}
            </h2>
            <ul className={`grid gap-4 ${cardGridClass(roles.length)}`}>
              {roles.map((role) => (
                <li key={role.slug}>
                  <RoleCard role={role} />
                </li>
              ))}
            </ul>
            <p>
              <SiteLink href="/roles" locale={locale}>{t("searchTitle")}</SiteLink>
            </p>
          </section>

          <CompareForm {...compareFormProps(locale, roles.map(({ slug, title }) => ({ slug, title })))} />

          {organisation && (
            <section aria-labelledby="organisation-titre" className="figure-columns space-y-4">
              <h2 id="organisation-titre" className="text-2xl font-bold">
                {t("orgTitle")}
              </h2>
              <p className="max-w-prose text-muted">
                {organisation.lead.text} <Citations ids={organisation.lead.sources} sources={sources} locale={locale} />
              </p>
              <OrgDiagram title={organisation.title} description={organisation.description} layout={layoutOrganisation(organisation, catalogue.roles)} note={organisation.note} sources={sources} />
            </section>
          )}

          {guide && (
            <section aria-labelledby="guide-titre" className="rounded-lg border border-line p-5">
              <h2 id="guide-titre" className="text-xl font-bold">
                {t("guideTitle")}
              </h2>
              <p className="mt-2 max-w-prose">
                <SiteLink href="/guide" locale={locale}>{t("guideLink", { count: countInWords(guide.questions.length, locale) })}</SiteLink>
                {t("guideText", { title: guide.title, roles: joinList(roles.map((role) => role.title), locale) })}
              </p>
            </section>
          )}

          {surveys.length > 0 && (
            <section aria-labelledby="histoire-titre" className="space-y-4 border-t border-line pt-8">
              <h2 id="histoire-titre" className="text-2xl font-bold">
                {t("historyTitle")}
              </h2>
              <p className="max-w-prose text-muted">{t("historyIntro")}</p>
              {surveys.map((survey) => (
                <section key={survey.id} aria-labelledby={`sondage-${survey.id}`} className="figure-columns space-y-4">
                  <h3 id={`sondage-${survey.id}`} className="text-xl font-bold">
                    {t("surveyTitle", { title: survey.title, date: survey.date })}
                  </h3>
                  <SurveyChart survey={survey} titles={titles} source={sources[survey.source]} reportedBy={reportedBy(survey.source)} />
                </section>
              ))}
            </section>
          )}
        </div>
      );
    },
  };
}
