import { sourceAnchor, SOURCE_KIND_LABELS } from "@/lib/citations";
import { formatPublished } from "@/lib/format";
import type { Source } from "@/lib/schema";

type PageSourcesProps = {
  /** The sources the page cites, in the order of its citation marks: entry n is mark [n]. */
  sources: Source[];
};

/**
 * The numbered list a page's citation marks point to (`#source-<id>`): who, what, when, and the
 * way to the text. The full entry (date consulted, what the source is, how it was read) is on the
 * bibliography page, one link away.
 */
export function PageSources({ sources }: PageSourcesProps) {
  return (
    <ol className="source-entries">
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)}>
          {[source.author ?? source.organisation, source.untitled ? `[${source.title}]` : `«\u00a0${source.title}\u00a0»`, formatPublished(source.published)]
            .filter(Boolean)
            .join(", ")}
          <small> · {SOURCE_KIND_LABELS[source.kind].toLowerCase()}</small>
          {source.reportedBy && <small> · connue par une autre source</small>}
          {" · "}
          {source.url ? <a href={source.url}>en ligne</a> : <small>pas d’adresse en ligne</small>}
          {" · "}
          <a href={`/sources#${sourceAnchor(source.id)}`}>fiche complète</a>
        </li>
      ))}
    </ol>
  );
}
