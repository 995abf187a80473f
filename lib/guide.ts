/**
 * "Quel profil recruter ?": the questions and the decision, as pure data and a pure function,
 * so that the server (GET form, no JavaScript) and the browser (live update) give the same answer.
 * Every reason cites the source of the advice it applies.
 */
export const GUIDE_QUESTIONS = [
  {
    id: "besoin",
    label: "De quoi avez-vous le plus besoin ?",
    options: [
      { value: "strategie", label: "Une stratégie sur les réseaux sociaux" },
      { value: "contenu", label: "Des contenus (articles, pages, livres blancs)" },
      { value: "animation", label: "Animer une communauté au quotidien" },
    ],
  },
  {
    id: "audience",
    label: "Votre communauté en ligne aujourd'hui",
    options: [
      { value: "petite", label: "Petite, peu d'échanges" },
      { value: "grande", label: "Large ou très active" },
    ],
  },
  {
    id: "conversion",
    label: "Vos conversions par rapport aux visites",
    options: [
      { value: "visites", label: "Beaucoup de visites, peu de conversions" },
      { value: "audience", label: "Bonnes conversions, audience qui stagne" },
      { value: "inconnu", label: "Je ne sais pas" },
    ],
  },
  {
    id: "postes",
    label: "Combien de postes pouvez-vous financer ?",
    options: [
      { value: "un", label: "Un seul" },
      { value: "plusieurs", label: "Plusieurs (une équipe)" },
    ],
  },
  {
    id: "agence",
    label: "Travaillez-vous avec une agence ?",
    options: [
      { value: "non", label: "Non" },
      { value: "oui", label: "Oui" },
    ],
  },
] as const;

type Question = (typeof GUIDE_QUESTIONS)[number];
export type GuideAnswers = { [Q in Question as Q["id"]]: Q["options"][number]["value"] };

export const DEFAULT_ANSWERS: GuideAnswers = { besoin: "animation", audience: "grande", conversion: "inconnu", postes: "un", agence: "non" };

const CM = "community-manager";
const CONTENT = "content-manager";
const SMM = "social-media-manager";

export type Reason = { text: string; sources: string[] };
export type Recommendation = {
  /** The roles to hire, most important first. */
  roles: string[];
  /** True when one person should hold the roles listed. */
  onePerson: boolean;
  reasons: Reason[];
};

/** Reads the answers from URL parameters; anything missing or unknown falls back to the default. */
export function parseGuideAnswers(params: Record<string, string | string[] | undefined>): GuideAnswers {
  const answers = { ...DEFAULT_ANSWERS } as Record<string, string>;
  for (const question of GUIDE_QUESTIONS) {
    const raw = params[question.id];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (question.options.some((option) => option.value === value)) answers[question.id] = value as string;
  }
  return answers as GuideAnswers;
}

export function hasGuideAnswers(params: URLSearchParams): boolean {
  return GUIDE_QUESTIONS.some((question) => params.has(question.id));
}

const NEED: Record<GuideAnswers["besoin"], { role: string; reason: Reason }> = {
  strategie: {
    role: SMM,
    reason: { text: "Vous cherchez d'abord une stratégie : c'est le Social Media Manager qui la définit, choisit les réseaux et les campagnes, et fixe au Community Manager ses objectifs.", sources: ["smm-vs-cm", "blog-2013", "hajjar"] },
  },
  contenu: {
    role: CONTENT,
    reason: { text: "Vous cherchez d'abord des contenus : le Content Manager les produit, des articles aux pages du site et aux livres blancs, et contribue au positionnement de la marque comme à son référencement naturel.", sources: ["blog-2013"] },
  },
  animation: {
    role: CM,
    reason: { text: "Vous cherchez d'abord à faire vivre une communauté : c'est le cœur du métier de Community Manager, qui anime, modère et nourrit les conversations.", sources: ["blog-2013", "hajjar", "doingbuzz"] },
  },
};

/** Why one person can hold two roles, for each pair the sources speak of. */
const ONE_PERSON: Array<{ pair: [string, string]; reason: Reason }> = [
  {
    pair: [SMM, CM],
    reason: { text: "Un seul poste pour deux rôles : dans certaines organisations, une personne cumule les fonctions de Social Media Manager et de Community Manager en s'appuyant sur des experts, internes comme externes ; ce poste unique porte souvent le titre de Community Manager, mais les deux fonctions restent nécessaires.", sources: ["blog-2013", "hajjar"] },
  },
  {
    pair: [CM, CONTENT],
    reason: { text: "Un seul poste pour deux rôles : selon la taille de l'entreprise, le Community Manager peut aussi être Content Manager lorsqu'il prend en charge la création des contenus.", sources: ["cm-interface"] },
  },
  {
    pair: [SMM, CONTENT],
    reason: { text: "Un seul poste pour deux rôles : le Social Media Manager crée lui-même des contenus qu'il diffuse au nom de la marque ; pour des contenus de fond (pages du site, livres blancs), un Content Manager reste le spécialiste.", sources: ["hajjar", "blog-2013"] },
  },
];

/** The recommendation for a set of answers. */
export function recommend(answers: GuideAnswers): Recommendation {
  const reasons: Reason[] = [NEED[answers.besoin].reason];
  let roles = [NEED[answers.besoin].role];
  const add = (role: string) => {
    if (!roles.includes(role)) roles.push(role);
  };

  if (answers.conversion === "visites") {
    add(CM);
    reasons.push({ text: "Beaucoup de visites mais peu de conversions : selon Hajjar, c'est la situation où le Community Manager est la meilleure option.", sources: ["hajjar"] });
  } else if (answers.conversion === "audience") {
    add(SMM);
    reasons.push({ text: "De bonnes conversions mais une audience qui stagne : selon Hajjar, le Social Media Manager est alors le choix le plus indiqué.", sources: ["hajjar"] });
  }

  if (answers.audience === "petite" && roles.includes(CM)) {
    roles = [SMM, ...roles.filter((role) => role !== CM && role !== SMM)];
    reasons.push({ text: "Avec une petite communauté et peu d'échanges, un Community Manager dédié n'est pas indispensable : le Social Media Manager suffit. L'inverse ne tient pas, car une communauté ne vit que d'une actualité régulière, que définit le Social Media Management.", sources: ["hajjar"] });
  }

  if (answers.postes === "plusieurs") {
    if (roles.length === 1 && roles[0] !== SMM) add(SMM);
    if (roles.includes(SMM)) {
      reasons.push({ text: "Avec une équipe, le Social Media Manager encadre et pilote plusieurs Community Managers, des content managers et des chefs de projets sociaux.", sources: ["cm-interface", "tdmetiers-2016"] });
      roles = [SMM, ...roles.filter((role) => role !== SMM)];
    }
  }

  const onePerson = answers.postes === "un" && roles.length > 1;
  if (onePerson) reasons.push(...ONE_PERSON.filter(({ pair }) => pair.every((role) => roles.includes(role))).map(({ reason }) => reason));

  if (answers.agence === "oui") {
    reasons.push({ text: "Avec une agence : une partie de ces fonctions peut être tenue par ses équipes, et le Social Media Manager coordonne alors les intervenants internes et externes.", sources: ["blog-2013"] });
  }

  return { roles, onePerson, reasons };
}

/** The guide's URL for a set of answers: shareable, works without JavaScript. */
export function guidePath(answers: GuideAnswers): string {
  return `/guide?${new URLSearchParams(answers as Record<string, string>)}`;
}
