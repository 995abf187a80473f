import { z } from "zod";
import { DIMENSION_IDS, type DimensionId } from "./dimensions";
import { POSITIONINGS } from "./positioning";
import { SLUG_PATTERN, countWords } from "./text";

z.config(z.locales.fr());
/** How to write a value of each type in YAML, for the messages of the validator. */
const EXPECTED_TYPE: Record<string, string> = {
  array: "liste attendue : écrivez un élément par ligne, précédé de « - », ou [a, b]",
  number: "nombre attendu : écrivez-le sans guillemets ni unité (ex. 2200)",
  string: "texte attendu : écrivez-le entre guillemets",
  object: "bloc de champs attendu : indentez ses champs sous ce nom (voir lib/schema.ts)",
};

/** Every message says what is wrong, then how to fix it. Messages given in the schema below take precedence. */
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "champ obligatoire manquant : ajoutez-le (modèle : content/modele-de-profil.md)";
    if (issue.code === "invalid_type") return EXPECTED_TYPE[issue.expected] ?? `valeur de type ${issue.expected} attendue : corrigez-la (voir lib/schema.ts)`;
    if (issue.code === "unrecognized_keys") return `champ inconnu : supprimez-le ou corrigez son nom (champs permis : voir lib/schema.ts)`;
    if (issue.code === "invalid_value") return `valeur invalide : choisissez ${issue.values.map((value) => `« ${String(value)} »`).join(", ")}`;
    if (issue.code === "too_small" && issue.origin === "array") return `liste trop courte : ajoutez au moins ${Number(issue.minimum) === 1 ? "un élément" : `${issue.minimum} éléments`}`;
    if (issue.code === "too_small" && issue.origin === "number") return `nombre trop petit : écrivez un nombre ${issue.inclusive ? "d'au moins" : "supérieur à"} ${issue.minimum}`;
    if (issue.code === "too_big" && issue.origin === "number") return `nombre trop grand : écrivez un nombre ${issue.inclusive ? "d'au plus" : "inférieur à"} ${issue.maximum}`;
    if (issue.code === "invalid_format" && issue.format === "url") return "adresse invalide : écrivez une URL complète (https://…)";
    return undefined;
  },
});

export const text = z.string().trim().min(1, "texte vide : écrivez au moins un mot");

export const slug = z
  .string()
  .regex(SLUG_PATTERN, "slug invalide : minuscules ASCII, chiffres et tirets seulement (ex. community-manager)");

const sourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "identifiant de source invalide : minuscules, chiffres et tirets (ex. hajjar-2016)");

export const cited = z.array(sourceId).min(1, "citez au moins une source (identifiant de la liste sources)");

/** A calendar date written AAAA-MM-JJ that exists (2026-02-30 does not). YAML is read without timestamps, so this sees the text as written. */
export const isoDate = z.string().refine((value) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}, "date invalide : écrivez une date qui existe, au format AAAA-MM-JJ (ex. 2026-11-23)");

/** A publication date as precise as known: `2013`, `2013-06`, `2013-06-21`, or a range `2013–2016`. */
const publishedDate = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}–\d{4}$/,
    "date de publication invalide : écrivez AAAA, AAAA-MM, AAAA-MM-JJ ou une période AAAA–AAAA (tiret demi-cadratin)",
  );

/** Only web addresses: a `javascript:` or `data:` URL would be published as a link. */
const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s"<>]+$/, "adresse invalide : écrivez une URL complète en http:// ou https://");

/**
 * The lasting address of a source: what a reader can open again, years later, and find the same
 * document (see README, « Sources »).
 */
