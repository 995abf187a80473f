import type { Source } from "./schema";

export type CitedSource = Source & {
  /** What rests on this source (on /sources: the profiles that cite it). */
  supports: string[];
};

export const SOURCE_KIND_LABELS: Record<Source["kind"], string> = {
  reference: "Référentiel officiel",
  certification: "Certification",
  law: "Texte juridique",
  statistics: "Statistique publique",
  survey: "Enquête",
  press: "Presse",
  blog: "Blog",
  article: "Article",
  dataset: "Données",
};

/** A link to a source's entry in the bibliography page, named by its short label. */
export type SourceLink = { title: string; label: string; href: string };

export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

export function sourceLink(source: Source): SourceLink {
  return { title: source.title, label: source.short, href: `/sources#${sourceAnchor(source.id)}` };
}
