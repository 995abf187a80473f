import type { SourceLink } from "@/lib/citations";
import type { Recommendation, ShownReason } from "@/lib/guide";
import type { RoleSummary } from "@/lib/role-summary";
import { comparePath, rolePath } from "@/lib/site";
import { Citations } from "./citations";
import { SiteLink } from "./site-link";

type GuideResultProps = {
  recommendation: Recommendation;
  roles: Record<string, RoleSummary>;
  sources: Record<string, SourceLink>;
  sharePath: string;
};

function ReasonList({ reasons, roles, sources, label }: { reasons: ShownReason[]; roles: Record<string, RoleSummary>; sources: Record<string, SourceLink>; label: string }) {
  return (
    <ul className="space-y-2">
      {reasons.map((reason) => (
        <li key={reason.text} className="flex gap-2">
          <span aria-hidden="true" className={`mt-0.5 shrink-0 font-bold ${reason.stance === "for" ? "text-operational" : "text-strategic"}`}>
            {reason.stance === "for" ? "+" : "−"}
          </span>
          <span>
            <span className="sr-only">{label}{"\u00a0"}: </span>
            <span className="text-sm font-semibold">{roles[reason.role]?.title ?? reason.role}</span> — {reason.text}
            <Citations ids={reason.sources} sources={sources} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The guide's answer: which role(s), the answer that decided, the reasons for and against (with sources), and where to read more. */
export function GuideResult({ recommendation, roles, sources, sharePath }: GuideResultProps) {
  const chosen = recommendation.roles.map((slug) => roles[slug]).filter((role): role is RoleSummary => Boolean(role));
  const [first, second] = chosen;
  const forReasons = recommendation.reasons.filter((reason) => reason.stance === "for");
  const against = recommendation.reasons.filter((reason) => reason.stance === "against");
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
      <p>
        Ce qui a décidé{"\u00a0"}: votre réponse «{"\u00a0"}{recommendation.decisive.answer}{"\u00a0"}» à la question «{"\u00a0"}
        {recommendation.decisive.question}{"\u00a0"}».
      </p>
      <h3 className="text-lg font-bold">Pour</h3>
      <ReasonList reasons={forReasons} roles={roles} sources={sources} label="Pour" />
      {recommendation.onePersonReasons.length > 0 && (
        <ul className="list-disc space-y-2 pl-6">
          {recommendation.onePersonReasons.map((reason) => (
            <li key={reason.text}>
              {reason.text}
              <Citations ids={reason.sources} sources={sources} />
            </li>
          ))}
        </ul>
      )}
      {against.length > 0 && (
        <>
          <h3 className="text-lg font-bold">Contre-arguments</h3>
          <ReasonList reasons={against} roles={roles} sources={sources} label="Contre" />
        </>
      )}
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
