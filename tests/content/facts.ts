/**
 * The fact checklist: every statement the five seed articles make about the three roles,
 * in our own words, with the key terms that must appear in the built record of the role
 * it belongs to (front matter + rendered body). Checked by facts.test.ts.
 */
export type RoleSlug = "community-manager" | "content-manager" | "social-media-manager";

export type Fact = {
  /** Seed file name, in shared/seeds/. */
  source: string;
  role: RoleSlug;
  /** The fact, in French, in our own words. */
  fact: string;
  /** 1–3 key terms that must appear in that role's record (compared accent-, case- and punctuation-insensitively). */
  terms: string[];
};

export const SEEDS = {
  blog2013: "000_89d4b5754ef53359.txt",
  smmVsCm: "001_e080b9086f49aee8.txt",
  hajjar: "002_622779de6a8dda93.txt",
  doingbuzz: "003_bde6296767784ee3.txt",
  cmInterface: "004_807cd20f51e8ae74.txt",
} as const;

const S0 = SEEDS.blog2013;
const S1 = SEEDS.smmVsCm;
const S2 = SEEDS.hajjar;
const S3 = SEEDS.doingbuzz;
const S4 = SEEDS.cmInterface;

const CM = "community-manager";
const CT = "content-manager";
const SMM = "social-media-manager";

