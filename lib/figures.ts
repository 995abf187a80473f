/**
 * Structured figures shown as pictures. Each mirrors statements of the profiles, with the same
 * sources (tests/lib/figures.test.ts checks that the profiles say the same thing).
 */

export type SurveyFigure = {
  sourceId: string;
  citedBy: string;
  title: string;
  date: string;
  sample: string;
  question: string;
  caveat: string;
  values: Array<{ slug: string; percent: number }>;
};

/** Equaero, end of 2010, as reported by the 2013 blog post. */
export const EQUAERO_SURVEY: SurveyFigure = {
  sourceId: "equaero-2010",
  citedBy: "blog-2013",
  title: "Enquête Equaero",
  date: "fin 2010",
  sample: "88 directeurs du marketing et de la communication",
  question: "Part des entreprises interrogées ayant intégré ce rôle",
  caveat: "Le billet qui rapporte ces chiffres les juge anormalement élevés et l'attribue au flou qui entoure encore ces métiers.",
  values: [
    { slug: "community-manager", percent: 68 },
    { slug: "content-manager", percent: 49 },
    { slug: "social-media-manager", percent: 27 },
  ],
};

export type OrgNode = { id: string; label: string; role?: string; detail: string; sources: string[] };
export type OrgLink = { from: string; to: string; sentence: string; sources: string[] };

/** Who sets strategy, who executes, who reports to whom, and where an agency fits. */
export const ORGANISATION: { nodes: OrgNode[]; links: OrgLink[]; note: { text: string; sources: string[] } } = {
  nodes: [
    { id: "direction", label: "Direction marketing ou communication", detail: "L'équipe au sein de laquelle ces rôles travaillent.", sources: ["blog-2013"] },
    { id: "smm", label: "Social Media Manager", role: "social-media-manager", detail: "Définit la stratégie sociale et dirige le service des médias sociaux.", sources: ["smm-vs-cm", "blog-2013"] },
    { id: "agence", label: "Agence (facultative)", detail: "Peut tenir une partie de ces fonctions.", sources: ["blog-2013"] },
    { id: "cm", label: "Community Manager", role: "community-manager", detail: "Anime et modère la communauté, en aval de la stratégie.", sources: ["hajjar", "smm-vs-cm"] },
    { id: "content", label: "Content Manager", role: "content-manager", detail: "Produit les contenus de la marque.", sources: ["blog-2013"] },
  ],
  links: [
    { from: "smm", to: "direction", sentence: "Le Social Media Manager dépend des services marketing.", sources: ["hajjar"] },
    { from: "smm", to: "agence", sentence: "Le Social Media Manager coordonne les intervenants internes et externes, agence comprise.", sources: ["blog-2013", "cm-interface"] },
    { from: "smm", to: "cm", sentence: "Le Social Media Manager fixe ses objectifs au Community Manager et peut piloter plusieurs Community Managers.", sources: ["smm-vs-cm", "cm-interface"] },
    { from: "smm", to: "content", sentence: "Le Social Media Manager encadre aussi les content managers de son équipe.", sources: ["cm-interface", "tdmetiers-2016"] },
  ],
  note: {
    text: "Dans les petites structures, une même personne tient souvent les rôles de Social Media Manager et de Community Manager. Hajjar rattache, lui, le Community Manager aux organes dirigeants plutôt qu'au marketing.",
    sources: ["blog-2013", "hajjar"],
  },
};
