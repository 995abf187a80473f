import { useLocale, useTranslations } from "next-intl";
import { sourceAnchor, sourceKindLabel } from "@/lib/citations";
import { formatDate, formatPublished, quoted } from "@/lib/format";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import type { CitedFrom, Source } from "@/lib/schema";

type PageSourcesProps = {
  /** The sources the page cites, in the order of its citation marks: entry n is mark [n]. */
  sources: Source[];
  /** Where the page's text cites each source: each entry leads back to its marks. */
  citedFrom?: CitedFrom;
};

/** Links from an entry back to the marks that cite it: « ↑ » for one, « ↑ 1 2 3 » for several. */
function BackLinks({ marks }: { marks: string[] }) {
  const t = useTranslations("sources");
  if (marks.length === 0) return null;
  return (
    <span className="back-links">
      {" · "}
      {marks.map((mark, index) => (
        <a key={mark} href={`#${mark}`} aria-label={marks.length > 1 ? t("backTo", { n: index + 1 }) : t("back")} className="px-1">
          {marks.length > 1 ? `↑${index + 1}` : "↑"}
        </a>
      ))}
    </span>
  );
}

/**
 * The numbered list a page's citation marks point to (`#source-<id>`): who, what, when, and the
 * way to the text. The title leads to the full entry on the bibliography page (date consulted,
 * what the source is, how it was read). Titles stay in the source's own language.
 */
export function PageSources({ sources, citedFrom = {} }: PageSourcesProps) {
  const t = useTranslations("sources");
  const locale = useLocale() as Locale;
  return (
    <ol className="source-entries">
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)}>
          {(source.author ?? source.organisation) && `${source.author ?? source.organisation}, `}
          <a href={localisePath(`/sources#${sourceAnchor(source.id)}`, locale)} lang={source.untitled ? undefined : source.language}>
            {source.untitled ? `[${source.title}]` : quoted(source.title, locale)}
          </a>
          {source.published ? `, ${formatPublished(source.published, locale)}` : `, ${t("undatedConsulted", { date: formatDate(source.consulted, locale) })}`}
          <small> · {sourceKindLabel(source.kind, locale).toLowerCase()}</small>
          {source.reportedBy && <small> · {t("reported")}</small>}
          {" · "}
          {source.url ? <a href={source.url}>{t("online")}</a> : <small>{t("noAddress")}</small>}
          <BackLinks marks={citedFrom[source.id] ?? []} />
        </li>
      ))}
    </ol>
  );
}
