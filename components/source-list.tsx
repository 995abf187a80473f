import { SOURCE_KIND_LABELS, sourceAnchor, type CitedSource, type SourceLink } from "@/lib/citations";
import { formatDate, formatPublished } from "@/lib/format";

type SourceListProps = {
  sources: CitedSource[];
  /** Links to every bibliography entry, to name the source that reports another. */
  links: Record<string, SourceLink>;
};

/** The bibliography entries a page cites, numbered, each with its anchor `#source-<id>`. */
export function SourceList({ sources, links }: SourceListProps) {
  return (
    <ol className="list-decimal space-y-4 pl-6 marker:font-semibold">
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)} className="scroll-mt-4 rounded-md border border-line p-4 target:border-accent target:bg-accent-soft">
          <p>
            <span className="mr-2 rounded bg-surface px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-muted">
              {SOURCE_KIND_LABELS[source.kind]}
            </span>
            {source.untitled ? <span className="font-semibold">[{source.title}]</span> : <cite className="font-semibold not-italic">«{"\u00a0"}{source.title}{"\u00a0"}»</cite>}
          </p>
          <p className="mt-1 text-sm text-muted">
            {[source.author, source.organisation, source.publisher, formatPublished(source.published), source.language === "fr" ? null : `en ${source.language === "en" ? "anglais" : source.language}`]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <p className="mt-1 text-sm">
            {source.url ? (
              <a href={source.url} className="break-all">
                {source.url}
              </a>
            ) : (
              <span className="text-muted">Pas d’adresse en ligne{"\u00a0"}: {source.urlMissing}</span>
            )}{" "}
            <span className="text-muted">(consulté le {formatDate(source.consulted)})</span>
          </p>
          {source.publishedNote && <p className="mt-1 text-sm text-muted">{source.publishedNote}</p>}
          {source.reportedBy && (
            <p className="mt-1 text-sm text-muted">
              Connue seulement par <a href={links[source.reportedBy]?.href}>{links[source.reportedBy]?.label ?? source.reportedBy}</a>.
            </p>
          )}
          <p className="mt-2 text-sm">{source.note}</p>
          {source.supports.length > 0 && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-accent">Ce qui repose sur cette source ({source.supports.length})</summary>
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
