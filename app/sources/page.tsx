import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { SourceList } from "@/components/source-list";
import { getCatalogue, getSourceLinks } from "@/lib/roles";
import { rolePath } from "@/lib/site";

export const metadata: Metadata = {
  title: "Sources",
  description: "La bibliographie de la référence : chaque source avec son titre exact, son auteur, sa date, son adresse et ce qui s’appuie sur elle.",
  alternates: { canonical: "/sources" },
};

/** The whole bibliography, each entry with its anchor and the role pages that cite it. */
export default function SourcesPage() {
  const { sources, roles } = getCatalogue();
  const citedBy = (id: string) => roles.filter((role) => role.sources.some((source) => source.id === id));
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold">Sources</h1>
      <p className="text-lg text-muted">
        Chaque affirmation de la référence renvoie à l’une de ces {sources.length} sources, donnée ici avec son titre exact, son
        auteur, sa date et son adresse, ou la raison de son absence.
      </p>
      <SourceList
        links={getSourceLinks()}
        sources={sources.map((source) => ({
          ...source,
          supports: citedBy(source.id).map((role) => `la fiche ${role.title}`),
        }))}
      />
      <p className="text-sm text-muted">
        Fiches{"\u00a0"}:{" "}
        {roles.map((role, index) => (
          <span key={role.slug}>
            {index > 0 && ", "}
            <SiteLink href={rolePath(role.slug)}>{role.title}</SiteLink>
          </span>
        ))}
        .
      </p>
    </div>
  );
}
