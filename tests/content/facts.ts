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
  { source: S0, role: CM, fact: "Le CM appartient à l'équipe marketing / communication et anime les communautés ciblées dans le cadre d'une stratégie de communication sur les médias sociaux.", terms: ["équipe marketing", "animer les communautés"] },
  { source: S0, role: CM, fact: "Le CM modère les blogs, les pages Facebook et les autres dispositifs de l'entreprise.", terms: ["pages Facebook", "modér"] },
  { source: S0, role: CM, fact: "Le CM nourrit les conversations avec des contenus pertinents.", terms: ["contenus pertinents"] },
  { source: S0, role: CT, fact: "Le Content Manager est responsable de la production des contenus dans l'équipe marketing / communication.", terms: ["production des contenus", "équipe marketing"] },
  { source: S0, role: CT, fact: "Selon l'auteur, son rôle ne se limite pas aux articles de blogs ou de réseaux sociaux comme Facebook.", terms: ["Facebook", "propre avis"] },
  { source: S0, role: CT, fact: "Il rédige aussi les pages des sites web, des livres blancs et des dossiers.", terms: ["pages des sites web", "livres blancs", "dossiers"] },
  { source: S0, role: CT, fact: "Il a un rôle stratégique : positionner la marque sur un domaine d'expertise.", terms: ["domaine d'expertise"] },
  { source: S0, role: CT, fact: "Il contribue au référencement naturel de la marque.", terms: ["référencement naturel"] },
  { source: S0, role: SMM, fact: "Le SMM définit la stratégie de l'entreprise sur les médias sociaux.", terms: ["définir la stratégie de l'entreprise"] },
  { source: S0, role: SMM, fact: "Le SMM coordonne les personnes internes et externes qui mettent la stratégie en œuvre.", terms: ["internes et externes", "coordonne"] },
  { source: S0, role: SMM, fact: "Selon les structures, SMM et CM peuvent être une seule personne, aidée d'experts internes et externes.", terms: ["une seule et même personne", "experts internes", "selon les structures"] },
  { source: S0, role: CM, fact: "Le cumul SMM / CM en une seule personne, aidée d'experts, vaut aussi côté CM.", terms: ["experts internes et externes"] },
  { source: S0, role: CM, fact: "Ces fonctions peuvent en partie être tenues par des membres de l'agence de l'entreprise.", terms: ["agence"] },
  { source: S0, role: SMM, fact: "Le recours à l'agence vaut aussi pour le SMM.", terms: ["agence"] },
  { source: S0, role: CT, fact: "Le recours à l'agence est rapporté après la description des trois métiers.", terms: ["agence"] },

  // 001 — « Social media manager : c'est quoi ce métier ? »
  { source: S1, role: SMM, fact: "Beaucoup d'entreprises confondent Community Manager et Social Media Manager, deux métiers très différents.", terms: ["confondaient", "très différent"] },
  { source: S1, role: SMM, fact: "Le responsable des médias sociaux crée, introduit et conduit la stratégie de l'entreprise sur les réseaux sociaux.", terms: ["responsable des médias sociaux", "conduit"] },
  { source: S1, role: SMM, fact: "Il est le stratège et conçoit la présence de l'entreprise sur tous les médias sociaux.", terms: ["stratège", "ensemble des médias sociaux"] },
  { source: S1, role: SMM, fact: "Il a une vision globale des composantes d'une stratégie et sait l'appliquer.", terms: ["composantes"] },
  { source: S1, role: SMM, fact: "Il surveille les comptes et interprète les rapports métriques pour évaluer le retour sur investissement.", terms: ["surveillait les comptes", "retour sur investissement", "rapports métriques"] },
  { source: S1, role: SMM, fact: "Dans la hiérarchie, il dirige le service des médias sociaux.", terms: ["tête du service des médias sociaux"] },
  { source: S1, role: CM, fact: "Le CM gère les réseaux sociaux et échange directement avec les fans, clients et followers.", terms: ["fans", "clients", "abonnés"] },
  { source: S1, role: CM, fact: "Le CM agit selon les objectifs fixés par le SMM.", terms: ["objectifs que lui fixait le", "Social Media Manager"] },
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
  { source: S1, role: CM, fact: "Le CM transmet ses rapports d'analyse au SMM ; l'article l'appelle aussi « gestionnaire de la communauté », traduction mot à mot plutôt qu'intitulé.", terms: ["gestionnaire de la communauté", "rapports d'analyse", "traduction mot à mot"] },
  { source: S1, role: CM, fact: "Le CM a déjà une liste de tâches quotidiennes jugée incroyable.", terms: ["incroyable"] },
  { source: S1, role: CM, fact: "En France, des offres d'emploi demandent un CM qui fasse tout, pour environ 2 200 € brut par mois.", terms: ["2 200", "brut par mois", "offres d'emploi"] },
  { source: S1, role: CM, fact: "L'auteur trouve cette situation injuste.", terms: ["injuste"] },
  { source: S1, role: SMM, fact: "Le seul salaire cité concerne des offres de CM qui ajoutent les tâches du SMM ; aucun chiffre pour le SMM.", terms: ["2 200", "ne donnait de salaire"] },

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
  { source: S2, role: CM, fact: "Il n'est pas rare de voir les deux fonctions réunies en un poste, souvent intitulé CM ; toutes deux restent indispensables.", terms: ["pas rare", "indispensables"] },
  { source: S2, role: SMM, fact: "Il n'est pas rare de voir SMM et CM réunis en un poste, souvent intitulé CM.", terms: ["pas rare", "souvent intitulé Community Manager"] },
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
  { source: S2, role: SMM, fact: "Taux de conversion élevés avec une audience qui stagne : le SMM est la meilleure option.", terms: ["taux de conversion", "audience stagnait"] },

  // 003 — DoingBuzz
  { source: S3, role: CM, fact: "L'article est publié par DoingBuzz.", terms: ["DoingBuzz"] },
  { source: S3, role: CM, fact: "Beaucoup de prétendus CM se contentent de créer ou relayer des contenus et de gérer des pages, ce qui est du Social Media Management.", terms: ["relayer", "Social Media Management"] },
  { source: S3, role: CM, fact: "Le CM est un expert des communautés web ; il crée, fédère et anime une communauté autour d'un événement, d'un site ou d'une entreprise.", terms: ["événement", "fédérer"] },
  { source: S3, role: CM, fact: "Le CM mène une veille permanente.", terms: ["veille"] },
  { source: S3, role: CM, fact: "Le CM participe aux échanges de la communauté et les modère.", terms: ["échanges qu'il modérait"] },
  { source: S3, role: CM, fact: "Le CM gère les interactions avec les influenceurs du domaine.", terms: ["influenceurs"] },
  { source: S3, role: CM, fact: "Le CM coordonne la production interne de contenus pour publier régulièrement sur réseaux sociaux, blogs et forums.", terms: ["coordonner la production"] },
  { source: S3, role: CM, fact: "Le CM gère le service client avant, pendant et après l'événement.", terms: ["service client", "après"] },
  { source: S3, role: CM, fact: "Le CM vérifie l'efficacité de la communication digitale avec des indicateurs pertinents.", terms: ["communication digitale", "indicateurs pertinents"] },
  { source: S3, role: CM, fact: "Le CM forme et sensibilise le personnel à la communication sur les réseaux sociaux.", terms: ["sensibiliser", "personnel"] },
  { source: S3, role: CM, fact: "Le CM contribue au développement de la plateforme technique et de la communauté.", terms: ["plateforme technique"] },
  { source: S3, role: CM, fact: "Le CM adapte son expression écrite et orale au message et au public.", terms: ["écrit", "oral"] },
  { source: S3, role: CM, fact: "Pour DoingBuzz, le social media marketing est le relationnel, le community management le stratégique.", terms: ["relationnel"] },
  { source: S3, role: CM, fact: "DoingBuzz confie pourtant au CM l'animation de la communauté.", terms: ["tout en confiant l'animation au CM"] },
  { source: S3, role: SMM, fact: "La thèse de DoingBuzz laisse l'animation au CM.", terms: ["tout en confiant l'animation au CM"] },
  { source: S3, role: SMM, fact: "La thèse de DoingBuzz (social media marketing relationnel) est présentée dans le profil du SMM.", terms: ["relationnel", "DoingBuzz"] },
  { source: S3, role: CM, fact: "Il faudrait des prérequis avant de se dire CM.", terms: ["prérequis"] },
  { source: S3, role: CT, fact: "DoingBuzz confie au CM la coordination de la production interne de contenus.", terms: ["production interne"] },

  // 004 — « Le Community Manager, interface stratégique »
  { source: S4, role: CT, fact: "L'article nomme le Content Manager sans le définir ; les trois autres articles (001, 002, 003) ne le nomment pas.", terms: ["le nommait sans le définir", "ne le nommaient pas"] },
  { source: S4, role: CM, fact: "Le métier est récent et « en vogue ».", terms: ["récent", "en vogue"] },
  { source: S4, role: CM, fact: "Autres noms : gestionnaire, animateur, médiateur de communautés, Social Media Planneur.", terms: ["gestionnaire de communautés", "médiateur de communautés", "Social Media Planneur"] },
  { source: S4, role: SMM, fact: "L'article range « responsable des réseaux sociaux » parmi les noms du CM, pas du SMM ; la ROME a une appellation voisine sous E1124.", terms: ["Responsable des réseaux sociaux", "510626"] },
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
  { source: S4, role: CM, fact: "L'article prévoyait une hyperspécialisation qui se manifesterait « dès 2015 », puis une rupture : moins de spécialisation, forte demande de contenus.", terms: ["hyperspécialisation", "dès 2015", "forte demande de contenus"] },
  { source: S4, role: CT, fact: "La forte demande de contenus est relevée pour le Content Manager.", terms: ["forte demande de contenus"] },
  { source: S4, role: CM, fact: "À l'ère du Brand Content Management et de la relation client digitale, le CM est une interface des fonctions clés avec une forte dimension de middle management (d'après Forrester).", terms: ["middle management", "Defining Social Intelligence", "Brand Content Management"] },
  { source: S4, role: CT, fact: "L'article parle d'une ère du Brand Content Management.", terms: ["Brand Content Management"] },
  { source: S4, role: SMM, fact: "Le #TDmetiers2016 compte le SMM parmi les métiers émergents ; il définit la stratégie sociale.", terms: ["TDmetiers2016", "émergents"] },
  { source: S4, role: SMM, fact: "Le SMM encadre une équipe de Community Managers, content managers et chefs de projets sociaux.", terms: ["chefs de projets sociaux", "encadrement"] },
  { source: S4, role: CT, fact: "Les content managers font partie de l'équipe que pilote le SMM.", terms: ["équipe que pilotait"] },
  { source: S4, role: SMM, fact: "Le SMM supervise la stratégie digitale.", terms: ["stratégie digitale"] },
  { source: S4, role: SMM, fact: "Le SMM coordonne la conception et est l'interface client en agence spécialisée.", terms: ["agence spécialisée", "conception"] },
  { source: S4, role: CM, fact: "La fonction de CM est devenue hétérogène et ne se réduit plus à l'animation éditoriale.", terms: ["hétérogène", "animation éditoriale"] },
  { source: S4, role: CM, fact: "Polyvalence et capacité analytique à produire des rapports pertinents sont devenues nécessaires.", terms: ["polyvalen", "rapports"] },
  { source: S4, role: CM, fact: "Avec la montée du SMM, le métier valorise l'analytics, la gestion de budget, l'achat média, le référencement, la mesure de performance.", terms: ["analytics", "achat d'espaces médias", "mesure de la performance"] },
  { source: S4, role: SMM, fact: "L'article lie la montée du SMM aux compétences techniques que le métier de CM valorise de plus en plus ; ce ne sont pas des compétences du SMM.", terms: ["analytics", "achat d'espaces médias", "pas comme celles du SMM"] },
  { source: S4, role: CM, fact: "Le CM évolue vers le poste de SMM.", terms: ["mutation"] },
];

