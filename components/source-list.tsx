import { SOURCE_KIND_LABELS, type CitedSource } from "@/lib/citations";

type SourceListProps = { sources: CitedSource[] };

export function SourceList({ sources }: SourceListProps) {
  return (
    <ol className="list-decimal space-y-4 pl-6 marker:font-semibold">
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.id}`} className="rounded-md border border-line p-4 target:border-accent target:bg-accent-soft">
          <p>
            <span className="mr-2 rounded bg-surface px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-muted">
              {SOURCE_KIND_LABELS[source.kind]}
            </span>
            {source.url ? <a href={source.url}>{source.title}</a> : <cite className="font-semibold not-italic">{source.title}</cite>}
          </p>
          <p className="mt-1 text-sm text-muted">
            {[source.author, source.publisher, source.date ?? "non daté"].filter(Boolean).join(" · ")}
          </p>
          <p className="mt-2 text-sm">{source.note}</p>
          {source.supports.length > 0 && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-accent">
                Ce qui repose sur cette source ({source.supports.length})
              </summary>
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
