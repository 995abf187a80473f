import type { RoleSummary } from "@/lib/role-summary";

/** Typed role summaries shaped like the real catalogue, for search and component tests. */
export const SUMMARIES: RoleSummary[] = [
  {
    slug: "community-manager",
    title: "Community Manager",
    abbreviation: "CM",
    summary: "Anime une communauté en ligne.",
    positioning: "operational",
    otherTitles: ["Animateur de communauté", "Animatrice de communauté", "Gestionnaire de communauté en ligne", "Animateur de communauté virtuelle", "Animatrice de communauté virtuelle"],
  },
  {
    slug: "content-manager",
    title: "Content Manager",
    summary: "Produit les contenus.",
    positioning: "both",
    otherTitles: ["Brand content manager"],
  },
  {
    slug: "social-media-manager",
    title: "Social Media Manager",
    abbreviation: "SMM",
    summary: "Définit la stratégie sociale.",
    positioning: "strategic",
    otherTitles: ["Responsable des médias sociaux", "Responsable de réseaux sociaux"],
  },
];
