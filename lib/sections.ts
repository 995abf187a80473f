/**
 * The section anchors every role page has. They are a public contract: job ads link to
 * /roles/<slug>#<anchor> for years. Add anchors, never rename or remove one.
 * `npm run validate` reports a profile whose body lacks one of them.
 */
export const REQUIRED_SECTIONS = [
  { id: "definition", title: "Définition" },
  { id: "missions", title: "Missions" },
  { id: "competences", title: "Compétences" },
  { id: "indicateurs", title: "Indicateurs de résultats" },
  { id: "canaux", title: "Canaux et outils" },
  { id: "organisation", title: "Place dans l’organisation" },
  { id: "remuneration", title: "Rémunération" },
  { id: "evolution", title: "Évolution du métier" },
  { id: "divergences", title: "Divergences entre les sources" },
  { id: "quand-recruter", title: "Quand recruter ce profil" },
  { id: "roles-voisins", title: "Rôles voisins" },
] as const;

/** Sub-sections that job ads may link to as well. */
export const REQUIRED_SUBSECTIONS = ["missions-strategiques", "missions-operationnelles"] as const;

/** Ids the role page itself adds around the Markdown body, valid as `#…` links in a profile. */
export const PAGE_ANCHORS = ["en-bref", "codes", "sources", "lier-ce-role"] as const;
