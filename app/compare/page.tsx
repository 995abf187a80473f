import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { CompareForm } from "@/components/compare-form";
import { PRERENDER_ALL_PAIRS_MAX_ROLES, pairsToList } from "@/lib/compare";
import { getAllRoles } from "@/lib/roles";
import { comparePath } from "@/lib/site";

export const metadata: Metadata = {
  title: "Comparer deux rôles",
  description: "Deux métiers du social media côte à côte : positionnement, rattachement, missions, compétences, indicateurs, rémunération.",
  alternates: { canonical: "/compare" },
};

export default function ComparePickerPage() {
  const roles = getAllRoles();
  const pairs = pairsToList(roles);
  const titles = Object.fromEntries(roles.map((role) => [role.slug, role.title]));
  return (
    <div className="space-y-8">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">Comparer deux rôles</h1>
        <p className="text-lg text-muted">
          Choisissez deux rôles : le tableau les met côte à côte, dimension par dimension, avec la source de chaque valeur et
          les missions qu’ils partagent.
        </p>
      </div>
      <CompareForm roles={roles.map(({ slug, title }) => ({ slug, title }))} />
      <section aria-labelledby="comparaisons" className="space-y-3">
        <h2 id="comparaisons" className="text-2xl font-bold">
          {roles.length <= PRERENDER_ALL_PAIRS_MAX_ROLES ? "Toutes les comparaisons" : "Les comparaisons de rôles voisins"}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {pairs.map(([a, b]) => (
            <li key={`${a}-${b}`}>
              <SiteLink href={comparePath(a, b)}>
                {titles[a]} ou {titles[b]}
              </SiteLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
