/** The routes of the site, one per kind of page, checked in the browser and for headers. */
export const PAGE_ROUTES = [
  "/",
  "/roles",
  "/roles?q=animatrice%20de%20communaut%C3%A9",
  "/roles/community-manager",
  "/roles/content-manager",
  "/roles/social-media-manager",
  "/roles/communty-manager",
  "/compare",
  "/compare/community-manager/social-media-manager",
  "/compare/content-manager/community-manager",
  "/compare/community-manager/inconnu",
  "/guide",
  "/guide?besoin=contenu&audience=petite&conversion=visites&postes=un&agence=oui",
  "/verifier-une-offre",
  "/rediger-une-offre",
  "/rediger-une-offre?role=social-media-manager",
] as const;
