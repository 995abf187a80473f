/**
 * The fact checklist of the five seed articles (2013–2016): what the profiles still report of
 * them, in the only sections where they belong now (« Les sources divergent » and « Évolution du
 * métier »), in our own words, with the key terms that must appear in the built record of the
 * role it belongs to (front matter + rendered body). Checked by facts.test.ts.
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
  // 000 — billet de blog du 21 juin 2013 (et l’enquête Equaero qu’il rapporte)
  { source: S0, role: CM, fact: "Le métier s’est installé avec l’essor des médias sociaux, selon le billet de 2013.", terms: ["essor des médias sociaux"] },
  { source: S0, role: CM, fact: "Enquête Equaero de fin 2010 auprès de 88 directeurs : un CM dans 68 % des entreprises.", terms: ["Equaero", "88 directeurs", "68 %"] },
  { source: S0, role: CT, fact: "Même enquête Equaero : un Content Manager dans 49 % des entreprises.", terms: ["Equaero", "49 %"] },
  { source: S0, role: SMM, fact: "Même enquête Equaero : un Social Media Manager dans 27 % des entreprises.", terms: ["Equaero", "27 %"] },
  { source: S0, role: CM, fact: "L’auteur du billet de 2013 jugeait ce chiffre anormalement élevé.", terms: ["anormalement élevé", "billet de 2013"] },
  { source: S0, role: CT, fact: "L’auteur mettait ces chiffres élevés sur le compte du flou des définitions.", terms: ["anormalement élevés", "flou des définitions"] },
  { source: S0, role: CM, fact: "Le billet plaçait le CM dans l’équipe marketing ou communication, chargé d’animer et de modérer les communautés.", terms: ["équipe marketing ou communication", "animer et de modérer les communautés"] },
  { source: S0, role: CM, fact: "Un même salarié pouvait tenir les postes de SMM et de CM, ou une agence s’en charger.", terms: ["un même salarié", "une agence pouvait s’en charger"] },
  { source: S0, role: SMM, fact: "Le billet résumait le SMM : fixer la stratégie sociale, coordonner les intervenants internes et externes, agence comprise.", terms: ["fixer la stratégie sociale", "intervenants internes et externes", "agence comprise"] },
  { source: S0, role: SMM, fact: "Selon les structures, SMM et CM pouvaient être une seule et même personne.", terms: ["selon les structures", "une seule et même personne"] },
  { source: S0, role: CT, fact: "Seul des cinq articles à le définir, le billet faisait du Content Manager le responsable de la production des contenus.", terms: ["seul des cinq articles", "responsable de la production des contenus"] },
  { source: S0, role: CT, fact: "Présenté comme l’avis de l’auteur : il écrivait aussi les pages des sites web, des livres blancs et des dossiers.", terms: ["propre avis", "pages des sites web", "livres blancs"] },
  { source: S0, role: CT, fact: "Pour positionner la marque sur un domaine d’expertise et servir son référencement naturel.", terms: ["domaine d’expertise", "référencement naturel"] },
  { source: S0, role: CT, fact: "Une agence pouvait, en partie, tenir ces fonctions.", terms: ["une agence pouvait, en partie, tenir ces fonctions"] },

  // 001 — « Social media manager : c’est quoi ce métier ? »
  { source: S1, role: SMM, fact: "L’article notait que beaucoup d’entreprises confondaient deux postes très différents.", terms: ["confondaient deux postes très différents"] },
  { source: S1, role: SMM, fact: "Le SMM, stratège, concevait la présence sur l’ensemble des médias sociaux.", terms: ["stratège", "ensemble des médias sociaux"] },
  { source: S1, role: SMM, fact: "Il étudiait le marché, segmentait l’audience, bâtissait le plan stratégique et son budget.", terms: ["étudiait le marché", "segmentait l’audience", "plan stratégique et son budget"] },
  { source: S1, role: SMM, fact: "Il jugeait l’efficacité des tactiques et le retour sur investissement à partir des rapports du CM.", terms: ["efficacité des tactiques", "rapports du CM"] },
  { source: S1, role: SMM, fact: "Pour cet article, le SMM était à la tête du service des médias sociaux.", terms: ["à la tête du service des médias sociaux"] },
  { source: S1, role: CM, fact: "Il dénonçait les offres demandant à un seul CM de tout faire, pour environ 2 200 € brut par mois.", terms: ["un seul CM de tout faire", "2 200", "brut par mois"] },
  { source: S1, role: CT, fact: "L’article ne nommait pas le Content Manager.", terms: ["les trois autres articles ne le nommaient pas"] },

  // 002 — Yannick Hajjar
  { source: S2, role: CM, fact: "Le métier s’est installé avec le web 2.0.", terms: ["web 2.0"] },
  { source: S2, role: CM, fact: "Hajjar voyait dans le CM un animateur passant d’un réseau social à un blog ou à un forum.", terms: ["animateur", "blog ou à un forum"] },
  { source: S2, role: CM, fact: "Il le jugeait sur la fidélité de sa communauté et le nombre de retours reçus.", terms: ["fidélité de sa communauté", "nombre de retours reçus"] },
  { source: S2, role: CM, fact: "Il le conseillait aux sites qui attiraient du trafic sans convertir.", terms: ["trafic sans convertir"] },
  { source: S2, role: SMM, fact: "Hajjar faisait du SMM le stratège, en amont du CM.", terms: ["en amont du CM"] },
  { source: S2, role: SMM, fact: "Un SMM plus marketing : tendances, concepts, ligne éditoriale, diffusion des contenus, sur les seuls réseaux sociaux.", terms: ["ligne éditoriale", "diffusion des contenus", "Facebook, Twitter, LinkedIn"] },
  { source: S2, role: SMM, fact: "Une mesure restreinte au trafic, un poste moins chronophage que celui de CM.", terms: ["restreinte au trafic", "moins chronophage"] },
  { source: S2, role: SMM, fact: "Hajjar plaçait le SMM sous les services marketing et le CM sous la direction.", terms: ["services marketing", "le CM sous la direction"] },
  { source: S2, role: CT, fact: "Hajjar confiait le travail éditorial au Social Media Manager.", terms: ["Hajjar, au Social Media Manager"] },

  // 003 — DoingBuzz
  { source: S3, role: CM, fact: "DoingBuzz tenait le community management pour stratégique.", terms: ["DoingBuzz tenait le community management pour stratégique"] },
  { source: S3, role: CM, fact: "DoingBuzz reprochait à beaucoup de prétendus CM de se contenter de relayer des contenus.", terms: ["prétendus CM", "relayer des contenus"] },
  { source: S3, role: SMM, fact: "Pour DoingBuzz, le social media marketing était le versant relationnel.", terms: ["versant relationnel"] },
  { source: S3, role: SMM, fact: "DoingBuzz confiait pourtant l’animation au CM.", terms: ["tout en confiant l’animation au CM"] },
  { source: S3, role: CT, fact: "DoingBuzz chargeait le Community Manager de la production interne des contenus.", terms: ["DoingBuzz chargeait le Community Manager de la production interne"] },
  { source: S3, role: CT, fact: "DoingBuzz ne nommait pas le Content Manager.", terms: ["ne le nommaient pas"] },

  // 004 — « Le Community Manager, interface stratégique »
  { source: S4, role: CM, fact: "Autres noms du CM : gestionnaire, animateur ou médiateur de communautés, Social Media Planneur.", terms: ["médiateur de communautés", "Social Media Planneur"] },
  { source: S4, role: CM, fact: "L’article prévoyait l’évolution du CM vers le SMM, en valorisant l’analytics, le budget, l’achat d’espaces et le référencement.", terms: ["évoluerait vers le poste de Social Media Manager", "analytics", "achat d’espaces"] },
  { source: S4, role: CM, fact: "Il faisait dépendre la part stratégique du CM de la taille de l’entreprise.", terms: ["part stratégique de la taille de l’entreprise"] },
  { source: S4, role: SMM, fact: "D’après le #TDmetiers2016, le SMM était un métier émergent qui encadrait CM, content managers et chefs de projets sociaux.", terms: ["TDmetiers2016", "métiers émergents", "chefs de projets sociaux"] },
  { source: S4, role: SMM, fact: "En 2015–2016, « responsable des réseaux sociaux » était compté parmi les noms du CM.", terms: ["parmi les noms du Community Manager"] },
  { source: S4, role: CT, fact: "L’article nommait le Content Manager sans le définir.", terms: ["le nommait sans le définir"] },
  { source: S4, role: CT, fact: "Il annonçait une hyperspécialisation, puis une forte demande de contenus et l’ère du Brand Content Management.", terms: ["hyperspécialisation", "forte demande de contenus", "Brand Content Management"] },
  { source: S4, role: CT, fact: "Un CM devenait Content Manager quand il gérait la création des contenus, selon la taille de l’entreprise.", terms: ["gérait la création des contenus"] },
  { source: S4, role: CT, fact: "Seul cet article plaçait des content managers dans l’équipe du SMM ; aucune source actuelle ne reprend ce rattachement.", terms: ["équipe que pilotait le Social Media Manager", "aucune source actuelle ne reprend ce rattachement"] },
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
  // ——— Community Manager ———
  // ROME 4.0 et fiche E1101
  { sourceId: "francetravail-opendata-rome", role: CM, fact: "Le ROME est en version 4.0 depuis le 20 mars 2023.", terms: ["version 4.0 depuis le 20 mars 2023"] },
  { sourceId: "rome-e1101", role: CM, fact: "Fiche E1101 « Community manager », texte de la version v460, pas classée parmi les emplois de cadre.", terms: ["E1101", "ROME 4.0, v460", "n’est pas classée parmi les emplois de cadre"] },
  { sourceId: "rome-e1101", role: CM, fact: "Définition : dynamiser et modérer les échanges entre utilisateurs, régler crises et conflits.", terms: ["dynamise et modère les échanges entre utilisateurs", "règle crises et conflits"] },
  { sourceId: "rome-e1101", role: CM, fact: "Appellations OGR : Community manager 38383, Responsable de la communauté en ligne 510776, Veilleur e-réputation 510911.", terms: ["OGR 38383", "510776", "510911"] },
  { sourceId: "rome-e1101", role: CM, fact: "Appellations OGR : Gestionnaire de communauté en ligne 489092, Animateur de communauté virtuelle 11008, Modérateur web 16718.", terms: ["489092", "11008", "16718"] },
  { sourceId: "rome-e1101", role: CM, fact: "France Travail rattache E1101 au groupe CITP 3514 « Techniciens de l’internet ».", terms: ["3514", "Techniciens de l’internet"] },
  { sourceId: "rome-e1101", role: CM, fact: "E1110, parfois donné pour ce métier, est la fiche « Directeur / Directrice de la rédaction ».", terms: ["E1110", "Directeur / Directrice de la rédaction"] },
  { sourceId: "rome-e1101", role: CM, fact: "Accès : de bac + 2 à bac + 5 en communication, notamment digitale.", terms: ["de bac + 2 à bac + 5 en communication, notamment digitale"] },
  { sourceId: "rome-e1101", role: CM, fact: "Conditions : horaires décalés, rythme irrégulier, pics d’activité, télétravail possible ; CDI, CDD ou indépendant.", terms: ["horaires décalés, rythme irrégulier, pics d’activité, télétravail possible", "en CDI ou en CDD, ou indépendant"] },
  { sourceId: "rome-e1101", role: CM, fact: "Savoir-être : réactivité, rigueur et force de proposition.", terms: ["réactivité, rigueur et force de proposition"] },
  { sourceId: "rome-e1101", role: CM, fact: "La fiche E1101 réserve la stratégie sociale à la fiche E1124.", terms: ["réserve la stratégie sociale à la fiche E1124"] },
  { sourceId: "rome-e1124", role: CM, fact: "Rattachement : quand l’entreprise a un SMM, c’est lui qui encadre les community managers.", terms: ["c’est lui qui encadre les community managers"] },
  { sourceId: "rome-e1127", role: CM, fact: "Le Content Manager relève de la fiche E1127 « Brand content manager ».", terms: ["fiche E1127 « Brand content manager »"] },
  // ESCO
  { sourceId: "esco-online-community-manager", role: CM, fact: "ESCO : online community manager, code 2432.5, version 1.2.0 ; réseaux sociaux, forums ou wikis.", terms: ["code 2432.5, version 1.2.0", "forums ou des wikis"] },
  { sourceId: "esco-occupations-fr", role: CM, fact: "Libellé français ESCO : responsable de la communauté en ligne.", terms: ["en français « responsable de la communauté en ligne »"] },
  { sourceId: "esco-iscogroups", role: CM, fact: "ESCO range le métier dans le groupe CITP 2432 « Spécialistes des relations publiques ».", terms: ["groupe 2432 « Spécialistes des relations publiques »"] },
  // RNCP, Certif Info, Onisep
  { sourceId: "rncp-41364", role: CM, fact: "RNCP41364, niveau 6, délivrée par Doranco, enregistrée jusqu’au 24 septembre 2030.", terms: ["RNCP41364, délivrée par Doranco", "24 septembre 2030"] },
  { sourceId: "rncp-41364", role: CM, fact: "Doranco présente le CM comme un poste stratégique.", terms: ["Doranco présente au contraire le CM comme un poste stratégique"] },
  { sourceId: "rncp-40907", role: CM, fact: "RNCP40907, délivrée par l’Ifocop, enregistrée jusqu’au 25 juin 2028.", terms: ["RNCP40907, délivrée par l’Ifocop", "25 juin 2028"] },
  { sourceId: "rncp-40907", role: CM, fact: "Deux certifications de CM de niveau 6 sont en vigueur en décembre 2026.", terms: ["en décembre 2026 deux certifications de community manager en vigueur", "niveau 6"] },
  { sourceId: "intercariforef-113457", role: CM, fact: "La certification de l’Ifocop vise une sortie à bac + 3 ou 4.", terms: ["sortie à bac + 3 ou 4"] },
  { sourceId: "rncp-37347", role: CM, fact: "RNCP37347 (OpenClassrooms) a expiré le 17 février 2025.", terms: ["OpenClassrooms (RNCP37347) a expiré le 17 février 2025"] },
  { sourceId: "rncp-38138", role: CM, fact: "RNCP38138 (IMCI) a expiré le 18 octobre 2026 ; elle enseignait la rédaction de prompts.", terms: ["l’IMCI (RNCP38138) le 18 octobre 2026", "prompts"] },
  { sourceId: "onisep-community-manager", role: CM, fact: "Onisep : minimum bac + 3.", terms: ["l’Onisep place le minimum à bac + 3"] },
  { sourceId: "onisep-community-manager", role: CM, fact: "Onisep (fiche MET.93, exportée en octobre 2025) : débutant à partir de 2 230 € brut par mois.", terms: ["débutant gagne à partir de 2 230 € brut par mois", "exportée en octobre 2025", "MET.93"] },
  { sourceId: "onisep-community-manager", role: CM, fact: "Rattachement à la communication ou au marketing, parfois au commercial ou aux RH, selon la taille de l’entreprise.", terms: ["parfois de la direction commerciale ou des ressources humaines", "selon la taille de l’entreprise"] },
  { sourceId: "onisep-community-manager", role: CM, fact: "Évolution : social media manager après quelques années, en ajoutant des compétences de marketing.", terms: ["Après quelques années, un CM peut devenir social media manager"] },
  { sourceId: "onisep-community-manager", role: CM, fact: "En bref : rattaché à la communication ou au marketing selon la taille de l’entreprise, au SMM s’il y en a un.", terms: ["À la communication ou au marketing, selon la taille de l’entreprise ; au Social Media Manager s’il y en a un"] },
  // Enquêtes et rémunération
  { sourceId: "bdm-cm-2022", role: CM, fact: "BDM 2022 : 20 % en agence, 18 % dans une institution publique, un CM salarié sur deux en PME.", terms: ["20 % en agence", "18 % dans une institution publique", "un CM salarié sur deux"] },
  { sourceId: "bdm-cm-2022", role: CM, fact: "BDM 2022 : la plupart seuls CM de leur entreprise, donc sans équipe à encadrer.", terms: ["la plupart étaient le seul CM de leur entreprise"] },
  { sourceId: "bdm-cm-2022", role: CM, fact: "BDM 2022 : la moitié des CM avaient plus de cinq ans d’expérience.", terms: ["En 2022, la moitié des CM interrogés avaient plus de cinq ans d’expérience"] },
  { sourceId: "bdm-cm-2023", role: CM, fact: "BDM 2023 : 45 % en CDI, 14 % indépendants, près de 17 % demandeurs d’emploi.", terms: ["En 2023, 45 %", "14 % indépendants", "17 % demandeurs d’emploi"] },
  { sourceId: "bdm-cm-2023", role: CM, fact: "BDM 2023 : CDI en baisse de 7 points en deux ans ; 17,5 % de stagiaires et alternants ; un quart en Île-de-France.", terms: ["perdu 7 points en deux ans", "17,5 % de stagiaires", "un quart des répondants travaillaient en Île-de-France"] },
  { sourceId: "bdm-cm-2023", role: CM, fact: "BDM 2023 : près de 70 % de moins de 30 ans, plus de deux sur trois des femmes.", terms: ["près de 70 % avaient moins de 30 ans"] },
  { sourceId: "bdm-salaire-2023-copie", role: CM, fact: "BDM 2023, CDI : médiane de 25 500 € bruts par an pour l’intitulé CM (1 142 répondants volontaires).", terms: ["25 500 € bruts par an pour l’intitulé CM en CDI en 2023", "1 142 professionnels"] },
  { sourceId: "bdm-salaire-2023-copie", role: CM, fact: "BDM 2023, CM et SMM en CDI : médiane 29 000 €, moyenne 30 154 €, quartiles 24 000 et 35 000 €.", terms: ["la médiane atteint 29 000 € et la moyenne 30 154 €", "De 24 000 à 35 000 € bruts par an pour la moitié centrale des CM et SMM en CDI (Blog du Modérateur, 2023)"] },
  { sourceId: "bdm-salaire-2023-copie", role: CM, fact: "Le comparateur par expérience et par région n’est pas dans le texte : aucun chiffre n’en est tiré.", terms: ["aucun montant par expérience ou par région n’en est tiré"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CM, fact: "France Travail, 2022 : Assistants de communication 2 543 à 3 027 €, Cadres de la communication 3 684 à 5 351 € par mois.", terms: ["Pour 2022", "2 543 à 3 027 €", "3 684 à 5 351 €"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CM, fact: "Offres de CM déposées à France Travail, T4 2025 : de 1 802 € (premier décile) à 2 523 € (neuvième décile) ; le bloc des douze mois n’a pas de déciles.", terms: ["Au quatrième trimestre 2025, les offres de CM", "1 802 € (premier décile)", "2 523 € par mois (neuvième décile)"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CM, fact: "T4 2025 : 650 offres « Toutes offres » (61 % en CDI), dont 120 « Offres France Travail » ; 4 600 et 700 sur douze mois.", terms: ["650 offres d’emploi sous l’indicateur « Toutes offres » (61 % en CDI)", "120 sous l’indicateur « Offres France Travail »", "4 600 et 700"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CM, fact: "T4 2025 : 3 980 demandeurs d’emploi de catégorie A, dont 64 % de femmes.", terms: ["quatrième trimestre 2025", "3 980 demandeurs d’emploi de catégorie A", "64 % de femmes"] },
  // Canaux, rythme, IA
  { sourceId: "strategies-agorapulse-2022", role: CM, fact: "3,3 millions de publications en France en 2022 : près de 12 messages par mois, surtout 10 h-12 h et 17 h-18 h.", terms: ["3,3 millions de publications faites en France en 2022", "près de 12 messages par mois", "entre 10 h et 12 h et entre 17 h et 18 h"] },
  { sourceId: "strategies-agorapulse-2022", role: CM, fact: "En 2022, l’audience était la plus engagée le week-end, quand les CM publiaient le moins.", terms: ["la plus engagée le week-end"] },
  { sourceId: "bdm-metricool-2025", role: CM, fact: "Metricool 2025 : 96 % utilisent l’IA, 72 % chaque jour ; doutes sur la qualité et l’authenticité des contenus générés.", terms: ["En 2025, dans une étude de l’éditeur d’outils Metricool, 96 %", "72 % chaque jour", "qualité et l’authenticité des contenus générés"] },
  { sourceId: "arcep-barometre-2026", role: CM, fact: "Arcep, enquête de juin 2025 : 48 % des 12 ans et plus utilisent l’IA générative, 15 points de plus en un an.", terms: ["en juin 2025, 48 % des 12 ans et plus", "15 points de plus en un an"] },
  // Cadre légal
  { sourceId: "curia-c210-16", role: CM, fact: "CJUE, 2018, en interprétant la directive 95/46 : l’administrateur d’une page fan coresponsable.", terms: ["En 2018, la Cour de justice de l’Union européenne", "directive 95/46", "page fan"] },
  { sourceId: "edpb-guidelines-8-2020", role: CM, fact: "Le CEPD applique ce raisonnement au ciblage publicitaire sur les réseaux sociaux.", terms: ["ciblage publicitaire sur les réseaux sociaux"] },
  { sourceId: "rgpd-art26", role: CM, fact: "RGPD art. 26 : les responsables conjoints répartissent leurs obligations par un accord.", terms: ["responsables conjoints", "répartir leurs obligations par un accord"] },
  { sourceId: "cnil-tagadamedia-2024", role: CM, fact: "La CNIL a sanctionné en 2023 un courtier en données de 75 000 € (jeux-concours).", terms: ["jeux-concours", "sanctionné en 2023 un courtier en données de 75 000"] },
  { sourceId: "arcom-dsa-obligations", role: CM, fact: "Le DSA (règlement (UE) 2022/2065) s’applique à tous les services intermédiaires depuis le 17 février 2024.", terms: ["règlement (UE) 2022/2065", "depuis le 17 février 2024"] },
  { sourceId: "ec-dsa", role: CM, fact: "Les plateformes doivent motiver leurs retraits et permettre de les contester.", terms: ["motiver leurs retraits"] },
  { sourceId: "loi-2023-451-intention-commerciale", role: CM, fact: "Loi n° 2023-451 du 9 juin 2023 : afficher l’intention commerciale.", terms: ["loi n° 2023-451 du 9 juin 2023", "intention commerciale"] },
  { sourceId: "ordonnance-2024-978", role: CM, fact: "Loi modifiée par l’ordonnance n° 2024-978 du 6 novembre 2024.", terms: ["ordonnance n° 2024-978 du 6 novembre 2024"] },
  { sourceId: "loi-2023-451-images", role: CM, fact: "Mentions « Images retouchées » ou « Images virtuelles ».", terms: ["Images retouchées", "Images virtuelles"] },
  { sourceId: "udm-seuil-2026", role: CM, fact: "Décret n° 2025-1137 du 28 novembre 2025 : contrat écrit dès 1 000 € HT, apprécié sur une année.", terms: ["décret n° 2025-1137 du 28 novembre 2025", "dès 1 000 € hors taxes, montant apprécié sur une année"] },
  { sourceId: "ac-nantes-droit-image", role: CM, fact: "Photo d’une personne reconnaissable : accord à prouver par l’éditeur.", terms: ["qu’il revient à l’éditeur de prouver"] },
  { sourceId: "ac-besancon-violation", role: CM, fact: "Reprendre une œuvre sans autorisation est une contrefaçon.", terms: ["reprendre une œuvre sans autorisation est une contrefaçon"] },
  { sourceId: "letudiant-community-manager", role: CM, fact: "Les trois métiers se recouvrent, chacun reprenant parfois les tâches des autres.", terms: ["chacun reprenant parfois les tâches des autres"] },

  // ——— Social Media Manager ———
  { sourceId: "francetravail-opendata-rome", role: SMM, fact: "Le ROME est en version 4.0, en service depuis le 20 mars 2023.", terms: ["version 4.0, en service depuis le 20 mars 2023"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Fiche E1124 « Social media manager - Responsable des médias sociaux », emploi classé cadre.", terms: ["fiche ROME E1124 « Social media manager - Responsable des médias sociaux », un emploi classé cadre"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Appellations OGR : 38818 (principale), 510625, 510626, 509580, 509582.", terms: ["OGR 38818", "510626", "509582"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Six activités, dont, le cas échéant, encadrer des community managers.", terms: ["six activités", "le cas échéant, encadrer des community managers"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Il forme et supervise une équipe de community managers (et ne rend compte à aucun rôle du site).", terms: ["forme et supervise une équipe de community managers"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Accès : d’un Bac + 2 en communication avec expérience à un Bac + 5.", terms: ["entre un Bac + 2 en communication, avec de l’expérience, et un Bac + 5"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Conditions : en journée et en mode projet, pics d’activité, déplacements, télétravail possible.", terms: ["travail en journée et en mode projet", "des déplacements et la possibilité de télétravailler"] },
  { sourceId: "rome-e1124", role: SMM, fact: "La fiche E1124 ne prévoit pas d’horaires décalés.", terms: ["la fiche E1124 n’en prévoit pas"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Compétences : stratégie d’e-influence et d’e-réputation, tracking, CRM.", terms: ["stratégie d’e-influence et d’e-réputation", "tracking", "CRM"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Indicateurs : effet sur les ventes, retour sur investissement des campagnes.", terms: ["mesurer l’effet de chaque action sur les ventes", "retour sur investissement"] },
  { sourceId: "onisep-chef-projet-communication-digitale", role: SMM, fact: "Selon la taille de l’entreprise, seul ou à la tête d’une équipe de CM ; rattaché au service communication, souvent près du marketing.", terms: ["Selon la taille de l’entreprise, il travaille seul ou à la tête d’une équipe de community managers", "rattaché au service communication, souvent près du marketing"] },
  { sourceId: "onisep-chef-projet-communication-digitale", role: SMM, fact: "Métier voisin (Onisep) : débutant à 2 900 à 3 300 € bruts par mois, recruté à bac + 5.", terms: ["2 900 à 3 300 € bruts par mois", "recruté à bac + 5"] },
  { sourceId: "onisep-chef-projet-communication-digitale", role: SMM, fact: "En bref : service communication ou marketing, selon la taille de l’entreprise.", terms: ["Service communication ou marketing, selon la taille de l’entreprise ; peut encadrer des community managers"] },
  { sourceId: "onisep-community-manager", role: SMM, fact: "Onisep : une étape après quelques années de community management.", terms: ["après quelques années de community management"] },
  { sourceId: "bdm-salaire-2023-copie", role: SMM, fact: "BDM 2023 : médiane de 34 000 € bruts par an pour l’intitulé SMM en CDI.", terms: ["Médiane de 34 000 € bruts par an en 2023 pour l’intitulé SMM en CDI"] },
  { sourceId: "bdm-salaire-2023-copie", role: SMM, fact: "BDM 2023 : médiane d’ensemble 29 000 €, moitié centrale de 24 000 à 35 000 €, 25 500 € pour l’intitulé CM.", terms: ["la médiane de l’ensemble est de 29 000 €", "de 24 000 à 35 000 €", "contre 25 500 €"] },
  { sourceId: "bdm-cm-2023", role: SMM, fact: "L’enquête 2023 compte 1 142 répondants (salaires bruts des seuls CDI).", terms: ["1 142 répondants, salaires bruts des seuls CDI"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: SMM, fact: "France Travail ne publie pas de salaire pour la fiche E1124.", terms: ["France Travail ne publie pas de salaire pour la fiche E1124"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: SMM, fact: "T4 2025 : 480 demandeurs d’emploi de catégorie A, dont 69 % de femmes.", terms: ["quatrième trimestre 2025 480 demandeurs d’emploi de catégorie A", "69 % de femmes"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: SMM, fact: "Douze mois à fin 2025 : 630 « Toutes offres » (69 % en CDI), 70 « Offres France Travail ».", terms: ["630 offres", "dont 69 % en CDI", "70 offres déposées chez lui"] },
  { sourceId: "bdm-metricool-2025", role: SMM, fact: "Metricool 2025 : 96 % utilisent l’IA, 72 % chaque jour.", terms: ["en 2025, 96 % des professionnels du social media", "72 % chaque jour"] },
  { sourceId: "arcep-barometre-2026", role: SMM, fact: "Juin 2025 : 48 % des Français de 12 ans et plus utilisent l’IA générative.", terms: ["en juin 2025, 48 % des Français de 12 ans et plus"] },
  { sourceId: "rncp-41364", role: SMM, fact: "RNCP41364, en vigueur jusqu’en 2030, prévoit l’élaboration de la stratégie digitale.", terms: ["RNCP41364, en vigueur jusqu’en 2030"] },
  { sourceId: "intercariforef-113457", role: SMM, fact: "Certif Info n° 113457 : objectifs de stratégie social media, campagnes alignées sur les objectifs stratégiques.", terms: ["n° 113457", "aligne les campagnes publicitaires sur les objectifs stratégiques"] },
  { sourceId: "esco-online-community-manager", role: SMM, fact: "ESCO : social media manager, libellé secondaire d’online community manager (2432.5)…", terms: ["online community manager (2432.5)"] },
  { sourceId: "esco-communication-manager", role: SMM, fact: "… et de communication manager (1222.1).", terms: ["communication manager (1222.1)"] },
  { sourceId: "esco-iscogroups", role: SMM, fact: "CITP : groupes 2432 et 1222.", terms: ["groupe 1222, cadres de direction de la publicité et des relations publiques"] },
  { sourceId: "esco-occupations-fr", role: SMM, fact: "En français, « responsable des médias sociaux » est une variante de la profession du CM.", terms: ["« responsable des médias sociaux » est une variante de la profession du community manager"] },
  { sourceId: "letudiant-community-manager", role: SMM, fact: "L’Étudiant range « social media manager » parmi les noms du CM et juge les limites poreuses.", terms: ["parmi les autres noms du community manager", "poreuses"] },
  { sourceId: "loi-2023-451-art1", role: SMM, fact: "Loi n° 2023-451 du 9 juin 2023 : influence commerciale par voie électronique.", terms: ["loi n° 2023-451 du 9 juin 2023", "influence commerciale par voie électronique"] },
  { sourceId: "ordonnance-2024-978", role: SMM, fact: "Version modifiée par l’ordonnance du 6 novembre 2024.", terms: ["ordonnance du 6 novembre 2024"] },
  { sourceId: "loi-2023-451-intention-commerciale", role: SMM, fact: "Signaler l’intention commerciale, par exemple « publicité » ou « collaboration commerciale ».", terms: ["collaboration commerciale"] },
  { sourceId: "loi-2023-451-images", role: SMM, fact: "« Images retouchées » ou « Images virtuelles », sous peine d’un an d’emprisonnement et de 4 500 € d’amende.", terms: ["Images virtuelles", "un an d’emprisonnement et de 4 500 € d’amende"] },
  { sourceId: "udm-seuil-2026", role: SMM, fact: "Décret n° 2025-1137 du 28 novembre 2025 : contrat écrit dès 1 000 € HT, apprécié sur une année.", terms: ["décret n° 2025-1137 du 28 novembre 2025", "dès 1 000 € hors taxes, montant apprécié sur une année"] },
  { sourceId: "udm-seuil-2026", role: SMM, fact: "Sous ce seuil, la marque reste coresponsable.", terms: ["sous ce seuil, la marque reste coresponsable"] },
  { sourceId: "edpb-guidelines-8-2020", role: SMM, fact: "Une marque qui cible avec les outils d’un réseau social en est responsable conjointe (RGPD art. 26).", terms: ["responsable conjointe au sens de l’article 26 du RGPD"] },
  { sourceId: "curia-c210-16", role: SMM, fact: "CJUE 2018, interprétant la directive 95/46 : l’administrateur d’une page fan coresponsable.", terms: ["l’arrêt de 2018", "directive 95/46", "page fan"] },
  { sourceId: "arcom-dsa-obligations", role: SMM, fact: "DSA applicable à tous les intermédiaires depuis le 17 février 2024.", terms: ["depuis le 17 février 2024"] },
  { sourceId: "apec-marketing-digital-2015", role: SMM, fact: "Apec, juin 2015 (évolution du métier) : 40 à 45 k€ en début de carrière de cadre, 45 à 70 k€ confirmé.", terms: ["En juin 2015", "40 à 45 k€", "45 à 70 k€"] },

  // ——— Content Manager ———
  { sourceId: "francetravail-opendata-rome", role: CT, fact: "Le ROME est en version 4.0, en service depuis le 20 mars 2023.", terms: ["version 4.0, en service depuis le 20 mars 2023"] },
  { sourceId: "rome-e1127", role: CT, fact: "« Content manager » est l’appellation OGR 510104, synonyme dans la fiche E1127 « Brand content manager » (510534).", terms: ["510104", "fiche E1127 « Brand content manager »", "510534"] },
  { sourceId: "rome-e1127", role: CT, fact: "Compétences clés de l’appellation : contenus web optimisés pour le SEO, normes rédactionnelles.", terms: ["contenus web optimisés pour le SEO", "normes rédactionnelles"] },
  { sourceId: "rome-e1127", role: CT, fact: "Accès : Bac + 5 en marketing ou en communication (ROME, 2026).", terms: ["Bac + 5 en marketing ou en communication"] },
  { sourceId: "rome-e1127", role: CT, fact: "Statut de cadre incohérent entre la fiche et ses appellations.", terms: ["Le statut de cadre n’est pas tranché"] },
  { sourceId: "rome-e1127", role: CT, fact: "Conditions : salarié du privé, en journée et en mode projet, rythme irrégulier, déplacements, télétravail possible.", terms: ["en journée et en mode projet, au rythme irrégulier"] },
  { sourceId: "rome-e1127", role: CT, fact: "Rattachement non fixé par les sources ; il travaille avec les équipes marketing et communication.", terms: ["Rattachement non fixé par les sources ; il travaille avec le marketing et la communication", "travaille avec les équipes marketing et communication"] },
  { sourceId: "rncp-40886", role: CT, fact: "Aucune source actuelle ne fixe son supérieur ; pas d’équipe attitrée, il coordonne des créatifs et des prestataires.", terms: ["aucune source actuelle ne fixe ce rattachement", "Il n’a pas d’équipe attitrée"] },
  { sourceId: "rncp-40886", role: CT, fact: "RNCP40886, chef de projet multimédia, niveau 6, enregistrée jusqu’au 25 juin 2028.", terms: ["chef de projet multimédia (RNCP40886), est de niveau 6", "25 juin 2028"] },
  { sourceId: "rncp-40886", role: CT, fact: "Certificateurs : ECAD Consultants (Digital Campus) et L’école multimédia.", terms: ["ECAD Consultants (Digital Campus)", "L’école multimédia"] },
  { sourceId: "rncp-38125", role: CT, fact: "RNCP38125 n’est plus enregistré depuis le 18 octobre 2026.", terms: ["RNCP38125", "n’est plus enregistré depuis le 18 octobre 2026"] },
  { sourceId: "esco-web-content-manager", role: CT, fact: "ESCO : web content manager, code 2513.4, version 1.2.0.", terms: ["web content manager", "code 2513.4, version 1.2.0"] },
  { sourceId: "esco-occupations-fr", role: CT, fact: "Libellés français : administrateur de contenu web, gestionnaire du contenu web.", terms: ["administrateur de contenu web", "gestionnaire du contenu web"] },
  { sourceId: "esco-iscogroups", role: CT, fact: "Groupe CITP-08 2513 « Concepteurs de sites internet et de multimédia ».", terms: ["2513", "Concepteurs de sites internet et de multimédia"] },
  { sourceId: "esco-v1-2-0-essential-skills", role: CT, fact: "ESCO : langages de balisage, feuilles de style, métadonnées.", terms: ["langages de balisage", "métadonnées"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CT, fact: "Aucun salaire publié par France Travail pour E1127 (données mises à jour en mars 2026).", terms: ["n’en donne pas pour la fiche E1127 (données mises à jour en mars 2026)"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CT, fact: "T4 2025 : 100 « Toutes offres » (78 % en CDI), 20 « Offres France Travail » ; 190 et 40 sur douze mois.", terms: ["100 dans la série « Toutes offres », dont 78 % en CDI", "20 seulement dans la série « Offres France Travail »", "190 et 40"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CT, fact: "T4 2025 : 100 demandeurs de catégorie A, 61 % de niveau cadre ; tension 2024 : −0,68 et −1,73.", terms: ["100 demandeurs d’emploi de catégorie A", "61 % de niveau cadre", "Pour 2024, l’indicateur principal de tension y est négatif (−0,68)"] },
  { sourceId: "onisep-chef-projet-communication-digitale", role: CT, fact: "Repère voisin : 2 900 à 3 300 € brut par mois pour un débutant chef de projet communication digitale (Onisep, 2025).", terms: ["2 900 à 3 300 € brut par mois au début (Onisep, 2025)"] },
  { sourceId: "onisep-redacteur-on-line", role: CT, fact: "Rédacteur on line : à partir de 1 801 € brut par mois ; évolution vers responsable éditorial.", terms: ["1 801 € brut par mois", "responsable éditorial"] },
  { sourceId: "onisep-redacteur-on-line", role: CT, fact: "Versant rédactionnel : minimum bac + 3, tendance à bac + 5.", terms: ["l’Onisep fixe le minimum à bac + 3"] },
  { sourceId: "arcep-barometre-2026", role: CT, fact: "Juin 2025 : 48 % des 12 ans et plus utilisent l’IA générative, 58 % d’entre eux pour rédiger ou traduire.", terms: ["En juin 2025, 48 % des Français de 12 ans et plus", "58 % de ces utilisateurs"] },
  { sourceId: "bdm-metricool-2025", role: CT, fact: "Metricool, 2025 : 96 % d’utilisateurs de l’IA, dont 72 % au quotidien.", terms: ["publiée en 2025 comptait 96 % d’utilisateurs de l’IA, dont 72 % au quotidien"] },
  { sourceId: "ac-besancon-oeuvre-esprit", role: CT, fact: "Une œuvre est protégée dès sa création.", terms: ["protégés dès leur création"] },
  { sourceId: "ac-besancon-violation", role: CT, fact: "Contrefaçon : trois ans d’emprisonnement et 300 000 € d’amende.", terms: ["trois ans d’emprisonnement et de 300 000 € d’amende"] },
  { sourceId: "service-public-droit-image", role: CT, fact: "Image d’une personne reconnaissable : accord écrit (fiche vérifiée le 6 mai 2022).", terms: ["demande son accord écrit", "Service-Public, 2022"] },
  { sourceId: "cnil-cookies-2020", role: CT, fact: "Traceurs, pixels invisibles compris : consentement préalable.", terms: ["pixels invisibles compris", "consentement préalable"] },
  { sourceId: "loi-2023-451-images", role: CT, fact: "« Images retouchées », « Images virtuelles » (IA) ; un an et 4 500 €.", terms: ["Images retouchées", "produits par intelligence artificielle", "un an d’emprisonnement et de 4 500 € d’amende"] },
  { sourceId: "ordonnance-2024-978", role: CT, fact: "Loi du 9 juin 2023 modifiée par une ordonnance du 6 novembre 2024.", terms: ["loi du 9 juin 2023, modifiée par une ordonnance du 6 novembre 2024"] },
  { sourceId: "eurlex-dsa", role: CT, fact: "DSA publié le 27 octobre 2022.", terms: ["publié le 27 octobre 2022"] },
  { sourceId: "letudiant-community-manager", role: CT, fact: "Limite « plutôt poreuse » avec les deux autres métiers.", terms: ["plutôt poreuse"] },
];

/**
 * The same facts in the English language (content/en/roles/), checked the same way against the
 * English records: figures, years, codes and reporting lines must not drift between languages.
 */
