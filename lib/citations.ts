import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";
import type { Source } from "./schema";

export type CitedSource = Source & {
  /** What rests on this source (on /sources: the profiles that cite it). */
  supports: string[];
};

/** What kind of source it is, in a language (lib/i18n/messages, `sourceKinds`). */
export function sourceKindLabel(kind: Source["kind"], locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale, "sourceKinds")(kind);
}

/** A link to a source's entry in the bibliography page, named by its short label. */
/** `number`: the entry's place in the bibliography page's numbered list, which marks outside role pages show. */
export type SourceLink = { title: string; label: string; href: string; number: number };

/** The id of the n-th citation mark of a page (from 1): where a source list leads back to. */
export function citationAnchor(n: number): string {
  return `cite-${n}`;
}

export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

export function sourceLink(source: Source, number: number): SourceLink {
  return { title: source.title, label: source.short, href: `/sources#${sourceAnchor(source.id)}`, number };
}
