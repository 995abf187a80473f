import type { ReactNode } from "react";
import type { NumberedSource } from "@/lib/compare";
import { essentialMissions } from "@/lib/reading";
import type { Role } from "@/lib/schema";
import { rolePath } from "@/lib/site";
import { SiteLink } from "./site-link";
import { SourceMarks } from "./source-marks";

type RoleEssentialsProps = { role: Role; sources: ReadonlyMap<string, NumberedSource> };

function Essential({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-2 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A link to the section of the page that details an essential, when the profile has it. */
function SectionLink({ role, id, about }: { role: Role; id: string; about: string }) {
  if (!role.sections.some((section) => section.id === id)) return null;
  return (
    <a href={`#${id}`} className="whitespace-nowrap text-sm">
      Détail <span className="sr-only">{about}</span>
    </a>
  );
}

/**
 * "En bref", right under the title: the main missions, whom the role reports to, pay and access,
 * within the reading budget (lib/reading.ts). Pay and access carry their citation marks.
 */
export function RoleEssentials({ role, sources }: RoleEssentialsProps) {
  const { essentials } = role;
  if (!essentials) return null;
  return (
    <section aria-labelledby="en-bref" className="rounded-lg border border-line bg-surface px-5 py-3">
      <h2 id="en-bref" className="text-lg font-bold">
        En bref
      </h2>
      <dl className="divide-y divide-line">
        <Essential term="Missions principales">
          <ul className="list-disc pl-5">
            {essentialMissions(role).map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ul>
        </Essential>
        {essentials.reporting ? (
          <Essential term="Rend compte à">
            {essentials.reporting.text}
            <SourceMarks ids={essentials.reporting.sources} sources={sources} /> <SectionLink role={role} id="organisation" about="du rattachement" />
          </Essential>
        ) : (
          role.reportsTo.length > 0 && (
            <Essential term="Rend compte à">
              {role.reportsTo.map((ref, index) => (
                <span key={ref.slug}>
                  {index > 0 && ", "}
                  <SiteLink href={rolePath(ref.slug)}>{ref.title}</SiteLink>
                </span>
              ))}{" "}
              <SectionLink role={role} id="organisation" about="du rattachement" />
            </Essential>
          )
        )}
        <Essential term="Rémunération">
          {essentials.pay.text}
          <SourceMarks ids={essentials.pay.sources} sources={sources} /> <SectionLink role={role} id="remuneration" about="de la rémunération" />
        </Essential>
        <Essential term="Accès au métier">
          {essentials.access.text}
          <SourceMarks ids={essentials.access.sources} sources={sources} /> <SectionLink role={role} id="acces" about="de l’accès au métier" />
        </Essential>
      </dl>
    </section>
  );
}
