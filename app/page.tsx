import Link from "next/link";
import { CompareForm } from "@/components/compare-form";
import { RoleCard } from "@/components/role-card";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles } from "@/lib/roles";
import { SITE_NAME } from "@/lib/site";

export default function HomePage() {
  const roles = getAllRoles().map(toRoleSummary);
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro" className="max-w-3xl space-y-4">
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
          <Link href="/roles">Rechercher un intitulé parmi tous les rôles</Link>
        </p>
      </section>

      <CompareForm roles={roles.map(({ slug, title }) => ({ slug, title }))} />
    </div>
  );
}
