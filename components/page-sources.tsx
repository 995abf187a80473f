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
    <ol className="source-entries list-decimal space-y-2 pl-7 text-sm marker:font-semibold">
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)} className="max-w-[52ch] scroll-mt-4 rounded target:bg-accent-soft">
          {[source.author ?? source.organisation, source.untitled ? `[${source.title}]` : `«\u00a0${source.title}\u00a0»`, formatPublished(source.published)]
            .filter(Boolean)
            .join(", ")}
          <span className="text-muted"> · {SOURCE_KIND_LABELS[source.kind].toLowerCase()}</span>
          {source.reportedBy && <span className="text-muted"> · connue par une autre source</span>}
          {" · "}
          {source.url ? <a href={source.url}>en ligne</a> : <span className="text-muted">pas d’adresse en ligne</span>}
          {" · "}
          <a href={`/sources#${sourceAnchor(source.id)}`}>fiche complète</a>
        </li>
      ))}
    </ol>
  );
}
