import { SiteLink } from "./site-link";
import type { ReactNode } from "react";
import type { Role, RoleRef } from "@/lib/schema";
import { rolePath } from "@/lib/site";
import { PositioningBadge } from "./positioning-badge";

type RoleFactsProps = { role: Role };

function RoleLinks({ roles }: { roles: RoleRef[] }) {
  return (
    <ul className="space-y-0.5">
      {roles.map((ref) => (
        <li key={ref.slug}>
          <SiteLink href={rolePath(ref.slug)}>{ref.title}</SiteLink>
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

/** Positioning, other titles and official codes, under the En bref block of a role page. */
export function RoleFacts({ role }: RoleFactsProps) {
  const { rome, esco, isco, missing, note } = role.codes;
  return (
    <section aria-labelledby="reperes" className="rounded-lg border border-line px-5 py-2">
      <h2 id="reperes" className="sr-only">
        Repères{"\u00a0"}: positionnement, intitulés, codes officiels
      </h2>
      <dl>
        <Fact term="Positionnement">
          <PositioningBadge value={role.positioning.value} />
          <p className="mt-1 text-sm text-muted">{role.positioning.note}</p>
        </Fact>
        {role.manages.length > 0 && (
          <Fact term="Encadre ou coordonne">
            <RoleLinks roles={role.manages} />
          </Fact>
        )}
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
          <details id="codes" className="text-sm">
            <summary className="cursor-pointer">
              {[rome && `ROME ${rome.code}`, ...(esco ?? []).map((entry) => `ESCO ${entry.code}`), ...(isco ?? []).map((entry) => `CITP ${entry.code}`)].filter(Boolean).join(" · ") || "Aucun code officiel"}
            </summary>
            <ul className="mt-2 space-y-1">
              {rome && (
                <li>
                  <abbr title="Répertoire opérationnel des métiers et des emplois (France Travail)">ROME</abbr>{" "}
                  <strong>{rome.code}</strong> «{"\u00a0"}{rome.label}{"\u00a0"}» <span className="text-muted">({rome.version})</span>
                  <span className="block text-muted">
                    Appellations{"\u00a0"}: {rome.jobTitles.map((job) => `${job.label} (OGR ${job.ogr})`).join("\u202f; ")}
                  </span>
                </li>
              )}
              {esco?.map((entry) => (
                <li key={entry.uri}>
                  ESCO <strong>{entry.code}</strong> <a href={entry.uri}>«{"\u00a0"}{entry.label}{"\u00a0"}»</a>{" "}
                  <span className="text-muted">
                    ({entry.version}
                    {entry.match === "alternative-label" ? ", via un libellé alternatif" : entry.match === "close" ? ", correspondance approchée" : ""})
                  </span>
                </li>
              ))}
              {isco?.map((entry) => (
                <li key={entry.code}>
                  <abbr title="Classification internationale type des professions">CITP</abbr> <strong>{entry.code}</strong> «{"\u00a0"}
                  {entry.label}{"\u00a0"}» <span className="text-muted">({entry.version})</span>
                </li>
              ))}
            </ul>
            {missing && <p className="mt-2 text-muted">{missing}</p>}
            {note && <p className="mt-2 text-muted">{note}</p>}
          </details>
        </Fact>
      </dl>
    </section>
  );
}
