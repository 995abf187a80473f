import type { Metadata } from "next";
import { RoleDirectory } from "@/components/role-directory";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles } from "@/lib/roles";
import { filterRoles, parseDirectoryQuery } from "@/lib/search";

export const metadata: Metadata = {
  title: "Recherche d’un rôle",
  robots: { index: false, follow: true },
  alternates: { canonical: "/roles" },
};

type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The search results of /roles?q=…, rendered on the server so that the search works without JavaScript. */
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const query = parseDirectoryQuery(await searchParams);
  const roles = getAllRoles().map(toRoleSummary);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Rechercher un rôle</h1>
      <RoleDirectory query={query} result={filterRoles(roles, query)} total={roles.length} />
    </div>
  );
}
