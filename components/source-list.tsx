import { useLocale, useTranslations } from "next-intl";
import { sourceAnchor, sourceKindLabel, type CitedSource, type SourceLink } from "@/lib/citations";
import { formatDate, formatPublished, quoted } from "@/lib/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";

type SourceListProps = {
  sources: CitedSource[];
  /** Links to every bibliography entry, to name the source that reports another. */
  links: Record<string, SourceLink>;
};

/** The bibliography entries a page cites, numbered, each with its anchor `#source-<id>`. */
export function SourceList({ sources, links }: SourceListProps) {
  const t = useTranslations("sources");
  const languages = useTranslations("languages");
  const locale = useLocale() as Locale;
  return (
    <ol className="list-decimal space-y-4 pl-6 marker:font-semibold">
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)} className="scroll-mt-4 rounded-md border border-line p-4 target:border-accent target:bg-accent-soft">
          <p>
            <span className="mr-2 rounded bg-surface px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-muted">
              {sourceKindLabel(source.kind, locale)}
            </span>
            {source.untitled ? <span className="font-semibold">[{source.title}]</span> : <cite lang={source.language} className="font-semibold not-italic">{quoted(source.title, locale)}</cite>}
          </p>
          <p className="mt-1 text-sm text-muted">
            {[source.author, source.organisation, source.publisher, formatPublished(source.published, locale), source.language === locale ? null : t("inLanguage", { language: isLocale(source.language) ? languages(source.language) : source.language })]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <p className="mt-1 text-sm">
            {source.url ? (
              <a href={source.url} className="break-all">
                {source.url}
              </a>
            ) : (
              <span className="text-muted">{t("noAddressBecause", { why: source.urlMissing ?? "" })}</span>
            )}{" "}
            <span className="text-muted">({t("consulted", { date: formatDate(source.consulted, locale) })})</span>
          </p>
          {source.readAt && (
            <p className="mt-1 text-sm text-muted">
              {t("readAt", { date: formatDate(source.readAt.consulted, locale) })}{" "}
              <a href={source.readAt.url} className="break-all">
                {source.readAt.url}
              </a>
            </p>
          )}
          {source.publishedNote && <p className="mt-1 text-sm text-muted">{source.publishedNote}</p>}
          {source.reportedBy && (
            <p className="mt-1 text-sm text-muted">
              {t.rich("onlyThrough", { label: links[source.reportedBy]?.label ?? source.reportedBy, link: (chunks) => <a href={links[source.reportedBy!]?.href}>{chunks}</a> })}
            </p>
          )}
          <p className="mt-2 text-sm">{source.note}</p>
          {source.supports.length > 0 && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-accent">{t("supports", { count: source.supports.length })}</summary>
              <ul className="mt-2 list-disc pl-5 text-muted">
                {source.supports.map((statement) => (
                  <li key={statement}>{statement}</li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
