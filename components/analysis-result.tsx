import type { Ref } from "react";
import type { Analysis, Evidence } from "@/lib/analyse/analyse";
import { noneOfTheRoles } from "@/lib/analyse/check";
import { ITEM_LISTS } from "@/lib/analyse/model";
import { writeAdPath } from "@/lib/analyse/paths";
import { CopyField } from "./copy-field";
import { SiteLink } from "./site-link";

type AnalysisResultProps = {
  analysis: Analysis;
  roleCount: number;
  headingRef?: Ref<HTMLHeadingElement>;
};

const KIND = Object.fromEntries(ITEM_LISTS.map(({ list, label }) => [list, label]));

const quote = (text: string) => `«\u00a0${text}\u00a0»`;

function EvidenceList({ items }: { items: Evidence[] }) {
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={`${item.list}-${item.key}`} className="border-l-2 border-line pl-3">
          <q className="italic [quotes:none]">{quote(item.excerpt)}</q>
          <span className="block text-sm text-muted">
            {KIND[item.list]}&nbsp;: {item.item}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The answer of the ad check: the role described, the title warning, the link to paste, the scores and the evidence. */
export function AnalysisResult({ analysis, roleCount, headingRef }: AnalysisResultProps) {
  const { best, statedRole, mismatch, scores, evidence } = analysis;
  const byRole = scores.map((score) => ({ ...score, items: evidence.filter((item) => item.slug === score.slug) })).filter((role) => role.items.length > 0);
  return (
    <section aria-labelledby="resultat-titre" className="space-y-5 rounded-lg border border-line p-5">
      <h2 id="resultat-titre" ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        Résultat de l’analyse
      </h2>
      {best ? (
        <>
          <p className="text-lg">
            Cette offre décrit surtout un poste de <strong>{best.title}</strong>.
          </p>
          {mismatch && statedRole ? (
            <p className="rounded border-l-4 border-strategic bg-surface p-3 font-medium">
              Attention, titre trompeur&nbsp;: le titre dit {statedRole.title}, les missions décrivent un {best.title}.
            </p>
          ) : (
            <p>{statedRole ? `Le titre de l’offre nomme bien ce rôle (${statedRole.title}).` : `Le titre de l’offre ne nomme ${noneOfTheRoles(roleCount)}.`}</p>
          )}
          {analysis.suggestedTitle && <CopyField label="Titre conseillé" value={analysis.suggestedTitle} code={false} />}
          <CopyField label={best.section ? `Lien à coller dans l’offre (partie «\u00a0${best.section.title}\u00a0» de la fiche)` : "Lien à coller dans l’offre"} value={best.url} />
          <p>
            <SiteLink href={writeAdPath(best.slug)}>Réécrire cette offre à partir de la fiche {best.title}</SiteLink>
          </p>
        </>
      ) : (
        <div className="space-y-2">
          <p className="text-lg">
            Réponse&nbsp;: <strong>{noneOfTheRoles(roleCount)}</strong>.
          </p>
          <p>
            {analysis.status === "not-french"
              ? "Ce texte ne semble pas rédigé en français : l’analyseur ne lit que les offres en français."
              : "Le texte n’évoque pas assez de missions, de compétences ou d’indicateurs des fiches pour désigner un rôle sans risque de se tromper."}
          </p>
          {statedRole && <p>Le titre nomme pourtant le rôle de {statedRole.title}.</p>}
        </div>
      )}
      <div>
        <h3 className="mb-2 text-lg font-semibold">Score par rôle</h3>
        <ul className="space-y-2">
          {scores.map((score) => (
            <li key={score.slug}>
              <span className="flex justify-between gap-3">
                <span>{score.title}</span>
                <span className="font-semibold tabular-nums">{score.score}&nbsp;/&nbsp;100</span>
              </span>
              <span aria-hidden="true" className="block h-2 rounded bg-surface">
                <span className="block h-2 rounded bg-accent" style={{ width: `${score.score}%` }} />
              </span>
            </li>
          ))}
        </ul>
      </div>
      {byRole.length > 0 && (
        <div className="space-y-3">
          <h3 className="text-lg font-semibold">Ce que l’offre dit, fiche par fiche</h3>
          {byRole.map((role, index) => (
            <details key={role.slug} open={index === 0} className="space-y-2">
              <summary className="cursor-pointer font-medium">
                {role.title}&nbsp;: {role.items.length} élément{role.items.length > 1 ? "s" : ""} de la fiche
              </summary>
              <EvidenceList items={role.items} />
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
