import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideView } from "@/components/guide-view";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles, getCatalogue, getSourceLinks } from "@/lib/roles";

export function generateMetadata(): Metadata {
  const guide = getCatalogue().guide;
  return {
    title: guide?.title ?? "Guide",
    description: guide?.intro,
    alternates: { canonical: "/guide" },
  };
}

/** Prerendered with no answer; a URL with answers is served by /guide/resultat (see proxy.ts). */
export default function GuidePage() {
  const guide = getCatalogue().guide;
  if (!guide) notFound();
  const roles = Object.fromEntries(getAllRoles().map((role) => [role.slug, toRoleSummary(role)]));
  return <GuideView guide={guide} answers={{}} roles={roles} sources={getSourceLinks()} />;
}
