import { SiteLink } from "./site-link";
import type { Comparison, ItemSplit } from "@/lib/compare";
import type { Role } from "@/lib/schema";
import { rolePath } from "@/lib/site";
import { SourceMarks } from "./source-marks";

type ComparisonTableProps = { comparison: Comparison };

function ItemList({ label, items, role }: { label: string; items: ItemSplit["shared"]; role: Role }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">{label}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-4 text-sm">
        {items.map((item) => (
          <li key={item.key}>
            {item.text}
            <SourceMarks ids={item.sources} sources={role.sources} roleSlug={role.slug} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A real table: a column header per role, a row header per dimension. ARIA roles are repeated
 * on purpose: on phones the rows are laid out as grids, which would otherwise drop table semantics.
 */
export function ComparisonTable({ comparison }: ComparisonTableProps) {
  const { roles, rows } = comparison;
  return (
    <table role="table" className="comparison w-full table-fixed border-collapse text-left align-top">
      <caption className="sr-only">
        Comparaison de {roles[0].title} et {roles[1].title}, dimension par dimension, avec les sources de chaque valeur
      </caption>
      <colgroup>
        <col className="w-[22%]" />
        <col className="w-[39%]" />
        <col className="w-[39%]" />
      </colgroup>
      <thead role="rowgroup">
        <tr role="row">
          <td className="corner" />
          {roles.map((role) => (
            <th key={role.slug} role="columnheader" scope="col" className="p-3 text-lg font-bold">
              <SiteLink href={rolePath(role.slug)}>{role.title}</SiteLink>
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map(({ dimension, values, items }) => (
          <tr key={dimension.id} role="row" id={`dimension-${dimension.id}`} className="border-t border-line">
            <th role="rowheader" scope="row" className="p-3 font-semibold">
              {dimension.label}
              <span className="mt-0.5 block text-sm font-normal text-muted">{dimension.help}</span>
            </th>
            {roles.map((role, index) => (
              <td key={role.slug} role="cell" className="p-3">
                <p>
                  {values[index].text}
                  <SourceMarks ids={values[index].sources} sources={role.sources} roleSlug={role.slug} />
                </p>
                {items && (
                  <>
                    <ItemList label={`En commun avec ${roles[1 - index].title}`} items={items[index].shared} role={role} />
                    <ItemList label={`Propre au ${role.title}`} items={items[index].specific} role={role} />
                  </>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
