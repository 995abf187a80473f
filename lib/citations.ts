import { DIMENSIONS } from "./dimensions";
import type { Role, Source } from "./schema";

export type CitedSource = Source & {
  /** Short descriptions of the statements of the profile that rest on this source. */
  supports: string[];
};

/** The bibliography of a role: each source it cites, with the statements that cite it. */
export function citedSources(role: Role): CitedSource[] {
  const supports = new Map<string, string[]>(role.sources.map((source) => [source.id, []]));
  const cite = (ids: string[], statement: string) => {
    for (const id of ids) supports.get(id)?.push(statement);
  };
  cite(role.positioning.sources, "le positionnement");
  for (const other of role.otherTitles) cite(other.sources, `l’intitulé « ${other.title} »`);
  for (const item of role.missions.strategic) cite(item.sources, `mission stratégique : ${item.text}`);
  for (const item of role.missions.operational) cite(item.sources, `mission opérationnelle : ${item.text}`);
  for (const item of role.skills) cite(item.sources, `compétence : ${item.text}`);
  for (const item of role.indicators) cite(item.sources, `indicateur : ${item.text}`);
  for (const item of role.channels) cite(item.sources, `canal : ${item.text}`);
  for (const dimension of DIMENSIONS) cite(role.dimensions[dimension.id].sources, `comparaison : ${dimension.label.toLowerCase()}`);
  if (role.salary) cite([role.salary.source], "la rémunération");
  return role.sources.map((source) => ({ ...source, supports: [...new Set(supports.get(source.id))] }));
}

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