export const FACTS: Fact[] = [
  // 000 — billet de blog du 21 juin 2013
  { source: S0, role: CM, fact: "Le billet est daté du 21 juin 2013 et remercie « Isabelle » pour ses informations.", terms: ["2013-06-21", "Isabelle"] },
  { source: S0, role: CM, fact: "Ces métiers sont apparus avec le développement des médias sociaux.", terms: ["essor des médias sociaux"] },
  { source: S0, role: CM, fact: "Enquête Equaero de fin 2010 auprès de 88 directeurs marketing et communication : 68 % des entreprises ont intégré un Community Manager.", terms: ["Equaero", "88 directeurs", "68 %"] },
  { source: S0, role: CT, fact: "Même enquête Equaero : 49 % des entreprises ont intégré un Content Manager.", terms: ["Equaero", "49 %"] },
  { source: S0, role: SMM, fact: "Même enquête Equaero : 27 % des entreprises ont intégré un Social Media Manager.", terms: ["Equaero", "27 %"] },
  { source: S0, role: CM, fact: "L'auteur juge ces chiffres anormalement élevés et l'explique par le flou des définitions de ces métiers.", terms: ["anormalement", "flou"] },
  { source: S0, role: CT, fact: "La réserve sur les chiffres Equaero vaut aussi pour le Content Manager.", terms: ["anormalement élevés", "flou"] },
  { source: S0, role: CM, fact: "Le CM appartient à l'équipe marketing / communication et anime les communautés ciblées dans le cadre d'une stratégie de communication sur les médias sociaux.", terms: ["équipe marketing", "anime les communautés"] },
  { source: S0, role: CM, fact: "Le CM modère les blogs, les pages Facebook et les autres dispositifs de l'entreprise.", terms: ["pages Facebook", "modér"] },
  { source: S0, role: CM, fact: "Le CM nourrit les conversations avec des contenus pertinents.", terms: ["contenus pertinents"] },
  { source: S0, role: CT, fact: "Le Content Manager est responsable de la production des contenus dans l'équipe marketing / communication.", terms: ["production des contenus", "équipe marketing"] },
  { source: S0, role: CT, fact: "Selon l'auteur, son rôle ne se limite pas aux articles de blogs ou de réseaux sociaux comme Facebook.", terms: ["Facebook", "propre avis"] },
  { source: S0, role: CT, fact: "Il rédige aussi les pages des sites web, des livres blancs et des dossiers.", terms: ["pages des sites web", "livres blancs", "dossiers"] },
  { source: S0, role: CT, fact: "Il a un rôle stratégique : positionner la marque sur un domaine d'expertise.", terms: ["domaine d'expertise"] },
  { source: S0, role: CT, fact: "Il contribue au référencement naturel de la marque.", terms: ["référencement naturel"] },
  { source: S0, role: SMM, fact: "Le SMM définit la stratégie de l'entreprise sur les médias sociaux.", terms: ["définit cette stratégie"] },
  { source: S0, role: SMM, fact: "Le SMM coordonne les personnes internes et externes qui mettent la stratégie en œuvre.", terms: ["internes et externes", "coordonne"] },
  { source: S0, role: SMM, fact: "Selon les structures, SMM et CM peuvent être une seule personne, aidée d'experts internes et externes.", terms: ["une seule et même personne", "experts internes"] },
  { source: S0, role: CM, fact: "Le cumul SMM / CM en une seule personne, aidée d'experts, vaut aussi côté CM.", terms: ["experts internes et externes"] },
  { source: S0, role: CM, fact: "Ces fonctions peuvent en partie être tenues par des membres de l'agence de l'entreprise.", terms: ["agence"] },
  { source: S0, role: SMM, fact: "Le recours à l'agence vaut aussi pour le SMM.", terms: ["agence"] },
  { source: S0, role: CT, fact: "Le recours à l'agence est rapporté après la description des trois métiers.", terms: ["agence"] },

  // 001 — « Social media manager : c'est quoi ce métier ? »
  { source: S1, role: SMM, fact: "Beaucoup d'entreprises confondent Community Manager et Social Media Manager, deux métiers très différents.", terms: ["mélangent", "très différents"] },
  { source: S1, role: SMM, fact: "Le responsable des médias sociaux crée, introduit et conduit la stratégie de l'entreprise sur les réseaux sociaux.", terms: ["responsable des médias sociaux", "conduit"] },
  { source: S1, role: SMM, fact: "Il est le stratège et conçoit la présence de l'entreprise sur tous les médias sociaux.", terms: ["stratège", "ensemble des médias sociaux"] },
  { source: S1, role: SMM, fact: "Il a une vision globale des composantes d'une stratégie et sait l'appliquer.", terms: ["composantes"] },
  { source: S1, role: SMM, fact: "Il surveille les comptes et interprète les rapports métriques pour évaluer le retour sur investissement.", terms: ["surveille les comptes", "retour sur investissement", "rapports métriques"] },
  { source: S1, role: SMM, fact: "Dans la hiérarchie, il dirige le service des médias sociaux.", terms: ["tête du service des médias sociaux"] },
  { source: S1, role: CM, fact: "Le CM gère les réseaux sociaux et échange directement avec les fans, clients et followers.", terms: ["fans", "clients", "abonnés"] },
  { source: S1, role: CM, fact: "Le CM agit selon les objectifs fixés par le SMM.", terms: ["objectifs que fixe le", "Social Media Manager"] },
  { source: S1, role: CM, fact: "Le CM s'occupe de la réputation en ligne de la marque.", terms: ["réputation en ligne"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : étude de marché sur les publics de chaque réseau, leur intérêt pour la marque, les tendances et les comportements.", terms: ["étudier le marché", "comportements"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : segmentation de l'audience.", terms: ["segmenter l'audience"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : plan stratégique avec le bon mix de médias sociaux, le budget et les objectifs.", terms: ["plan stratégique", "budget"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : concevoir la croissance des communautés et fixer les actions du CM sur chaque réseau.", terms: ["croissance des communautés"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : analyser les rapports du CM, juger l'efficacité des tactiques, décider des changements.", terms: ["efficacité des tactiques"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : définir les campagnes et les tactiques sur les réseaux sociaux.", terms: ["campagnes", "tactiques"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : être l'interlocuteur des autres services pour coordonner et contrôler l'usage des médias sociaux.", terms: ["interlocuteur des autres services"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : mobiliser tout le personnel sur l'importance des médias sociaux.", terms: ["personnel"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : diriger une crise de réputation et prendre les décisions.", terms: ["crise de réputation"] },
  { source: S1, role: SMM, fact: "Tâche du SMM : campagnes virales et publicité sur les réseaux sociaux.", terms: ["campagnes virales", "publicité"] },
  { source: S1, role: CM, fact: "Le CM transmet ses rapports d'analyse au SMM ; l'article l'appelle aussi « gestionnaire de la communauté ».", terms: ["gestionnaire de la communauté", "rapports d'analyse"] },
  { source: S1, role: CM, fact: "Le CM a déjà une liste de tâches quotidiennes jugée incroyable.", terms: ["incroyable"] },
  { source: S1, role: CM, fact: "En France, des offres d'emploi demandent un CM qui fasse tout, pour environ 2 200 € brut par mois.", terms: ["2 200", "brut par mois", "offres d'emploi"] },
  { source: S1, role: CM, fact: "L'auteur trouve cette situation injuste.", terms: ["injuste"] },
  { source: S1, role: SMM, fact: "Le seul salaire cité concerne des offres de CM qui ajoutent les tâches du SMM ; aucun chiffre pour le SMM.", terms: ["2 200", "aucune des sources ne donne de salaire"] },

  // 002 — Yannick Hajjar
  { source: S2, role: CM, fact: "L'article est signé Yannick Hajjar.", terms: ["Yannick Hajjar"] },
  { source: S2, role: CM, fact: "Ces métiers sont nés du web 2.0.", terms: ["web 2.0"] },
  { source: S2, role: SMM, fact: "L'acquisition de leads par les réseaux sociaux relève d'une stratégie médias sociaux ou de l'inbound marketing.", terms: ["inbound marketing", "leads"] },
  { source: S2, role: SMM, fact: "L'inbound marketing attire les clients par le digital, les relations publiques et les relations presse ; l'offre suscite la demande.", terms: ["relations publiques", "relations avec la presse", "fasse naître la demande"] },
  { source: S2, role: CM, fact: "Le CM intervient en aval du SMM.", terms: ["aval"] },
  { source: S2, role: SMM, fact: "Le SMM intervient en amont du CM.", terms: ["amont"] },
  { source: S2, role: CM, fact: "Le CM publie des contenus attractifs et diversifiés et engage la conversation avec les publics.", terms: ["attrayants", "publics"] },
  { source: S2, role: CM, fact: "Le CM est un animateur qui fédère une communauté et passe d'une plateforme à l'autre.", terms: ["animateur", "plateforme"] },
  { source: S2, role: CM, fact: "Le CM s'imprègne de l'esprit de la marque ; sa touche personnelle fait sa valeur ; c'est un expert du social media.", terms: ["esprit de la marque", "touche personnelle", "expert des médias sociaux"] },
  { source: S2, role: SMM, fact: "Le SMM est orienté marketing : tendances, campagnes, concepts, stratégie, ligne éditoriale, diffusion des contenus.", terms: ["ligne éditoriale", "concepts", "diffusion des contenus"] },
  { source: S2, role: CM, fact: "Hajjar qualifie le CM d'opérationnel.", terms: ["opérationnel"] },
  { source: S2, role: SMM, fact: "Hajjar qualifie le SMM de stratégique.", terms: ["stratégique"] },
  { source: S2, role: CM, fact: "Les deux fonctions sont souvent réunies en un poste, souvent intitulé CM, mais restent toutes deux indispensables.", terms: ["indispensables"] },
  { source: S2, role: SMM, fact: "Le marketing social consiste à attirer des fans vers la page de la marque : contenus, boutons de partage, incitation à aimer.", terms: ["boutons de partage"] },
  { source: S2, role: SMM, fact: "Informés chaque jour, les prospects ont une meilleure image de l'entreprise et peuvent acheter.", terms: ["prospects", "acheter"] },
  { source: S2, role: SMM, fact: "Le SMM décline le message de la marque sur Facebook, Twitter ou LinkedIn.", terms: ["Twitter", "LinkedIn"] },
  { source: S2, role: SMM, fact: "Le SMM crée et diffuse des contenus, représente la marque et s'exprime en son nom.", terms: ["en son nom"] },
  { source: S2, role: CM, fact: "Un CM ne dispense pas de Social Media Management : une communauté a besoin de nouvelles régulières.", terms: ["nouvelles régulières"] },
  { source: S2, role: SMM, fact: "Un SMM peut se passer de CM quand la base de fans est petite et les échanges rares.", terms: ["base de fans"] },
  { source: S2, role: CM, fact: "Le poste de CM est chronophage : il doit être disponible pour sa communauté.", terms: ["chronophage"] },
  { source: S2, role: SMM, fact: "Le poste de SMM est beaucoup moins chronophage, même si la charge reste lourde.", terms: ["moins chronophage", "lourde"] },
  { source: S2, role: CM, fact: "Canaux du CM : réseaux sociaux et plateformes (blogs, forums).", terms: ["forums", "blogs"] },
  { source: S2, role: SMM, fact: "Canaux du SMM : les réseaux sociaux uniquement.", terms: ["uniquement"] },
  { source: S2, role: CM, fact: "Le tableau fait dépendre le CM des organes dirigeants.", terms: ["organes dirigeants"] },
  { source: S2, role: SMM, fact: "Le tableau fait dépendre le SMM des services marketing.", terms: ["services marketing"] },
  { source: S2, role: CM, fact: "Activités du CM : construire une communauté et engager ses membres.", terms: ["engager ses membres"] },
  { source: S2, role: SMM, fact: "Activités du SMM : e-marketing et stratégie de marque.", terms: ["e-marketing", "stratégie de marque"] },
  { source: S2, role: CM, fact: "Résultats du CM mesurables de nombreuses façons selon les objectifs : fidélité, nombre de feedbacks.", terms: ["fidélité", "feedbacks"] },
  { source: S2, role: SMM, fact: "Résultats du SMM bien plus restreints : volume de trafic venu des réseaux sociaux.", terms: ["trafic", "restreint"] },
  { source: S2, role: CM, fact: "Taux de conversion faibles avec beaucoup de visites : le CM est la meilleure option.", terms: ["taux de conversion", "visites"] },
  { source: S2, role: SMM, fact: "Taux de conversion élevés avec une audience qui stagne : le SMM est la meilleure option.", terms: ["taux de conversion", "audience stagne"] },

  // 003 — DoingBuzz
  { source: S3, role: CM, fact: "L'article est publié par DoingBuzz.", terms: ["DoingBuzz"] },
  { source: S3, role: CM, fact: "Beaucoup de prétendus CM se contentent de créer ou relayer des contenus et de gérer des pages, ce qui est du Social Media Management.", terms: ["relayer", "Social Media Management"] },
  { source: S3, role: CM, fact: "Le CM est un expert des communautés web ; il crée, fédère et anime une communauté autour d'un événement, d'un site ou d'une entreprise.", terms: ["événement", "fédérer"] },
  { source: S3, role: CM, fact: "Le CM mène une veille permanente.", terms: ["veille"] },
  { source: S3, role: CM, fact: "Le CM participe aux échanges de la communauté et les modère.", terms: ["modérant"] },
  { source: S3, role: CM, fact: "Le CM gère les interactions avec les influenceurs du domaine.", terms: ["influenceurs"] },
  { source: S3, role: CM, fact: "Le CM coordonne la production interne de contenus pour publier régulièrement sur réseaux sociaux, blogs et forums.", terms: ["coordonner la production"] },
  { source: S3, role: CM, fact: "Le CM gère le service client avant, pendant et après l'événement.", terms: ["service client", "après"] },
  { source: S3, role: CM, fact: "Le CM vérifie l'efficacité de la communication digitale avec des indicateurs pertinents.", terms: ["communication digitale", "indicateurs pertinents"] },
  { source: S3, role: CM, fact: "Le CM forme et sensibilise le personnel à la communication sur les réseaux sociaux.", terms: ["sensibiliser", "personnel"] },
  { source: S3, role: CM, fact: "Le CM contribue au développement de la plateforme technique et de la communauté.", terms: ["plateforme technique"] },
  { source: S3, role: CM, fact: "Le CM adapte son expression écrite et orale au message et au public.", terms: ["écrit", "oral"] },
  { source: S3, role: CM, fact: "Pour DoingBuzz, le social media marketing est le relationnel, le community management le stratégique.", terms: ["relationnel"] },
  { source: S3, role: SMM, fact: "La thèse de DoingBuzz (social media marketing relationnel) est présentée dans le profil du SMM.", terms: ["relationnel", "DoingBuzz"] },
  { source: S3, role: CM, fact: "Il faudrait des prérequis avant de se dire CM.", terms: ["prérequis"] },
  { source: S3, role: CT, fact: "DoingBuzz confie au CM la coordination de la production interne de contenus.", terms: ["production interne"] },

  // 004 — « Le Community Manager, interface stratégique »
  { source: S4, role: CM, fact: "Le métier est récent et en vogue.", terms: ["récent"] },
  { source: S4, role: CM, fact: "Autres noms : gestionnaire, animateur, médiateur de communautés, Social Media Planneur.", terms: ["gestionnaire de communautés", "médiateur de communautés", "Social Media Planneur"] },
  { source: S4, role: SMM, fact: "L'article range « responsable des réseaux sociaux » parmi les noms du CM ; la référence le rattache au SMM, comme la ROME.", terms: ["Responsable des réseaux sociaux"] },
  { source: S4, role: CM, fact: "La divergence sur « responsable des réseaux sociaux » est signalée dans le profil du CM.", terms: ["responsable des réseaux sociaux"] },
  { source: S4, role: CM, fact: "Les outils digitaux font passer d'une approche croisée à une démarche intégrée du webmarketing.", terms: ["approche croisée", "intégrée"] },
  { source: S4, role: CM, fact: "Le webmarketing a atteint sa maturité : les enjeux passent du tactique et court-termiste au global et stratégique.", terms: ["maturité", "court-termistes"] },
  { source: S4, role: CM, fact: "Le CM développe et gère la présence de la marque sur les réseaux sociaux et les espaces communautaires contrôlés ou non.", terms: ["espaces communautaires"] },
  { source: S4, role: CM, fact: "Il est souvent vu comme le garant de la réputation et de l'engagement envers la marque.", terms: ["garant", "engagement"] },
  { source: S4, role: CM, fact: "Il est l'entertainer de la marque : animations et jeux-concours.", terms: ["entertainer", "jeux-concours"] },
  { source: S4, role: CM, fact: "Sa dimension stratégique dépend de la taille de l'entreprise ; il peut être Content Manager et Community Architect.", terms: ["taille de l'entreprise", "Community Architect"] },
  { source: S4, role: CT, fact: "Un CM peut être Content Manager lorsqu'il gère la création des contenus.", terms: ["création des contenus"] },
  { source: S4, role: CM, fact: "Missions stratégiques : tendances, veille sociale et concurrentielle, analyse de réputation, stratégie sociale, KPI.", terms: ["concurrentielle", "KPI", "stratégie sociale"] },
  { source: S4, role: CM, fact: "Missions opérationnelles : rédaction de contenus, planning éditorial, briefs techniques et créatifs.", terms: ["planning éditorial", "briefs"] },
  { source: S4, role: CM, fact: "Missions opérationnelles : modération, service client en ligne.", terms: ["service client en ligne"] },
  { source: S4, role: CM, fact: "Missions opérationnelles : événements promotionnels, relais des offres commerciales, reporting.", terms: ["événements promotionnels", "opérations commerciales", "reporting"] },
  { source: S4, role: CM, fact: "Hyperspécialisation annoncée dès 2015, puis rupture : moins de spécialisation, forte demande de contenus.", terms: ["hyperspécialisation", "2015"] },
  { source: S4, role: CT, fact: "La forte demande de contenus est relevée pour le Content Manager.", terms: ["forte demande de contenus"] },
  { source: S4, role: CM, fact: "À l'ère du Brand Content Management et de la relation client digitale, le CM est une interface des fonctions clés avec une forte dimension de middle management (d'après Forrester).", terms: ["middle management", "Defining Social Intelligence", "Brand Content Management"] },
  { source: S4, role: CT, fact: "L'article parle d'une ère du Brand Content Management.", terms: ["Brand Content Management"] },
  { source: S4, role: SMM, fact: "Le #TDmetiers2016 compte le SMM parmi les métiers émergents ; il définit la stratégie sociale.", terms: ["TDmetiers2016", "émergents"] },
  { source: S4, role: SMM, fact: "Le SMM encadre une équipe de Community Managers, content managers et chefs de projets sociaux.", terms: ["chefs de projets sociaux", "encadrement"] },
  { source: S4, role: CT, fact: "Les content managers font partie de l'équipe que pilote le SMM.", terms: ["équipe que pilote"] },
  { source: S4, role: SMM, fact: "Le SMM supervise la stratégie digitale.", terms: ["stratégie digitale"] },
  { source: S4, role: SMM, fact: "Le SMM coordonne la conception et est l'interface client en agence spécialisée.", terms: ["agence spécialisée", "conception"] },
  { source: S4, role: CM, fact: "La fonction de CM est devenue hétérogène et ne se réduit plus à l'animation éditoriale.", terms: ["hétérogène", "animation éditoriale"] },
  { source: S4, role: CM, fact: "Polyvalence et capacité analytique à produire des rapports pertinents sont devenues nécessaires.", terms: ["polyvalen", "rapports"] },
  { source: S4, role: CM, fact: "Avec la montée du SMM, le métier valorise l'analytics, la gestion de budget, l'achat média, le référencement, la mesure de performance.", terms: ["analytics", "achat d'espaces médias", "mesure de la performance"] },
  { source: S4, role: SMM, fact: "Ces compétences techniques sont associées à la montée du SMM.", terms: ["analytics", "achat d'espaces médias"] },
  { source: S4, role: CM, fact: "Le CM évolue vers le poste de SMM.", terms: ["mutation"] },
];
