/**
 * The sections every role page has, in this order: the job as it is today first, where the
 * sources disagree and the history of the job last. Their anchors are a public contract: job ads
 * link to /roles/<slug>#<anchor> for years. Add anchors, never rename or remove one.
 * `npm run validate` reports a profile whose body lacks one of them, or has more sections.
 */
export const REQUIRED_SECTIONS = [
  { id: "definition", title: "Définition" },
  { id: "missions", title: "Missions" },
  { id: "competences", title: "Compétences" },
  { id: "indicateurs", title: "Indicateurs de résultats" },
  { id: "canaux", title: "Canaux et outils" },
  { id: "organisation", title: "Place dans l’organisation" },
  { id: "remuneration", title: "Rémunération" },
  { id: "acces", title: "Accès et parcours" },
  { id: "conditions", title: "Conditions de travail" },
  { id: "quand-recruter", title: "Quand recruter ce profil" },
  { id: "divergences", title: "Les sources divergent" },
  { id: "evolution", title: "Évolution du métier" },
] as const;

/** At most this many `##` sections on a role page: past it, a reader on a phone loses the thread. */
export const MAX_SECTIONS = 12;

/** Sub-sections of the missions: the core missions, then those that depend on the company. */
export const REQUIRED_SUBSECTIONS = ["au-quotidien", "selon-entreprise"] as const;

/**
 * Anchors of sections since merged into others, which job ads may still link to. Each stays on the
 * page as an older id of the heading that holds its content now (`## Définition {#definition #vue-officielle}`).
 */
export const LASTING_ANCHORS = ["vue-officielle", "missions-strategiques", "missions-operationnelles", "outils", "marche", "cadre-legal", "roles-voisins"] as const;

/**
 * Sections about the past and the sources themselves: the only ones where a claim may rest on
 * sources published before PRESENT_DAY_FROM alone.
 */
export const HISTORY_SECTIONS = ["divergences", "evolution"] as const;

/** The first year of a present-day source: the role pages describe the job as it is today. */
export const PRESENT_DAY_FROM = 2020;

/** At most this share of a role page's citations may go to sources published before PRESENT_DAY_FROM. */
export const MAX_OLD_CITATION_SHARE = 0.15;

/** Ids the role page itself adds around the Markdown body, valid as `#…` links in a profile. */
export const PAGE_ANCHORS = ["en-bref", "codes", "sources", "lier-ce-role"] as const;

/** Core missions of a profile: at least this many (the « Au quotidien » list). */
export const CORE_MISSIONS_MIN = 5;
/** Core items of a profile (missions, skills, indicators): at most this many, what the job-ad writer preselects. */
export const CORE_ITEMS_MAX = 8;
