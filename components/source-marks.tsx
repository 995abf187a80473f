import type { NumberedSource } from "@/lib/compare";
import { useLocale, useTranslations } from "next-intl";
import { joinList } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

/** The id of a source's entry in the list under the comparison table. */
export function tableSourceId(sourceId: string): string {
  return `source-${sourceId}`;
}

type SourceMarksProps = { ids: string[]; sources: ReadonlyMap<string, NumberedSource> };

/**
 * The sources a statement of the comparison table rests on, `[1, 3]`, numbered as in the list under
 * the table. One link per statement, not one per number: fewer keyboard stops, and a 24 × 24 px
 * target on touch screens (`.source-mark`, app/globals.css). It leads to the first of them; the
 * others are next to it in the list, and every title is in the link's name.
 */
export function SourceMarks({ ids, sources }: SourceMarksProps) {
  const t = useTranslations("markdown");
  const locale = useLocale() as Locale;
  const cited = [...new Set(ids)]
    .map((id) => sources.get(id))
    .filter((source): source is NumberedSource => source !== undefined)
    .sort((a, b) => a.number - b.number);
  if (cited.length === 0) return null;
  const numbers = cited.map((source) => source.number);
  return (
    <a href={`#${tableSourceId(cited[0].id)}`} className="source-mark" title={cited.map((source) => `${source.number}. ${source.title}`).join("\n")}>
      <span className="sr-only">{cited.length > 1 ? t("sources") : t("source")} </span>[{numbers.join(", ")}]
      <span className="sr-only">{t("colon")} {joinList(cited.map((source) => source.title), locale)}</span>
    </a>
  );
}
