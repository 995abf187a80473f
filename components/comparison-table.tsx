import { useLocale, useTranslations } from "next-intl";
import { formatPublished } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { SiteLink } from "./site-link";
import type { Comparison, ComparisonRow, NumberedSource } from "@/lib/compare";
import type { Item, Role } from "@/lib/schema";
import { rolePath } from "@/lib/site";
import { SourceMarks, tableSourceId } from "./source-marks";

type ComparisonTableProps = { comparison: Comparison };
type Sources = ReadonlyMap<string, NumberedSource>;

/** `CM`, or the title of a role without an abbreviation. */
function shortName(role: Role): string {
  return role.abbreviation ?? role.title;
}

function ItemList({ items, sources }: { items: Item[]; sources: Sources }) {
  return (
    <ul className="list-disc space-y-1 pl-4 text-sm">
      {items.map((item) => (
        <li key={item.key}>
          {item.text} <SourceMarks ids={item.sources} sources={sources} />
        </li>
      ))}
    </ul>
  );
}

/** Items both roles have: once, across both columns; with each role's wording when they differ. */
function SharedItems({ pairs, roles, sources }: { pairs: Array<[Item, Item]>; roles: [Role, Role]; sources: Sources }) {
  const t = useTranslations("compare");
  return (
    <ul className="list-disc space-y-1 pl-4 text-sm">
      {pairs.map(([first, second]) => (
        <li key={first.key}>
          {first.text === second.text ? (
            <>
              {first.text} <SourceMarks ids={[...first.sources, ...second.sources]} sources={sources} />
            </>
          ) : (
            [first, second].map((item, index) => (
              <span key={roles[index].slug} className="block">
                <span className="font-semibold">{shortName(roles[index])}{t("colon")}</span> {item.text} <SourceMarks ids={item.sources} sources={sources} />
              </span>
            ))
          )}
        </li>
      ))}
    </ul>
  );
}

/** The label at the top of a cell of items: a symbol and a colour, and words, so that colour is never the only cue. */
function Mark({ kind, children }: { kind: "shared" | "specific"; children: string }) {
  return (
    <p className={`item-mark item-mark-${kind}`}>
      <span aria-hidden="true">{kind === "shared" ? "⇔" : "◆"}</span> {children}
    </p>
  );
}

function DimensionRows({ row, roles, sources }: { row: ComparisonRow; roles: [Role, Role]; sources: Sources }) {
  const t = useTranslations("compare");
  const { dimension, values, items } = row;
  const hasSpecific = items !== undefined && items.specific.some((list) => list.length > 0);
  return (
    <tbody id={`dimension-${dimension.id}`} className="dimension">
      <tr>
        <th scope="row" className="p-3 font-semibold">
          {dimension.label}
          <span className="mt-0.5 block text-sm font-normal text-muted">{dimension.help}</span>
        </th>
        {roles.map((role, index) => (
          <td key={role.slug} className="p-3">
            {values[index].text} <SourceMarks ids={values[index].sources} sources={sources} />
          </td>
        ))}
      </tr>
      {items && items.shared.length > 0 && (
        <tr className="items">
          <th scope="row" className="px-3 py-2 text-sm font-normal text-muted">
            {t("inCommonRow", { dimension: dimension.label })}
          </th>
          <td colSpan={2} className="items-shared px-3 py-2">
            <Mark kind="shared">{t("inCommon", { count: items.shared.length })}</Mark>
            <SharedItems pairs={items.shared} roles={roles} sources={sources} />
          </td>
        </tr>
      )}
      {items && hasSpecific && (
        <tr className="items">
          <th scope="row" className="px-3 py-2 text-sm font-normal text-muted">
            {t("ownRow", { dimension: dimension.label })}
          </th>
          {roles.map((role, index) => (
            <td key={role.slug} className="items-specific px-3 py-2">
              {items.specific[index].length > 0 ? (
                <>
                  <Mark kind="specific">{t("ownTo", { name: shortName(role), count: items.specific[index].length })}</Mark>
                  <ItemList items={items.specific[index]} sources={sources} />
                </>
              ) : (
                <p className="text-sm text-muted">{t("nothingOwn")}</p>
              )}
            </td>
          ))}
        </tr>
      )}
    </tbody>
  );
}

/**
 * A real table: a column header per role, a row header per dimension and per line of items. Items
 * both roles have (same `key`) take one cell across both columns; the others sit side by side.
 * No ARIA roles: on phones the CSS lays rows out as grids, and Chromium keeps the table semantics.
 */
export function ComparisonTable({ comparison }: ComparisonTableProps) {
  const t = useTranslations("compare");
  const locale = useLocale() as Locale;
  const { roles, rows } = comparison;
  const sources = new Map(comparison.sources.map((source) => [source.id, source]));
  return (
    <table className="comparison w-full table-fixed border-collapse text-left align-top">
      <caption className="sr-only">
        {t("caption", { a: roles[0].title, b: roles[1].title })}
      </caption>
      <colgroup>
        <col className="w-[22%]" />
        <col className="w-[39%]" />
        <col className="w-[39%]" />
      </colgroup>
      <thead>
        <tr>
          <td className="corner" />
          {roles.map((role) => (
            <th key={role.slug} scope="col" className="p-3 text-lg font-bold">
              <SiteLink href={rolePath(role.slug)} locale={locale}>{role.title}</SiteLink>
            </th>
          ))}
        </tr>
      </thead>
      {rows.map((row) => (
        <DimensionRows key={row.dimension.id} row={row} roles={roles} sources={sources} />
      ))}
    </table>
  );
}

/** The sources of the table, with the numbers its marks use. */
export function ComparisonSources({ comparison }: ComparisonTableProps) {
  const t = useTranslations("compare");
  const locale = useLocale() as Locale;
  const { roles } = comparison;
  return (
    <section aria-labelledby="sources-du-tableau" className="max-w-prose space-y-3">
      <h2 id="sources-du-tableau" className="text-2xl font-bold">
        {t("tableSources")}
      </h2>
      <ol className="space-y-2">
        {comparison.sources.map((source) => (
          <li key={source.id} id={tableSourceId(source.id)} className="flex gap-2 rounded-md p-1 target:bg-accent-soft">
            <span className="min-w-[2ch] font-semibold">{source.number}.</span>
            <span>
              {source.url ? <a href={source.url} lang={source.untitled ? undefined : source.language}>{source.title}</a> : <cite lang={source.untitled ? undefined : source.language} className="not-italic">{source.title}</cite>}
              <span className="block text-sm text-muted">
                {[source.author, source.organisation, source.publisher, formatPublished(source.published, locale)].filter(Boolean).join(" · ")}
              </span>
            </span>
          </li>
        ))}
      </ol>
      <p className="text-sm text-muted">
        {t.rich("detailIn", {
          a: () => <SiteLink href={rolePath(roles[0].slug, "sources")} locale={locale}>{roles[0].title}</SiteLink>,
          b: () => <SiteLink href={rolePath(roles[1].slug, "sources")} locale={locale}>{roles[1].title}</SiteLink>,
        })}
      </p>
    </section>
  );
}
