import { sourceAnchor, SOURCE_KIND_LABELS } from "@/lib/citations";
import { formatDate, formatPublished } from "@/lib/format";
import type { Source } from "@/lib/schema";

type PageSourcesProps = {
  /** The sources the page cites, in the order of its citation marks: entry n is mark [n]. */
  sources: Source[];
};

/**
 * The numbered list a page's citation marks point to (`#source-<id>`): who, what, when, and the
 * way to the text. The title leads to the full entry on the bibliography page (date consulted,
 * what the source is, how it was read).
 */
export function PageSources({ sources }: PageSourcesProps) {
  return (
    <ol className="source-entries">
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)}>
          {(source.author ?? source.organisation) && `${source.author ?? source.organisation}, `}
          <a href={`/sources#${sourceAnchor(source.id)}`}>{source.untitled ? `[${source.title}]` : `«\u00a0${source.title}\u00a0»`}</a>
          {source.published ? `, ${formatPublished(source.published)}` : `, non daté, consulté le ${formatDate(source.consulted)}`}
          <small> · {SOURCE_KIND_LABELS[source.kind].toLowerCase()}</small>
          {source.reportedBy && <small> · connue par une autre source</small>}
          {" · "}
          {source.url ? <a href={source.url}>en ligne</a> : <small>pas d’adresse en ligne</small>}
        </li>
      ))}
    </ol>
  );
}