export const SOURCED_FACTS_EN: SourcedFact[] = [
  // Community Manager
  { sourceId: "francetravail-opendata-rome", role: CM, fact: "ROME 4.0 in service since 20 March 2023.", terms: ["version 4.0 has been in service since 20 March 2023"] },
  { sourceId: "rome-e1101", role: CM, fact: "Profile E1101, not a managerial-grade job; main title OGR 38383.", terms: ["profile E1101", "not classed as a managerial-grade (cadre) job", "OGR 38383"] },
  { sourceId: "rome-e1101", role: CM, fact: "France Travail links E1101 to ISCO group 3514, web technicians.", terms: ["group 3514 “Web technicians”"] },
  { sourceId: "rome-e1101", role: CM, fact: "Access: Bac + 2 to Bac + 5 in communication.", terms: ["Bac + 2 to Bac + 5"] },
  { sourceId: "esco-online-community-manager", role: CM, fact: "ESCO: online community manager, code 2432.5, version 1.2.0.", terms: ["code 2432.5, version 1.2.0"] },
  { sourceId: "rncp-41364", role: CM, fact: "RNCP41364, Doranco, registered until 24 September 2030.", terms: ["RNCP41364, awarded by Doranco, is registered until 24 September 2030"] },
  { sourceId: "rncp-40907", role: CM, fact: "RNCP40907, Ifocop, until 25 June 2028.", terms: ["RNCP40907, awarded by Ifocop, until 25 June 2028"] },
  { sourceId: "rncp-37347", role: CM, fact: "RNCP37347 expired on 17 February 2025; RNCP38138 on 18 October 2026.", terms: ["RNCP37347) expired on 17 February 2025", "RNCP38138) on 18 October 2026"] },
  { sourceId: "onisep-community-manager", role: CM, fact: "Onisep: beginners from €2,230 gross a month; profile exported in October 2025.", terms: ["earns from €2,230 gross a month", "exported in October 2025"] },
  { sourceId: "onisep-community-manager", role: CM, fact: "In brief: to communication or marketing, depending on the size of the company; to the SMM if there is one.", terms: ["To communication or marketing, depending on the size of the company; to the Social Media Manager if there is one"] },
  { sourceId: "rome-e1124", role: CM, fact: "When the company has an SMM, the SMM manages the community managers.", terms: ["that person supervises the community managers"] },
  { sourceId: "bdm-cm-2022", role: CM, fact: "2022: most CMs were the only CM in their company.", terms: ["in 2022, most were the only CM in their company"] },
  { sourceId: "bdm-salaire-2023-copie", role: CM, fact: "BDM 2023: median €25,500 for the CM title; €29,000 and mean €30,154 for CMs and SMMs; quartiles €24,000 and €35,000.", terms: ["a median of €25,500 gross a year", "the median reaches €29,000 and the mean €30,154", "less than €24,000 and a quarter more than €35,000"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CM, fact: "France Travail, 2022: €2,543 to €3,027 and €3,684 to €5,351 a month.", terms: ["For 2022", "€2,543 to €3,027", "€3,684 to €5,351"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CM, fact: "Q4 2025: 650 vacancies (61% permanent), 120 France Travail vacancies; 3,980 job seekers, 64% women.", terms: ["650 vacancies for profile E1101", "only 120 under “Offres France Travail”", "3,980 category-A job seekers"] },
  { sourceId: "bdm-cm-2023", role: CM, fact: "BDM 2023: 45% permanent, 14% freelance, nearly 17% job seekers.", terms: ["In 2023, 45%", "14% freelance", "nearly 17% job seekers"] },
  { sourceId: "bdm-metricool-2025", role: CM, fact: "Metricool 2025: 96% use AI, 72% every day.", terms: ["In 2025, in a study by the tool vendor Metricool, 96%", "72% every day"] },
  { sourceId: "arcep-barometre-2026", role: CM, fact: "June 2025: 48% of people aged 12 and over used generative AI.", terms: ["in June 2025, 48% of people aged 12 and over"] },
  { sourceId: "curia-c210-16", role: CM, fact: "CJEU 2018, interpreting Directive 95/46: fan page administrator.", terms: ["In 2018, the Court of Justice of the European Union, interpreting Directive 95/46"] },
  { sourceId: "cnil-tagadamedia-2024", role: CM, fact: "In 2023 the CNIL fined a data broker €75,000.", terms: ["fined a data broker €75,000"] },
  { sourceId: "arcom-dsa-obligations", role: CM, fact: "DSA, Regulation (EU) 2022/2065, applies since 17 February 2024.", terms: ["Regulation (EU) 2022/2065", "since 17 February 2024"] },
  { sourceId: "ordonnance-2024-978", role: CM, fact: "Law 2023-451 of 9 June 2023, amended by Ordinance 2024-978 of 6 November 2024.", terms: ["Law No. 2023-451 of 9 June 2023", "Ordinance No. 2024-978 of 6 November 2024"] },
  { sourceId: "udm-seuil-2026", role: CM, fact: "Decree 2025-1137 of 28 November 2025: a written contract from €1,000 excluding VAT, counted over a year.", terms: ["Decree No. 2025-1137 of 28 November 2025", "from €1,000 excluding VAT, counted over a year"] },

  // Social Media Manager
  { sourceId: "rome-e1124", role: SMM, fact: "Profile E1124, a management-grade job; main title OGR 38818.", terms: ["ROME profile E1124", "a management-grade (cadre) job", "OGR 38818"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Profile E1124 provides for training and supervising a team of community managers.", terms: ["training and supervising a team of community managers"] },
  { sourceId: "rome-e1124", role: SMM, fact: "Access: Bac + 2 with experience up to Bac + 5.", terms: ["Bac + 2", "with experience, up to Bac + 5"] },
  { sourceId: "onisep-chef-projet-communication-digitale", role: SMM, fact: "Depending on company size, alone or heading a team of CMs; in the communication department, often close to marketing.", terms: ["Depending on the size of the company, the SMM works alone or heads a team of community managers", "often close to marketing"] },
  { sourceId: "onisep-chef-projet-communication-digitale", role: SMM, fact: "Neighbouring job: beginners €2,900 to €3,300 gross a month.", terms: ["€2,900 to €3,300 gross a month"] },
  { sourceId: "bdm-salaire-2023-copie", role: SMM, fact: "BDM 2023: median €34,000 for the SMM title.", terms: ["the median of €34,000 gross a year found in 2023"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: SMM, fact: "No France Travail pay for E1124; Q4 2025: 480 job seekers, 69% women; 630 and 70 vacancies over twelve months.", terms: ["France Travail publishes no pay for profile E1124", "480 registered job seekers", "630 vacancies"] },
  { sourceId: "bdm-metricool-2025", role: SMM, fact: "Metricool 2025: 96% use AI, 72% every day.", terms: ["in 2025, 96% of the social media professionals", "72% used it every day"] },
  { sourceId: "arcep-barometre-2026", role: SMM, fact: "June 2025: 48% aged 12 and over.", terms: ["in June 2025, 48% of people in France aged 12 and over"] },
  { sourceId: "loi-2023-451-art1", role: SMM, fact: "Law no. 2023-451 of 9 June 2023 on commercial influence.", terms: ["law no. 2023-451 of 9 June 2023"] },
  { sourceId: "loi-2023-451-images", role: SMM, fact: "One year's imprisonment and a €4,500 fine.", terms: ["one year’s imprisonment and a €4,500 fine"] },
  { sourceId: "udm-seuil-2026", role: SMM, fact: "Decree 2025-1137 of 28 November 2025: a written contract from €1,000 excluding VAT, counted over a year.", terms: ["Decree No. 2025-1137 of 28 November 2025", "from €1,000 excluding VAT, counted over a year"] },
  { sourceId: "apec-marketing-digital-2015", role: SMM, fact: "Apec, June 2015: €40k to €45k junior, €45k to €70k experienced.", terms: ["In June 2015", "€40k to €45k", "€45k to €70k"] },

  // Content Manager
  { sourceId: "rome-e1127", role: CT, fact: "OGR 510104, synonym under E1127 “Brand content manager” (510534).", terms: ["510104", "E1127 “Brand content manager”", "510534"] },
  { sourceId: "rome-e1127", role: CT, fact: "E1127 asks for a Bac + 5 in marketing or communication.", terms: ["asks for a Bac + 5"] },
  { sourceId: "rome-e1127", role: CT, fact: "In brief: reporting line not set by the sources; works with marketing and communication.", terms: ["Reporting line not set by the sources; the role works with marketing and communication"] },
  { sourceId: "rncp-40886", role: CT, fact: "RNCP40886, level 6, registered until 25 June 2028.", terms: ["(RNCP40886), is at level 6", "registered until 25 June 2028"] },
  { sourceId: "esco-web-content-manager", role: CT, fact: "ESCO: web content manager, code 2513.4, version 1.2.0.", terms: ["code 2513.4, version 1.2.0"] },
  { sourceId: "ft-stats-e1101-e1124-e1127", role: CT, fact: "No pay for E1127 (data updated in March 2026); Q4 2025: 100 and 20 vacancies, 78% permanent; tension −0.68 and −1.73.", terms: ["data updated in March 2026", "78% of them permanent contracts, but only 20", "(−0.68), as is the one for lack of labour (−1.73)"] },
  { sourceId: "onisep-chef-projet-communication-digitale", role: CT, fact: "Nearest figure: €2,900 to €3,300 a month for a beginner digital communication project manager (Onisep, 2025).", terms: ["€2,900 to €3,300 gross a month for an entry-level digital communication project manager (Onisep, 2025)"] },
  { sourceId: "onisep-redacteur-on-line", role: CT, fact: "Online writer: from €1,801 gross a month.", terms: ["from €1,801 gross a month"] },
  { sourceId: "arcep-barometre-2026", role: CT, fact: "June 2025: 48% of people aged 12 and over; 58% of users to write or translate.", terms: ["In June 2025, 48% of people aged 12 and over", "58% of those users"] },
  { sourceId: "ac-besancon-violation", role: CT, fact: "Infringement: three years in prison and a €300,000 fine.", terms: ["three years in prison and a €300,000 fine"] },
  { sourceId: "eurlex-dsa", role: CT, fact: "DSA published on 27 October 2022.", terms: ["published on 27 October 2022"] },
];
