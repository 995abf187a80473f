import { SiteLink } from "@/components/site-link";
import { CompareForm } from "@/components/compare-form";
import { OrgDiagram } from "@/components/org-diagram";
import { RoleCard } from "@/components/role-card";
import { SurveyChart } from "@/components/survey-chart";
import { EQUAERO_SURVEY, ORGANISATION } from "@/lib/figures";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles, getSourceLinks } from "@/lib/roles";
import { SITE_NAME } from "@/lib/site";

export default function HomePage() {
  const roles = getAllRoles().map(toRoleSummary);
  const titles = Object.fromEntries(roles.map((role) => [role.slug, role.title]));
  const sources = getSourceLinks();
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro" className="home-intro space-y-4">
        <h1 id="intro" className="text-3xl font-bold leading-tight sm:text-4xl">
          Community Manager, Content Manager, Social Media Manager : qui fait quoi ?
        </h1>
        <p className="text-lg text-muted">
          {SITE_NAME} définit ces trois métiers avec précision, en citant ses sources, et les compare point par point. Chaque
          page a une adresse stable, à placer dans une offre d&apos;emploi pour dire exactement de quel poste on parle.
        </p>
        <ul className="grid gap-2 text-base sm:grid-cols-2">
          <li><strong>Recruteurs</strong> : choisir le bon intitulé et le lier dans l&apos;annonce.</li>
          <li><strong>Candidats</strong> : savoir ce que recouvre le poste proposé.</li>
          <li><strong>Directions marketing</strong> : comparer deux profils avant de recruter.</li>
          <li><strong>Étudiants</strong> : découvrir missions, compétences et indicateurs.</li>
        </ul>
      </section>

      <section aria-labelledby="roles-titre" className="space-y-4">
        <h2 id="roles-titre" className="text-2xl font-bold">
          Les rôles
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
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

      <section aria-labelledby="organisation-titre" className="figure-columns space-y-4">
        <h2 id="organisation-titre" className="text-2xl font-bold">
          Qui décide, qui exécute ?
        </h2>
        <p className="max-w-prose text-muted">
          La plupart des sources placent la stratégie chez le Social Media Manager et l&apos;animation chez le Community Manager.
          Une source soutient l&apos;inverse : chaque fiche détaille ce désaccord.
        </p>
        <OrgDiagram {...ORGANISATION} sources={sources} />
      </section>

      <section aria-labelledby="sondage-section" className="figure-columns space-y-4">
        <h2 id="sondage-section" className="text-2xl font-bold">
          Combien d&apos;entreprises ont ces rôles ?
        </h2>
        <SurveyChart survey={EQUAERO_SURVEY} titles={titles} sources={sources} />
      </section>

      <section aria-labelledby="guide-titre" className="rounded-lg border border-line p-5">
        <h2 id="guide-titre" className="text-xl font-bold">
          Vous ne savez pas quel titre choisir ?
        </h2>
        <p className="mt-2">
          <SiteLink href="/guide">Répondez à cinq questions</SiteLink> : le guide « Quel profil recruter ? » recommande un rôle, ou une
          combinaison, et dit pourquoi.
        </p>
      </section>
    </div>
  );
}
