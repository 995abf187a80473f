import { SiteLink } from "./site-link";
import { POSITIONINGS, POSITIONING_LABELS } from "@/lib/positioning";
import { MAX_QUERY_LENGTH, type DirectoryQuery, type SearchResult } from "@/lib/search";
import { RoleCard } from "./role-card";

type RoleDirectoryProps = { query: DirectoryQuery; result: SearchResult; total: number };

/** The search form of /roles and its results. A plain GET form: it works without JavaScript. */
export function RoleDirectory({ query, result, total }: RoleDirectoryProps) {
  const filtered = query.q !== "" || query.positioning !== null;
  return (
    <div className="space-y-8">
      <form action="/roles" method="get" role="search" className="grid gap-4 rounded-lg border border-line bg-surface p-5 md:grid-cols-[2fr_1fr_auto] md:items-end">
        <div>
          <label htmlFor="recherche-q" className="mb-1 block font-medium">
            Intitulé de poste
          </label>
          <input
            id="recherche-q"
            type="search"
            name="q"
            defaultValue={query.q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="ex. animatrice de communauté, responsable réseaux sociaux"
            className="w-full rounded border border-line bg-paper px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="recherche-positionnement" className="mb-1 block font-medium">
            Positionnement
          </label>
          <select id="recherche-positionnement" name="positionnement" defaultValue={query.positioning ?? ""} className="w-full rounded border border-line bg-paper px-3 py-2">
            <option value="">Tous</option>
            {POSITIONINGS.map((value) => (
              <option key={value} value={value}>
                {POSITIONING_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-paper hover:bg-accent-strong">
          Rechercher
        </button>
      </form>

      <section aria-labelledby="resultats" aria-live="polite">
        <h2 id="resultats" className="mb-4 text-xl font-bold">
          {!filtered
            ? `Les ${total} rôles`
            : result.hits.length > 0
              ? `${result.hits.length} rôle${result.hits.length > 1 ? "s" : ""} pour ${describe(query)}`
              : `Aucun rôle ne correspond à ${describe(query)}`}
        </h2>
        {result.hits.length > 0 ? (
          <ul className="grid gap-4 md:grid-cols-3">
            {result.hits.map((hit) => (
              <li key={hit.role.slug}>
                <RoleCard role={hit.role} matchedTitle={hit.matchedTitle} />
              </li>
            ))}
          </ul>
        ) : (
          <>
            <p className="mb-4">
              {result.closest.some((near) => near.reason)
                ? "Les rôles les plus proches de ce poste par ce qu’ils font, du plus proche au moins proche\u00a0:"
                : "Les rôles les plus proches de votre recherche\u00a0:"}
            </p>
            <ol className="grid gap-4 md:grid-cols-3">
              {result.closest.map(({ role, reason }) => (
                <li key={role.slug} className="flex flex-col gap-2">
                  <RoleCard role={role} />
                  {reason && <p className="text-sm">{reason}</p>}
                </li>
              ))}
            </ol>
          </>
        )}
        {filtered && (
          <p className="mt-6">
            <SiteLink href="/roles">Voir tous les rôles</SiteLink>
          </p>
        )}
      </section>
    </div>
  );
}

function describe({ q, positioning }: DirectoryQuery): string {
  const parts = [q && `« ${q} »`, positioning && `le positionnement « ${POSITIONING_LABELS[positioning].toLowerCase()} »`].filter(Boolean);
  return parts.join(" et ");
}