const sourceUrl = httpUrl.superRefine((url, ctx) => {
  const problem = (message: string) => ctx.addIssue({ code: "custom", message });
  if (/[^\x21-\x7e]/.test(url)) problem("caractère non encodé (espace, accent, apostrophe typographique…) : encodez-le (é → %C3%A9)");
  const host = /^https?:\/\/([^/?#]+)/.exec(url)?.[1] ?? "";
  if (host.endsWith(".")) problem(`nom d’hôte terminé par un point (« ${host} ») : retirez le point`);
  if (/[?&](cid|qid|hs_amp|sessionid|jsessionid|sid|utm_[a-z]+)=/i.test(url)) problem("paramètre de session ou de suivi (cid, qid, hs_amp, utm_…) : retirez-le, l’adresse doit rester la même pour tous");
  if (/^https:\/\/github\.com\/[^/]+\/[^/]+\/(blob|tree)\/(?![0-9a-f]{40}\/)/.test(url)) problem("fichier GitHub non épinglé (blob/master…) : donnez l’adresse à un commit (blob/<40 caractères hexadécimaux>/…)");
});

/** A statement of the profile (a mission, a skill…), with a key shared by roles that have the same item. */
export const itemSchema = z.strictObject({
  key: slug,
  text,
  sources: cited,
  /** Words and phrases that evoke the item in a job ad (lib/analyse): missions, skills and indicators have them. */
  signals: z.array(text).min(1).optional(),
  /** A core item: what the job is about in most companies. Shown first, and the only items the job-ad writer preselects. */
  core: z.literal(true).optional(),
});

export const otherTitleSchema = z.strictObject({
  title: text,
  feminine: text.optional(),
  sources: cited,
});

export const positioningSchema = z.strictObject({
  value: z.enum(POSITIONINGS),
  note: text,
  sources: cited,
});

export const dimensionValueSchema = z.strictObject({
  text,
  sources: cited,
});

export const PAY_LEVELS = ["beginner", "confirmed", "senior", "all"] as const;
export const PAY_STATISTICS = ["median", "mean", "range"] as const;
export const PAY_AREAS = ["france", "paris", "regions"] as const;

/**
 * One row of a role's pay table: a figure a reader can use, with the experience, the year, gross
 * or net, the period, the area and what it covers (a survey's respondents, an occupational family).
 */
export const payRowSchema = z
  .strictObject({
    level: z.enum(PAY_LEVELS),
    statistic: z.enum(PAY_STATISTICS),
    amount: z.number().positive(),
    /** The top of a range (`statistic: range`). */
    amountMax: z.number().positive().optional(),
    period: z.enum(["month", "year"]),
    basis: z.enum(["gross", "net"]),
    year: z.number().int().min(1990).max(2100),
    area: z.enum(PAY_AREAS).default("france"),
    covers: text,
    source: sourceId,
  })
  .superRefine((row, ctx) => {
    if (row.statistic === "range" && row.amountMax === undefined) ctx.addIssue({ code: "custom", path: ["amountMax"], message: "fourchette sans haut : donnez amountMax, ou choisissez statistic: median ou mean" });
    if (row.statistic !== "range" && row.amountMax !== undefined) ctx.addIssue({ code: "custom", path: ["amountMax"], message: "amountMax n’a de sens que pour statistic: range : retirez-le" });
    if (row.amountMax !== undefined && row.amountMax <= row.amount) ctx.addIssue({ code: "custom", path: ["amountMax"], message: "le haut de la fourchette doit dépasser le bas (amount)" });
  });
export type PayRow = z.infer<typeof payRowSchema>;

/** One line of En bref: short enough to read at a glance, and dated, since pay and access change. */
const essentialLine = dimensionValueSchema.superRefine((line, ctx) => {
  const words = countWords(line.text);
  if (words > ESSENTIAL_LINE_WORDS) ctx.addIssue({ code: "custom", path: ["text"], message: `${words} mots pour ${ESSENTIAL_LINE_WORDS} au plus : gardez l’essentiel, le détail va dans la section` });
  if (!/(?<!\d)(19|20)\d\d(?!\d)/.test(line.text)) ctx.addIssue({ code: "custom", path: ["text"], message: "aucune année : écrivez l’année du chiffre ou de la règle (ex. « en 2025 »)" });
});

/** The words of one En bref line on pay or access. */
export const ESSENTIAL_LINE_WORDS = 25;

/**
 * The "En bref" block under a role's title: a few of its missions (by key), and one short,
 * sourced line each on pay and on access to the job. The whole block stays under the reading
 * budget (lib/reading.ts), checked by `npm run validate`.
 */
export const essentialsSchema = z.strictObject({
  missions: z.array(slug).min(2, "essentials.missions : 2 à 4 clés de missions").max(4, "essentials.missions : 2 à 4 clés de missions"),
  pay: essentialLine,
  access: essentialLine,
  /** Whom it reports to, in words, when the bare `reportsTo` links would state as fact what few sources say. */
  reporting: dimensionValueSchema.optional(),
});

const romeSchema = z.strictObject({
  code: z.string().regex(/^[A-N]\d{4}$/, "code ROME invalide (ex. E1101)"),
  label: text,
  version: text,
  jobTitles: z.array(z.strictObject({ ogr: z.string().regex(/^\d+$/, "code OGR : des chiffres"), label: text })).min(1),
});

const escoSchema = z.strictObject({
  uri: z.string().regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/, "URI ESCO invalide"),
  label: text,
  code: z.string().regex(/^\d{4}(\.\d+)*$/, "code ESCO invalide (ex. 2432.5)"),
  version: text,
  /** exact: the profession is this role; alternative-label: the role's title is one of its alternative labels; close: the nearest profession, not the same job. */
  match: z.enum(["exact", "alternative-label", "close"]),
});

export const codesSchema = z
  .strictObject({
    rome: romeSchema.optional(),
    esco: z.array(escoSchema).min(1).optional(),
    isco: z.array(z.strictObject({ code: z.string().regex(/^\d{4}$/, "code CITP/ISCO à 4 chiffres"), label: text, version: text })).min(1).optional(),
    /** Why a classification has no code for this role (a role may have none of its own). */
    missing: text.optional(),
    note: text.optional(),
  })
  .superRefine((codes, ctx) => {
    const absent = (["rome", "esco", "isco"] as const).filter((name) => codes[name] === undefined);
    if (absent.length > 0 && !codes.missing) {
      ctx.addIssue({ code: "custom", path: ["missing"], message: `code${absent.length > 1 ? "s" : ""} ${absent.join(", ")} absent${absent.length > 1 ? "s" : ""} : ajoutez-les, ou écrivez dans codes.missing pourquoi ce métier n'en a pas` });
    }
  });

export const SOURCE_KINDS = ["reference", "certification", "law", "statistics", "survey", "press", "blog", "article", "dataset"] as const;

/** One entry of the bibliography, `content/sources.yml`. Profiles, the guide and the figures cite its id. */
export const sourceSchema = z
  .strictObject({
    id: sourceId,
    /** The title exactly as the source gives it; when it has none, a description and `untitled: true`. */
    title: text,
    untitled: z.boolean().default(false),
    /** How citations name it in running text, e.g. « Hajjar » or « APEC, 2025 ». */
    short: text.max(40, "libellé court trop long : 40 caractères au plus"),
    author: text.optional(),
    organisation: text.optional(),
    publisher: text.optional(),
    /** The document at the body that publishes it, derived from its identifier (ROME code, CELEX, LEGIARTI, RNCP number…). */
    url: sourceUrl.nullable(),
    urlMissing: text.optional(),
    /** The copy actually read, when it is not the document at `url` (a mirror, an archive, a dataset's copy), and the day it was read. */
    readAt: z.strictObject({ url: sourceUrl, consulted: isoDate }).optional(),
    published: publishedDate.nullable(),
    publishedNote: text.optional(),
    consulted: isoDate,
    kind: z.enum(SOURCE_KINDS),
    language: z.string().regex(/^[a-z]{2}$/, "langue : code à deux lettres (ex. fr, en)"),
    /** For a source known only through another one: the id of the source that reports it. */
    reportedBy: sourceId.optional(),
    note: text,
  })
  .superRefine((source, ctx) => {
    if (source.url === null && !source.urlMissing) {
      ctx.addIssue({ code: "custom", path: ["urlMissing"], message: "url: null sans raison : écrivez dans urlMissing pourquoi la source n'a pas d'adresse" });
    }
    if (source.published === null && !source.publishedNote) {
      ctx.addIssue({ code: "custom", path: ["publishedNote"], message: "published: null sans explication : écrivez dans publishedNote ce que l'on sait de la date" });
    }
  });

const dimensionsSchema = z.strictObject(
  Object.fromEntries(DIMENSION_IDS.map((id) => [id, dimensionValueSchema])) as Record<
    DimensionId,
    typeof dimensionValueSchema
  >,
);

/** The front matter of `content/roles/<slug>.md`. */
export const frontMatterSchema = z.strictObject({
  title: text,
  abbreviation: z.string().regex(/^[A-Z]{2,5}$/, "abréviation : 2 à 5 majuscules (ex. CM)").optional(),
  summary: text.max(240, "résumé trop long : une phrase de 240 caractères au plus"),
  updated: isoDate,
  otherTitles: z.array(otherTitleSchema),
  aliases: z.array(slug).default([]),
  positioning: positioningSchema,
  reportsTo: z.array(slug),
  manages: z.array(slug),
  related: z.array(slug),
  missions: z.strictObject({ strategic: z.array(itemSchema), operational: z.array(itemSchema) }),
  skills: z.array(itemSchema).min(1),
  indicators: z.array(itemSchema).min(1),
  /** Platforms and tools: never core (core items are what a job ad asks of the person). */
  channels: z.array(itemSchema.omit({ core: true })).min(1),
  dimensions: dimensionsSchema,
  pay: z.array(payRowSchema).default([]),
  essentials: essentialsSchema.optional(),
  codes: codesSchema,
});

/**
 * A bibliography entry in another language (content/en/sources.yml): the words that describe the
 * source, never its title, unless it has none (`untitled: true`: the title is then a description).
 */
export const sourceTranslationSchema = z.strictObject({
  id: sourceId,
  short: text.max(40, "libellé court trop long : 40 caractères au plus"),
  title: text.optional(),
  urlMissing: text.optional(),
  publishedNote: text.optional(),
  note: text,
});
export type SourceTranslation = z.infer<typeof sourceTranslationSchema>;

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Item = z.infer<typeof itemSchema>;

export type Source = z.infer<typeof sourceSchema>;
export type DimensionValue = z.infer<typeof dimensionValueSchema>;

/** A `##` section of a profile; `page: true` when it has a page of its own (/roles/<slug>/<id>). */
/** A section's own page: the whole section, its sources numbered from 1. */
/** For each source a page cites, the ids of its marks that cite it, in order (lib/citations.ts, citationAnchor). */
export type CitedFrom = Record<string, string[]>;

export type SectionPage = { id: string; title: string; html: string; sourceIds: string[]; citedFrom: CitedFrom };

export type Section = { id: string; title: string; page?: true };
export type AliasSlug = { slug: string; title: string };
/** Another role, named by a profile's relations: resolved by the loader. */
export type RoleRef = { slug: string; title: string };

/** A validated role profile, ready to render: relations resolved, cited sources attached. */
export type Role = Omit<FrontMatter, "reportsTo" | "manages" | "related"> & {
  slug: string;
  reportsTo: RoleRef[];
  manages: RoleRef[];
  related: RoleRef[];
  /** The bibliography entries this profile cites, in order of first citation: role page, then the sections' pages. */
  sources: Source[];
  /** The ids of the sources the role page itself cites (En bref, body, front matter), in the order of its list. */
  rolePageSourceIds: string[];
  /** Every slug that redirects to this role, with the title it comes from. */
  aliasSlugs: AliasSlug[];
  html: string;
  /** Where the role page's body cites each source: its source list leads back there. */
  citedFrom: CitedFrom;
  sections: Section[];
  /** The sections that have a page of their own, with its HTML and its sources in order. */
  pages: SectionPage[];
  wordCount: number;
};

/** `question: value` pairs that must all hold; a list of values means any of them. */
const conditionSchema = z.record(slug, z.union([slug, z.array(slug).min(1)]));

/** `content/guide.yml`: the questions of « Quel profil recruter ? » and the rules that weigh the roles. */
export const guideSchema = z.strictObject({
  title: text,
  intro: text,
  questions: z
    .array(
      z.strictObject({
        id: slug,
        label: text,
        options: z.array(z.strictObject({ value: slug, label: text })).min(2, "une question a au moins deux réponses"),
      }),
    )
    .min(1),
  /** Each rule that matches the answers adds its weight to one role (negative: against it) and shows its reason. */
  rules: z
    .array(
      z.strictObject({
        when: conditionSchema,
        role: slug,
        weight: z.number().int().min(-5).max(5),
        text,
        sources: cited,
      }),
    )
    .min(1),
  /** A role is recommended beside the first when its score reaches this share of the first's. */
  secondaryShare: z.number().gt(0).max(1),
  /** When these answers hold, the roles recommended are to be held by one person. */
  onePerson: z.strictObject({
    when: conditionSchema,
    reasons: z.array(z.strictObject({ roles: z.array(slug).min(2), text, sources: cited })),
  }),
});

/** `content/organisation.yml`: the organisation diagram. Every role is drawn; these add the rest. */
export const organisationSchema = z.strictObject({
  /** The sentences above the diagram: who decides and who carries out, according to whom. */
  lead: z.strictObject({ text, sources: cited }),
  title: text,
  description: text,
  /** Boxes that are not roles (a direction, an agency), each on a fixed row (0 = top). */
  nodes: z.array(z.strictObject({ id: slug, label: text, level: z.number().int().min(0).max(9), detail: text, sources: cited })),
  /** What the diagram says of a role; a role not listed is shown with its summary. */
  roles: z.record(slug, z.strictObject({ detail: text, sources: cited })).default({}),
  /** Arrows between boxes (role slugs or node ids), each with the sentence it stands for. */
  links: z.array(z.strictObject({ from: slug, to: slug, sentence: text, sources: cited })),
  note: z.strictObject({ text, sources: cited }).optional(),
});

/** `content/surveys.yml`: survey figures shown as charts, each with its table. */
export const surveysSchema = z.array(
  z.strictObject({
    id: slug,
    source: sourceId,
    title: text,
    date: text,
    sample: text,
    question: text,
    caveat: text,
    values: z.array(z.strictObject({ role: slug, percent: z.number().min(0).max(100) })).min(1),
  }),
);

export type Guide = z.infer<typeof guideSchema>;
export type GuideRule = Guide["rules"][number];
export type Organisation = z.infer<typeof organisationSchema>;
export type Survey = z.infer<typeof surveysSchema>[number];
