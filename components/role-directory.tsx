import { useLocale, useTranslations } from "next-intl";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import { SiteLink } from "./site-link";
import { POSITIONINGS, positioningLabel } from "@/lib/positioning";
import { MAX_QUERY_LENGTH, type DirectoryQuery, type SearchResult } from "@/lib/search";
import { RoleCard } from "./role-card";

type RoleDirectoryProps = { query: DirectoryQuery; result: SearchResult; total: number };

/** The search form of /roles and its results. A plain GET form: it works without JavaScript. */
export function RoleDirectory({ query, result, total }: RoleDirectoryProps) {
  const t = useTranslations("directory");
  const locale = useLocale() as Locale;
  const filtered = query.q !== "" || query.positioning !== null;
  const described = [query.q && t("queryText", { q: query.q }), query.positioning && t("queryPositioning", { positioning: positioningLabel(query.positioning, locale).toLowerCase() })]
    .filter(Boolean)
    .join(` ${t("and")} `);
  return (
    <div className="space-y-8">
      <form action={localisePath("/roles", locale)} method="get" role="search" className="grid gap-4 rounded-lg border border-line bg-surface p-5 md:grid-cols-[2fr_1fr_auto] md:items-end">
        <div>
          <label htmlFor="recherche-q" className="mb-1 block font-medium">
            {t("label")}
          </label>
          <input
            id="recherche-q"
            type="search"
            name="q"
            defaultValue={query.q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t("placeholder")}
            className="w-full rounded border border-line bg-paper px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="recherche-positionnement" className="mb-1 block font-medium">
            {t("positioning")}
          </label>
          <select id="recherche-positionnement" name="positionnement" defaultValue={query.positioning ?? ""} className="w-full rounded border border-line bg-paper px-3 py-2">
            <option value="">{t("all")}</option>
            {POSITIONINGS.map((value) => (
              <option key={value} value={value}>
                {positioningLabel(value, locale)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-paper hover:bg-accent-strong">
          {t("submit")}
        </button>
      </form>

      <section aria-labelledby="resultats" aria-live="polite">
        <h2 id="resultats" className="mb-4 text-xl font-bold">
          {!filtered ? t("allCount", { count: total }) : result.hits.length > 0 ? t("found", { count: result.hits.length, query: described }) : t("none", { query: described })}
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
              {result.closest.some((near) => near.reason) ? t("closestByContent") : t("closest")}
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
            <SiteLink href="/roles" locale={locale}>{t("seeAll")}</SiteLink>
          </p>
        )}
      </section>
    </div>
  );
}
