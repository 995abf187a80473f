import { SiteLink } from "./site-link";
import type { Recommendation } from "@/lib/guide";
import type { RoleSummary } from "@/lib/role-summary";
import { comparePath, rolePath } from "@/lib/site";

export type SourceLinks = Record<string, { title: string; href: string }>;

type GuideResultProps = {
  recommendation: Recommendation;
  roles: Record<string, RoleSummary>;
  sources: SourceLinks;
  sharePath: string;
};

/** The guide's answer: which role(s), why (with sources), and where to read more. */
export function GuideResult({ recommendation, roles, sources, sharePath }: GuideResultProps) {
  const chosen = recommendation.roles.map((slug) => roles[slug]).filter((role): role is RoleSummary => Boolean(role));
  const [first, second] = chosen;
  return (
    <div className="space-y-4">
      <p className="text-2xl font-bold">
        {chosen.map((role, index) => (
          <span key={role.slug}>
            {index > 0 && (recommendation.onePerson ? " + " : " et ")}
            <SiteLink href={rolePath(role.slug)}>{role.title}</SiteLink>
          </span>
        ))}
      </p>
      {chosen.length > 1 && (
        <p className="font-medium">
          {recommendation.onePerson ? "Un seul poste qui réunit ces rôles." : "Des postes distincts, dans cet ordre de priorité."}
        </p>
      )}
      <h3 className="text-lg font-bold">Pourquoi</h3>
      <ul className="list-disc space-y-2 pl-6">
        {recommendation.reasons.map((reason) => (
          <li key={reason.text}>
            {reason.text}{" "}
            <span className="text-sm text-muted">
              (
              {reason.sources.map((id, index) => (
                <span key={id}>
                  {index > 0 && " ; "}
                  {sources[id] ? <a href={sources[id].href}>{sources[id].title}</a> : id}
                </span>
              ))}
              )
            </span>
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {chosen.map((role) => (
          <li key={role.slug}>
            <SiteLink href={rolePath(role.slug)}>Lire la fiche {role.title}</SiteLink>
          </li>
        ))}
        {first && second && (
          <li>
            <SiteLink href={comparePath(first.slug, second.slug)}>
              Comparer {first.title} et {second.title}
            </SiteLink>
          </li>
        )}
        <li>
          <SiteLink href={sharePath}>Lien vers ce résultat</SiteLink>
        </li>
      </ul>
    </div>
  );
}
