import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyField } from "@/components/copy-field";
import { SiteLink } from "@/components/site-link";
import { ITEM_LISTS } from "@/lib/analyse/model";
import { WRITE_AD_PATH, writeAdPath } from "@/lib/analyse/paths";
import { adItems, AD_HEADINGS, MAX_CONTEXT_LENGTH, writeJobAd } from "@/lib/analyse/write-ad";
import { CONTEXT_PARAM, contextParam, firstParam, keptItems, LIST_PARAMS, SENT_PARAM } from "@/lib/analyse/write-ad-params";
import { getAllRoles, getRole, resolveRoleSlug } from "@/lib/roles";

export const metadata: Metadata = {
  title: "Rédiger une offre d’emploi",
  description: "La partie « rôle » d’une offre d’emploi, écrite à partir de la fiche : titre (H/F), missions, profil, indicateurs et lien vers la définition, en texte, Markdown ou HTML.",
  alternates: { canonical: WRITE_AD_PATH },
  robots: { index: false, follow: true },
};

type WriteAdPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Server-rendered for every request (GET form): works without JavaScript; the copy buttons need it. */
export default async function WriteAdPage({ searchParams }: WriteAdPageProps) {
  const params = await searchParams;
  const wanted = firstParam(params, "role");
  if (!wanted) return <RoleChoice />;
  const slug = resolveRoleSlug(wanted.slice(0, 200));
  const role = slug ? getRole(slug) : null;
  if (!role) notFound();

  const items = adItems(role);
  const kept = keptItems(items, params);
  const keptKeys = new Set(kept.map((item) => `${item.list}:${item.key}`));
  const context = contextParam(params);
  const ad = writeJobAd(role, kept, context);

  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">Rédiger une offre de {role.title}</h1>
        <p className="text-lg text-muted">
          Gardez les missions, compétences et indicateurs de la <SiteLink href={`/roles/${role.slug}`}>fiche {role.title}</SiteLink> qui valent pour votre poste, ajoutez le contexte de l’entreprise&nbsp;: le texte ci-dessous est prêt à coller dans l’offre.
        </p>
      </div>
      <form method="get" action={WRITE_AD_PATH} className="space-y-5">
        <input type="hidden" name="role" value={role.slug} />
        <input type="hidden" name={SENT_PARAM} value="1" />
        <div>
          <label htmlFor="contexte" className="mb-1 block font-semibold">
            Contexte de l’entreprise (facultatif)
          </label>
          <p id="contexte-aide" className="mb-1 text-sm text-muted">
            Qui vous êtes, l’équipe, le lieu, le contrat&nbsp;: {MAX_CONTEXT_LENGTH} caractères au plus.
          </p>
          <textarea id="contexte" name={CONTEXT_PARAM} aria-describedby="contexte-aide" rows={4} maxLength={MAX_CONTEXT_LENGTH} defaultValue={context} className="w-full rounded border border-line bg-paper px-3 py-2" />
        </div>
        {ITEM_LISTS.map(({ list }) => {
          const listItems = items.filter((item) => item.list === list);
          if (listItems.length === 0) return null;
          return (
            <fieldset key={list} className="space-y-2 rounded border border-line p-4">
              <legend className="px-1 font-semibold">{AD_HEADINGS[list]}</legend>
              {listItems.map((item) => (
                <div key={item.key} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    id={`${list}-${item.key}`}
                    name={LIST_PARAMS[list]}
                    value={item.key}
                    defaultChecked={keptKeys.has(`${list}:${item.key}`)}
                    className="mt-1 h-5 w-5 shrink-0"
                  />
                  <label htmlFor={`${list}-${item.key}`}>{item.text}</label>
                </div>
              ))}
            </fieldset>
          );
        })}
        <button type="submit" className="rounded bg-accent-strong px-5 py-2 font-semibold text-paper hover:bg-accent">
          Rédiger l’offre
        </button>
      </form>
      <section aria-labelledby="offre-redigee" className="space-y-4 rounded-lg border border-accent bg-accent-soft p-5">
        <h2 id="offre-redigee" className="text-2xl font-bold">
          Votre texte, prêt à coller
        </h2>
        <CopyField label="Texte brut" value={ad.text} rows={10} code={false} />
        <CopyField label="Markdown" value={ad.markdown} rows={10} />
        <CopyField label="HTML" value={ad.html} rows={10} />
        <CopyField label="Lien seul" value={ad.url} />
      </section>
    </div>
  );
}

function RoleChoice() {
  const roles = getAllRoles();
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl font-bold">Rédiger une offre d’emploi</h1>
      <p className="text-lg text-muted">Quel rôle recrutez-vous ? La partie «&nbsp;rôle&nbsp;» de l’offre sera écrite à partir de sa fiche.</p>
      <ul className="list-disc space-y-2 pl-6">
        {roles.map((role) => (
          <li key={role.slug}>
            <SiteLink href={writeAdPath(role.slug)}>{role.title}</SiteLink>&nbsp;: {role.summary}
          </li>
        ))}
      </ul>
    </div>
  );
}
