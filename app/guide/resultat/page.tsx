import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideView } from "@/components/guide-view";
import { parseGuideAnswers } from "@/lib/guide";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles, getCatalogue, getSourceLinks } from "@/lib/roles";

export function generateMetadata(): Metadata {
  return {
    title: `${getCatalogue().guide?.title ?? "Guide"} Votre recommandation`,
    robots: { index: false, follow: true },
    alternates: { canonical: "/guide" },
  };
}

type GuideResultPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The guide answered on the server, for /guide?besoin=…: works without JavaScript and can be shared. */
export default async function GuideResultPage({ searchParams }: GuideResultPageProps) {
  const guide = getCatalogue().guide;
  if (!guide) notFound();
  const roles = Object.fromEntries(getAllRoles().map((role) => [role.slug, toRoleSummary(role)]));
  return <GuideView guide={guide} answers={parseGuideAnswers(guide, await searchParams)} roles={roles} sources={getSourceLinks()} />;
}
