import type { GuideAnswers } from "@/lib/guide";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles, getSourceLinks } from "@/lib/roles";
import { GuideForm } from "./guide-form";

type GuideViewProps = { answers: GuideAnswers };

/** The guide page body, shared by /guide (prerendered) and its server-rendered result. */
export function GuideView({ answers }: GuideViewProps) {
  const roles = Object.fromEntries(getAllRoles().map((role) => [role.slug, toRoleSummary(role)]));
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">Quel profil recruter ?</h1>
        <p className="text-lg text-muted">
          Cinq questions sur votre situation. La recommandation s&apos;appuie sur les conseils des sources de cette référence,
          cités à chaque fois ; elle ne remplace pas la lecture des fiches.
        </p>
      </div>
      <GuideForm initial={answers} roles={roles} sources={getSourceLinks()} />
    </div>
  );
}
