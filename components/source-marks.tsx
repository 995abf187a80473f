import type { Source } from "@/lib/schema";
import { rolePath } from "@/lib/site";

type SourceMarksProps = { ids: string[]; sources: Source[]; roleSlug: string };

/** Numbered links, `[1, 3]`, to the entries of the role's bibliography that a statement rests on. */
export function SourceMarks({ ids, sources, roleSlug }: SourceMarksProps) {
  const cited = ids
    .map((id) => ({ id, number: sources.findIndex((source) => source.id === id) + 1 }))
    .filter(({ number }) => number > 0)
    .sort((a, b) => a.number - b.number);
  if (cited.length === 0) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap text-xs text-muted">
      [
      {cited.map(({ id, number }, index) => (
        <span key={id}>
          {index > 0 && ", "}
          <a href={rolePath(roleSlug, `source-${id}`)} title={sources[number - 1].title}>
            <span className="sr-only">source {number} : {sources[number - 1].title}</span>
            <span aria-hidden="true">{number}</span>
          </a>
        </span>
      ))}
      ]
    </sup>
  );
}
