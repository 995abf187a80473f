import { SiteLink } from "./site-link";
import type { ReactNode } from "react";
import type { Role } from "@/lib/schema";
import { rolePath } from "@/lib/site";
import { PositioningBadge } from "./positioning-badge";

type RoleFactsProps = {
  role: Role;
  /** Titles of the other roles, by slug, to name the roles this one reports to or manages. */
  titles: Record<string, string>;
};

function RoleLinks({ slugs, titles, none }: { slugs: string[]; titles: Record<string, string>; none: string }) {
  if (slugs.length === 0) return <>{none}</>;
  return (
    <ul className="space-y-0.5">
      {slugs.map((slug) => (
        <li key={slug}>
          <SiteLink href={rolePath(slug)}>{titles[slug] ?? slug}</SiteLink>
        </li>
      ))}
    </ul>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-line py-3 last:border-b-0 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The summary box at the top of a role page. */
export function RoleFacts({ role, titles }: RoleFactsProps) {
  const { rome, esco, isco, note } = role.codes;
  return (
    <section aria-labelledby="en-bref" className="rounded-lg border border-line bg-surface px-5 py-2">
      <h2 id="en-bref" className="sr-only">
        En bref
      </h2>
      <dl>
        <Fact term="Positionnement">
          <PositioningBadge value={role.positioning.value} />
          <p className="mt-1 text-sm text-muted">{role.positioning.note}</p>
        </Fact>
        <Fact term="Rend compte à">
          <RoleLinks slugs={role.reportsTo} titles={titles} none="Direction marketing ou communication (selon l'entreprise)" />
        </Fact>
        <Fact term="Encadre ou coordonne">
          <RoleLinks slugs={role.manages} titles={titles} none="Personne, en règle générale" />
        </Fact>
        {role.otherTitles.length > 0 && (
          <Fact term="Autres intitulés">
            <ul className="flex flex-wrap gap-1.5">
              {role.otherTitles.map((other) => (
                <li key={other.title} className="rounded border border-line bg-paper px-2 py-0.5 text-sm">
                  {other.feminine ? `${other.title} / ${other.feminine}` : other.title}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact term="Codes officiels">
          <ul className="space-y-1 text-sm">
            <li>
              <abbr title="Répertoire opérationnel des métiers et des emplois (France Travail)">ROME</abbr>{" "}
              <strong>{rome.code}</strong> « {rome.label} » <span className="text-muted">({rome.version})</span>
              <span className="block text-muted">
                Appellations : {rome.jobTitles.map((job) => `${job.label} (OGR ${job.ogr})`).join(" ; ")}
              </span>
            </li>
            {esco.map((entry) => (
              <li key={entry.uri}>
                ESCO <strong>{entry.code}</strong> <a href={entry.uri}>« {entry.label} »</a>{" "}
                <span className="text-muted">
                  ({entry.version}
                  {entry.match === "alternative-label" ? ", via un libellé alternatif" : ""})
                </span>
              </li>
            ))}
            {isco.map((entry) => (
              <li key={entry.code}>
                <abbr title="Classification internationale type des professions">CITP</abbr> <strong>{entry.code}</strong> «{" "}
                {entry.label} » <span className="text-muted">({entry.version})</span>
              </li>
            ))}
          </ul>
          {note && <p className="mt-2 text-sm text-muted">{note}</p>}
        </Fact>
      </dl>
    </section>
  );
}
