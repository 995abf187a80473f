import type { PhrasingContent, Root, Table, TableCell } from "mdast";
import { sourceKindLabel } from "./citations";
import { SOURCE_LINK } from "./markdown-outline";
import { formatter, translator } from "./i18n/translate";
import type { Locale } from "./i18n/locales";
import type { PayRow, Source } from "./schema";

/** The section of a role page that opens on its pay table. */
export const PAY_SECTION = "remuneration";

const cell = (children: PhrasingContent[]): TableCell => ({ type: "tableCell", children });
const text = (value: string): PhrasingContent => ({ type: "text", value });

/** « 25 500 € », « 25 500 à 30 000 € », « 2 230 € » in the language's conventions. */
function amount(row: PayRow, locale: Locale): string {
  const money = (value: number) => formatter(locale).number(value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const t = translator(locale, "pay");
  return row.amountMax === undefined ? money(row.amount) : t("between", { low: money(row.amount), high: money(row.amountMax) });
}

/**
 * A role's pay table, as Markdown syntax: one row per figure: the experience it covers; the amount,
 * gross or net, per year or month, with what it is (median, mean, range), its year and its area;
 * what it covers and the kind of source, with a citation mark. Part of the profile's tree, so its sources are
 * numbered with the page's.
 */
export function payTable(rows: PayRow[], sources: ReadonlyMap<string, Source>, locale: Locale): Table {
  const t = translator(locale, "pay");
  const header = ["level", "amount", "covers"] as const;
  return {
    type: "table",
    align: header.map(() => null),
    children: [
      { type: "tableRow", children: header.map((name) => cell([text(t(`head.${name}`))])) },
      ...rows.map((row) => {
        const source = sources.get(row.source);
        return {
          type: "tableRow" as const,
          children: [
            cell([text(t(`level.${row.level}`))]),
            cell([
              { type: "strong", children: [text(`${amount(row, locale)} ${t(`basis.${row.basis}`)} ${t(`period.${row.period}`)}`)] },
              { type: "break" },
              text(`${t(`statistic.${row.statistic}`)} · ${row.year} · ${t(`area.${row.area}`)}`),
            ]),
            cell([
              text(`${row.covers} — ${source ? sourceKindLabel(source.kind, locale).toLowerCase() : ""} (`),
              { type: "link", url: `${SOURCE_LINK}${row.source}`, children: [text(source?.short ?? row.source)] },
              text(")"),
            ]),
          ],
        };
      }),
    ],
  };
}

/** The tree with the pay table right under the heading of the pay section (a copy: the parsed tree may be cached). */
export function withPayTable(tree: Root, rows: PayRow[], sources: ReadonlyMap<string, Source>, locale: Locale, headingId: (text: string) => string | null): Root {
  if (rows.length === 0) return tree;
  const at = tree.children.findIndex((node) => node.type === "heading" && node.depth === 2 && headingId(node.children.map((child) => ("value" in child ? child.value : "")).join("")) === PAY_SECTION);
  if (at < 0) return tree;
  const copy = structuredClone(tree);
  copy.children.splice(at + 1, 0, payTable(rows, sources, locale));
  return copy;
}
