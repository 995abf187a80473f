/**
 * The comparison dimensions, defined once. Each role gives a value for every dimension
 * (`dimensions` in its front matter); the comparison table and the API read this list.
 */
export const DIMENSIONS = [
  { id: "purpose", label: "Raison d’être", help: "Ce pour quoi l’entreprise crée le poste." },
  { id: "positioning", label: "Positionnement", help: "Stratégique (il décide) ou opérationnel (il exécute), ou les deux." },
  { id: "reportingLine", label: "Rattachement", help: "À qui le poste rend compte." },
  { id: "manages", label: "Encadrement", help: "Qui le poste dirige ou coordonne." },
  { id: "channels", label: "Canaux", help: "Où le poste s’exerce." },
  { id: "timeDemands", label: "Disponibilité", help: "Ce que le poste demande en temps et en présence." },
  { id: "activities", label: "Activités principales", help: "Ce que le poste fait le plus souvent." },
  { id: "skills", label: "Compétences clés", help: "Ce qu’il faut savoir faire pour tenir le poste." },
  { id: "measurement", label: "Mesure des résultats", help: "Les indicateurs par lesquels on juge le travail." },
  { id: "pay", label: "Rémunération", help: "Ce que disent les sources du salaire." },
  { id: "whenToChoose", label: "Quand recruter ce profil", help: "La situation dans laquelle ce rôle est le bon choix." },
] as const;

export type Dimension = (typeof DIMENSIONS)[number];
export type DimensionId = Dimension["id"];

export const DIMENSION_IDS = DIMENSIONS.map((dimension) => dimension.id) as [DimensionId, ...DimensionId[]];
