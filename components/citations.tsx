import type { SourceLink } from "@/lib/citations";
import { listSeparator } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

type CitationsProps = { ids: string[]; sources: Record<string, SourceLink>; locale?: Locale };

/** ` (Hajjar ; Billet de blog, 2013)`: the sources of a statement, each linked to the bibliography. */
export function Citations({ ids, sources, locale = DEFAULT_LOCALE }: CitationsProps) {
  if (ids.length === 0) return null;
  return (
    <span className="text-sm text-muted">
      {" "}(
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && listSeparator(locale)}
          {sources[id] ? (
            <a href={sources[id].href} title={sources[id].title}>
              {sources[id].label}
            </a>
          ) : (
            id
          )}
        </span>
      ))}
      )
    </span>
  );
}
