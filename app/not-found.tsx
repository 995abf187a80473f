import type { Metadata } from "next";
import Link from "next/link";
import { NearestRoles } from "@/components/nearest-roles";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles } from "@/lib/roles";
import { rolePath } from "@/lib/site";

export const metadata: Metadata = { title: "Page introuvable", robots: { index: false } };

/**
 * 404, prerendered: it lists every role (enough without JavaScript), and NearestRoles adds,
 * in the browser, the roles spelled closest to the mistyped address.
 */
export default function NotFound() {
  const roles = getAllRoles().map(toRoleSummary);
  return (
    <div className="space-y-8">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">Page introuvable</h1>
        <p className="text-lg">Cette adresse ne correspond à aucune page du site. Le lien a peut-être été mal recopié.</p>
      </div>
      <NearestRoles roles={roles} />
      <section aria-labelledby="tous-les-roles" className="space-y-3">
        <h2 id="tous-les-roles" className="text-2xl font-bold">Tous les rôles</h2>
        <ul className="list-disc space-y-1 pl-6">
          {roles.map((role) => (
            <li key={role.slug}>
              <Link href={rolePath(role.slug)}>{role.title}</Link> : {role.summary}
            </li>
          ))}
        </ul>
        <p>
          Vous pouvez aussi <Link href="/roles">rechercher un intitulé</Link> ou revenir à l&apos;<Link href="/">accueil</Link>.
        </p>
      </section>
    </div>
  );
}
