import { SiteLink } from "@/components/site-link";
import { Citations } from "@/components/citations";
import { CompareForm } from "@/components/compare-form";
import { OrgDiagram } from "@/components/org-diagram";
import { RoleCard } from "@/components/role-card";
import { SurveyChart } from "@/components/survey-chart";
import { countInWords, joinFrench } from "@/lib/format";
import { layoutOrganisation } from "@/lib/organisation";
import { toRoleSummary } from "@/lib/role-summary";
import { getCatalogue, getSourceLinks } from "@/lib/roles";
import { SITE_NAME } from "@/lib/site";

/** Columns for the role cards: rows stay full, so that no card stands alone on the last row. */
function cardGridClass(count: number): string {
  if (count % 3 === 0) return "md:grid-cols-3";
  if (count % 4 === 0) return "sm:grid-cols-2 xl:grid-cols-4";
  if (count % 2 === 0) return "sm:grid-cols-2";
  return "md:grid-cols-3";
}

export default function HomePage() {
  const catalogue = getCatalogue();
  const roles = catalogue.roles.map(toRoleSummary);
  const titles = Object.fromEntries(roles.map((role) => [role.slug, role.title]));
  const sources = getSourceLinks();
  const { organisation, surveys, guide } = catalogue;
  const reportedBy = (id: string) => {
    const via = catalogue.sources.find((source) => source.id === id)?.reportedBy;
    return via ? sources[via] : undefined;
  };
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro" className="home-intro space-y-4">
        <h1 id="intro" className="text-3xl font-bold leading-tight sm:text-4xl">
          {roles.map((role) => role.title).join(", ")}{"\u00a0"}: qui fait quoi{"\u202f"}?
        </h1>
        <p className="text-lg text-muted">
          {SITE_NAME} définit ces {countInWords(roles.length)} métiers avec précision, en citant ses sources, et les compare point par point. Chaque
          page a une adresse stable, à placer dans une offre d’emploi pour dire exactement de quel poste on parle.
        </p>
        <ul className="grid gap-2 text-base sm:grid-cols-2">
          <li><strong>Recruteurs</strong> : choisir le bon intitulé et le lier dans l’annonce.</li>
          <li><strong>Candidats</strong> : savoir ce que recouvre le poste proposé.</li>
          <li><strong>Directions marketing</strong> : comparer deux profils avant de recruter.</li>
          <li><strong>Étudiants</strong> : découvrir missions, compétences et indicateurs.</li>
        </ul>
      </section>

      <section aria-labelledby="roles-titre" className="space-y-4">
        <h2 id="roles-titre" className="text-2xl font-bold">
          Les rôles
        </h2>
        <ul className={`grid gap-4 ${cardGridClass(roles.length)}`}>
          {roles.map((role) => (
            <li key={role.slug}>
              <RoleCard role={role} />
            </li>
          ))}
        </ul>
        <p>
          <SiteLink href="/roles">Rechercher un intitulé parmi tous les rôles</SiteLink>
        </p>
      </section>

      <CompareForm roles={roles.map(({ slug, title }) => ({ slug, title }))} />

      {organisation && (
        <section aria-labelledby="organisation-titre" className="figure-columns space-y-4">
          <h2 id="organisation-titre" className="text-2xl font-bold">
            Qui décide, qui exécute{"\u202f"}?
          </h2>
          <p className="max-w-prose text-muted">
            {organisation.lead.text} <Citations ids={organisation.lead.sources} sources={sources} />
          </p>
          <OrgDiagram title={organisation.title} description={organisation.description} layout={layoutOrganisation(organisation, catalogue.roles)} note={organisation.note} sources={sources} />
        </section>
      )}

      {surveys.map((survey) => (
        <section key={survey.id} aria-labelledby={`sondage-${survey.id}`} className="figure-columns space-y-4">
          <h2 id={`sondage-${survey.id}`} className="text-2xl font-bold">
            Combien d’entreprises avaient ces rôles{"\u202f"}? ({survey.title}, {survey.date})
          </h2>
          <SurveyChart survey={survey} titles={titles} source={sources[survey.source]} reportedBy={reportedBy(survey.source)} />
        </section>
      ))}

      {guide && (
        <section aria-labelledby="guide-titre" className="rounded-lg border border-line p-5">
          <h2 id="guide-titre" className="text-xl font-bold">
            Vous ne savez pas quel titre choisir{"\u202f"}?
          </h2>
          <p className="mt-2 max-w-prose">
            <SiteLink href="/guide">Répondez à {countInWords(guide.questions.length)} questions</SiteLink>{"\u00a0"}: le guide «{"\u00a0"}
            {guide.title}{"\u00a0"}» recommande un rôle, ou une combinaison parmi {joinFrench(roles.map((role) => role.title))}, et dit pourquoi.
          </p>
        </section>
      )}
    </div>
  );
}