/**
 * Facts of the 2026 profiles, each tied to the bibliography entry (content/sources.yml) it comes from.
 * facts.test.ts checks that the role cites that source and that its record holds the key terms.
 */
export type SourcedFact = {
  /** Id of the source in content/sources.yml. */
  sourceId: string;
  role: RoleSlug;
  fact: string;
  /** 1–3 key terms that must appear in that role's record (compared accent-, case- and punctuation-insensitively). */
  terms: string[];
};

export const SOURCED_FACTS: SourcedFact[] = [
  // ROME 4.0
  { sourceId: "francetravail-opendata-rome", role: CM, fact: "Le ROME 4.0 est en service depuis le 20 mars 2023.", terms: ["ROME 4.0", "20 mars 2023"] },
  { sourceId: "francetravail-opendata-rome", role: SMM, fact: "Le ROME 4.0 est en service depuis le 20 mars 2023.", terms: ["20 mars 2023"] },
  { sourceId: "francetravail-opendata-rome", role: CT, fact: "Le ROME 4.0 est en service depuis le 20 mars 2023.", terms: ["20 mars 2023"] },
  { sourceId: "rome-v460-pages", role: CM, fact: "Le texte des fiches est celui de la version v460 des fichiers ouverts.", terms: ["v460"] },
  { sourceId: "rome-e1101", role: CM, fact: "Fiche E1101 « Community manager », domaine E11 « Edition et communication ».", terms: ["E1101", "E11", "Edition et communication"] },
  { sourceId: "rome-e1101", role: CM, fact: "La définition nomme l'Animateur de communauté virtuelle, qui dynamise et modère les échanges.", terms: ["dynamiser et modérer", "Animateur de communauté virtuelle"] },
  { sourceId: "rome-e1101", role: CM, fact: "Appellations Assistant community manager 510775 et Veilleur e-réputation 510911.", terms: ["510775", "510911", "16718"] },
  { sourceId: "rome-e1101", role: CM, fact: "E1101 n'est pas un emploi de cadre ; France Travail l'associe au groupe ISCO 3514.", terms: ["3514", "Techniciens de l'internet"] },
  { sourceId: "rome-e1101", role: CM, fact: "Accès : Bac + 2 à Bac + 5 en communication, notamment digitale.", terms: ["Bac + 2 à Bac + 5", "communication digitale"] },
  { sourceId: "rome-e1101", role: CM, fact: "Conditions : horaires décalés, pics d'activité, télétravail possible, CDI, CDD ou indépendant.", terms: ["horaires décalés", "pics d'activité", "télétravailler"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Fiche E1124 : stratégies d'influence et de présence, campagnes publicitaires sur les réseaux sociaux.", terms: ["E1124", "stratégies d'influence et de présence", "campagnes publicitaires"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Appellation principale 38818 ; 510625 et 510626 sont des synonymes ; toutes sont des emplois de cadre.", terms: ["38818", "510625", "510626"] },
  { sourceId: "rome-e1124", role: SMM, fact: "La fiche prévoit de former et superviser une équipe de community managers.", terms: ["superviser une équipe de community managers"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Accès : Bac + 2 avec expérience à Bac + 5 en communication.", terms: ["Bac + 2", "Bac + 5"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Travail en journée, en mode projet, avec déplacements ; emploi de cadre.", terms: ["en journée", "mode projet", "emplois de cadre"] },
  { sourceId: "rome-e1127", role: CT, fact: "« Content manager » est l'appellation OGR 510104, synonyme dans la fiche E1127 « Brand content manager » (510534).", terms: ["510104", "E1127", "510534"] },
  { sourceId: "rome-e1127", role: CT, fact: "Compétences clés de l'appellation Content manager : contenus web optimisés SEO, normes rédactionnelles.", terms: ["SEO", "normes rédactionnelles"] },
  { sourceId: "rome-e1127", role: CT, fact: "Accès : Bac + 5 en marketing ou communication.", terms: ["Bac + 5", "marketing ou en communication"] },
  { sourceId: "rome-e1127", role: CT, fact: "Statut de cadre incohérent entre le métier et ses appellations.", terms: ["statut de cadre n'est pas tranché"] },
  // ESCO
  { sourceId: "esco-occupations-fr", role: CM, fact: "Libellé français ESCO d'online community manager : responsable de la communauté en ligne.", terms: ["responsable de la communauté en ligne", "online community manager"] },
  { sourceId: "esco-occupations-fr", role: SMM, fact: "En français, « responsable des médias sociaux » n'est une variante que de « responsable de la communauté en ligne ».", terms: ["responsable des médias sociaux", "l'ambiguïté disparaissait"] },
  { sourceId: "esco-occupations-en", role: SMM, fact: "En anglais, social media manager est un libellé alternatif d'online community manager et de communication manager.", terms: ["libellé alternatif anglais", "communication manager"] },
  { sourceId: "esco-occupations-fr", role: CT, fact: "Libellé français ESCO de web content manager : administrateur de contenu web.", terms: ["administrateur de contenu web", "gestionnaire du contenu web"] },
  { sourceId: "esco-iscogroups", role: CT, fact: "Groupe CITP-08 2513 « Concepteurs de sites internet et de multimédia ».", terms: ["2513", "Concepteurs de sites internet et de multimédia"] },
  { sourceId: "esco-iscogroups", role: SMM, fact: "Groupe 1222 « Directeurs et cadres de direction, publicité et relations publiques ».", terms: ["1222", "Directeurs et cadres de direction"] },
  // RNCP, Onisep, Apec
  { sourceId: "rncp-41364", role: CM, fact: "RNCP41364, niveau 6, Doranco, jusqu'au 24 septembre 2030.", terms: ["RNCP41364", "Doranco", "24 septembre 2030"] },
  { sourceId: "rncp-40907", role: CM, fact: "RNCP40907, niveau 6, Ifocop, jusqu'au 25 juin 2028.", terms: ["RNCP40907", "Ifocop", "25 juin 2028"] },
  { sourceId: "intercariforef-113457", role: CM, fact: "Certif Info : sortie Bac + 3 et 4.", terms: ["Bac + 3 et 4"] },
  { sourceId: "rncp-38138", role: CM, fact: "RNCP38138, IMCI, échéance 18 octobre 2026 : échue au 30 novembre 2026.", terms: ["RNCP38138", "IMCI", "18 octobre 2026"] },
  { sourceId: "rncp-37347", role: CM, fact: "RNCP37347, OpenClassrooms, échue le 17 février 2025.", terms: ["RNCP37347", "OpenClassrooms", "17 février 2025"] },
  { sourceId: "optionmetier-rncp37347", role: CM, fact: "RNCP37347 accessible après une certification de niveau 5.", terms: ["niveau 5"] },
  { sourceId: "rncp-40856", role: SMM, fact: "RNCP40856, niveau 7, ESG et Istituto Marangoni France, jusqu'au 25 juin 2028.", terms: ["RNCP40856", "niveau 7", "Istituto Marangoni"] },
  { sourceId: "rncp-38125", role: SMM, fact: "RNCP38125 Responsable projet communication, IGS, échéance 18 octobre 2026.", terms: ["RNCP38125", "18 octobre 2026"] },
  { sourceId: "rncp-38125", role: CT, fact: "RNCP38125 arrivé à échéance le 18 octobre 2026.", terms: ["RNCP38125"] },
  { sourceId: "rncp-34813", role: SMM, fact: "RNCP34813, remplacée par RNCP37766 : responsabilités managériales après 5 à 8 ans.", terms: ["RNCP34813", "RNCP37766", "cinq à huit ans"] },
  { sourceId: "rncp-40886", role: CT, fact: "RNCP40886, chef de projet multimédia, niveau 6, jusqu'au 25 juin 2028.", terms: ["RNCP40886", "chef de projet multimédia", "25 juin 2028"] },
  { sourceId: "onisep-community-manager", role: CM, fact: "Onisep : accès minimum bac + 3 ; débutant à partir de 2 230 € brut par mois ; métier apparu vers 2009.", terms: ["bac + 3", "2 230", "2009"] },
  { sourceId: "onisep-community-manager", role: SMM, fact: "Onisep : le CM peut devenir social media manager après quelques années.", terms: ["après quelques années"] },
  { sourceId: "apec-marketing-digital-2015", role: SMM, fact: "Apec 2015 : 40 à 45 k€ pour un jeune cadre, 45 à 70 k€ pour un cadre confirmé.", terms: ["40 à 45 k€", "45 à 70 k€", "juin 2015"] },
  { sourceId: "apec-fonction-communication-cm", role: CM, fact: "Ancienne fiche Apec : recensement des communautés et modération.", terms: ["recensement des communautés"] },
  // France Travail statistics
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CM, fact: "T4 2025 : 3 980 demandeurs de catégorie A (64 % de femmes), 650 offres (61 % en CDI) ; tension 2024 −0,68.", terms: ["3 980", "650 offres", "0,68"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: SMM, fact: "T4 2025 : 480 demandeurs (69 % de femmes), 130 offres (81 % en CDI) ; tension 2024 −0,70.", terms: ["480 demandeurs", "130 offres", "0,70"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CT, fact: "T4 2025 : 100 demandeurs, 100 offres (78 % en CDI) ; tension 2024 −0,68.", terms: ["100 demandeurs", "78 %", "0,68"] },
  // Surveys and pay
  { sourceId: "bdm-cm-2023", role: CM, fact: "Enquête BDM 2023 : 1 142 répondants ; 45 % en CDI, 14 % indépendants, 25 % en Île-de-France.", terms: ["1 142", "45 %", "Île-de-France"] },
  { sourceId: "bdm-salaire-2023-copie", role: CM, fact: "BDM 2023 (CDI) : moyenne 30 154 € bruts par an, médiane 29 000 € ; 25 500 € pour l'intitulé CM.", terms: ["30 154", "29 000", "25 500"] },
  { sourceId: "bdm-salaire-2023-copie", role: SMM, fact: "BDM 2023 (CDI) : médiane 34 000 € pour l'intitulé SMM contre 25 500 € pour CM.", terms: ["34 000", "25 500"] },
  { sourceId: "capimedia-cm-2025", role: CM, fact: "Enquête 2025, 844 répondants : médiane 30 000 € bruts annuels (indicatif).", terms: ["844 répondants", "30 000"] },
  { sourceId: "jdn-cm-salaire", role: CM, fact: "Page Group 2024 cité par le JDN : 2 500 à 5 833 € bruts par mois, médiane 4 167 €.", terms: ["5 833", "4 167"] },
  { sourceId: "hassani-hyperconnexion", role: CM, fact: "Recherche auprès de 291 CM : grande disponibilité, connexion quasi quotidienne.", terms: ["291 CM"] },
  { sourceId: "strategies-agorapulse-2022", role: CM, fact: "3,3 millions de publications en 2022 : pics 10 h-12 h et 17 h-18 h ; week-end peu utilisé.", terms: ["3,3 millions", "week-end"] },
  { sourceId: "apec-teletravail-2024", role: SMM, fact: "Apec : deux cadres sur trois télétravaillent au moins un jour par semaine.", terms: ["deux cadres sur trois"] },
  // Platforms and AI
  { sourceId: "lesjours-twitter-x", role: CM, fact: "Le 24 juillet 2023, Twitter devient X.", terms: ["24 juillet 2023", "ex-Twitter"] },
  { sourceId: "reuters-threads-france", role: SMM, fact: "Threads ouvre en France le 14 décembre 2023.", terms: ["14 décembre 2023"] },
  { sourceId: "influencia-cm-2024", role: CM, fact: "BDM 2024, 1 010 répondants : Instagram 74 %, LinkedIn 68 %, X 15 %.", terms: ["1 010 répondants", "74 %", "15 %"] },
  { sourceId: "managers-tn-bdm-2023", role: CM, fact: "BDM 2023 : X jugé important par 27 % seulement.", terms: ["27 %"] },
  { sourceId: "bdm-metricool-2025", role: CT, fact: "Metricool 2025 : 96 % utilisent l'IA, 72 % chaque jour.", terms: ["96 %", "72 %"] },
  { sourceId: "mbadmb-hootsuite-ia-2023", role: SMM, fact: "Hootsuite 2023, 4 281 professionnels : 46 % répondent aux messages avec l'IA.", terms: ["4 281", "46 %"] },
  { sourceId: "viepublique-barometre-2025", role: CM, fact: "Baromètre du numérique 2025 : 33 % des 12 ans et plus utilisent l'IA (4 066 personnes).", terms: ["33 %", "4 066"] },
  // Law
  { sourceId: "loi-2023-451-art1", role: SMM, fact: "Loi n° 2023-451 du 9 juin 2023 sur l'influence commerciale, en vigueur le 11 juin 2023.", terms: ["2023-451", "9 juin 2023", "11 juin 2023"] },
  { sourceId: "ordonnance-2024-978", role: SMM, fact: "Loi modifiée par une ordonnance du 6 novembre 2024.", terms: ["6 novembre 2024"] },
  { sourceId: "loi-2023-451-images", role: CT, fact: "Mentions « Images retouchées » et « Images virtuelles » ; un an et 4 500 €.", terms: ["Images retouchées", "Images virtuelles", "4 500"] },
  { sourceId: "joffe-seuil-2025", role: SMM, fact: "Contrat écrit obligatoire dès 1 000 € HT par an depuis le 1er janvier 2026.", terms: ["1 000", "1er janvier 2026"] },
  { sourceId: "eurlex-dsa", role: CM, fact: "Règlement (UE) 2022/2065, publié le 27 octobre 2022.", terms: ["2022/2065", "27 octobre 2022"] },
  { sourceId: "arcom-dsa-obligations", role: CM, fact: "DSA applicable à tous les fournisseurs depuis le 17 février 2024 ; Arcom coordinateur.", terms: ["17 février 2024", "Arcom"] },
  { sourceId: "curia-c210-16", role: CM, fact: "CJUE 2018 : l'administrateur d'une page fan est responsable du traitement.", terms: ["page fan", "responsable du traitement"] },
  { sourceId: "cnil-tagadamedia-2024", role: CM, fact: "CNIL 2024 : 75 000 € d'amende pour des formulaires de jeux-concours.", terms: ["75 000", "jeux-concours"] },
  { sourceId: "livv-loteries-publicitaires", role: CM, fact: "Article L. 121-20 du Code de la consommation : loteries publicitaires déloyales interdites.", terms: ["L. 121-20"] },
  { sourceId: "ac-besancon-violation", role: CT, fact: "Contrefaçon : trois ans d'emprisonnement et 300 000 € d'amende.", terms: ["300 000", "contrefaçon"] },
];
