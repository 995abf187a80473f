import type { SourceLink } from "@/lib/citations";
import { listSeparator } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

type CitationsProps = { ids: string[]; sources: Record<string, SourceLink>; locale?: Locale };

/**
 * The sources of a statement on a page without a source list of its own (home, guide): one mark
 * `[3, 12]`, as on the role pages, numbered as in the bibliography page (/sources), where it leads.
 * Its name is the sources' short labels.
 */
export function Citations({ ids, sources, locale = DEFAULT_LOCALE }: CitationsProps) {
  const cited = [...new Set(ids)].flatMap((id) => sources[id] ?? []).sort((a, b) => a.number - b.number);
  if (cited.length === 0) return null;
  return (
    <a
      href={cited[0].href}
      className="source-mark"
      aria-label={cited.map((source) => source.label).join(listSeparator(locale))}
      title={cited.map((source) => `${source.number}. ${source.title}`).join("\n")}
    >
      [{cited.map((source) => source.number).join(", ")}]
    </a>
  );
}
