import type { Metadata } from "next";
import { RoleDirectory } from "@/components/role-directory";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles } from "@/lib/roles";
import { filterRoles } from "@/lib/search";

export const metadata: Metadata = {
  title: "Tous les rôles",
  description: "Les métiers du social media, à filtrer par positionnement ou à retrouver par n’importe lequel de leurs intitulés.",
  alternates: { canonical: "/roles" },
};

/** Prerendered without a query; a URL with `?q=` or `?positionnement=` is served by /recherche (see proxy.ts). */
export default function RolesPage() {
  const roles = getAllRoles().map(toRoleSummary);
  const query = { q: "", positioning: null };
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Tous les rôles</h1>
      <p className="max-w-prose text-muted">
        Tapez l’intitulé que vous avez en tête, au masculin ou au féminin, avec ou sans accents : la recherche le retrouve
        parmi les titres et les autres intitulés de chaque rôle.
      </p>
      <RoleDirectory query={query} result={filterRoles(roles, query)} total={roles.length} />
    </div>
  );
}
