import { z } from "zod";
import { DIMENSION_IDS, type DimensionId } from "./dimensions";
import { POSITIONINGS } from "./positioning";
import { SLUG_PATTERN } from "./text";

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
    if (issue.code === "invalid_type" && issue.input === undefined) return "champ obligatoire manquant : ajoutez-le (modèle : README, « Ajouter un rôle »)";
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

const text = z.string().trim().min(1, "texte vide : écrivez au moins un mot");

const slug = z
  .string()
  .regex(SLUG_PATTERN, "slug invalide : minuscules ASCII, chiffres et tirets seulement (ex. community-manager)");

const sourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "identifiant de source invalide : minuscules, chiffres et tirets (ex. hajjar-2016)");

const cited = z.array(sourceId).min(1, "citez au moins une source (identifiant de la liste sources)");

const isoDate = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || (typeof value === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(value))) {
      ctx.addIssue({ code: "custom", message: "date invalide : écrivez AAAA-MM-JJ (ex. 2026-11-23)" });
      return z.NEVER;
    }
    return date.toISOString().slice(0, 10);
  });

/** A statement of the profile (a mission, a skill…), with a key shared by roles that have the same item. */
export const itemSchema = z.strictObject({
  key: slug,
  text,
  sources: cited,
  /** Words and phrases that evoke the item in a job ad (lib/analyse): missions, skills and indicators have them. */
  signals: z.array(text).min(1).optional(),
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

export const salarySchema = z.strictObject({
  amount: z.number().positive(),
  amountMax: z.number().positive().optional(),
  currency: z.literal("EUR"),
  period: z.enum(["month", "year"]),
  basis: z.enum(["gross", "net"]),
  year: z.number().int().min(1990).max(2100),
  source: sourceId,
  covers: text,
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
  match: z.enum(["exact", "alternative-label"]),
});

export const codesSchema = z.strictObject({
  rome: romeSchema,
  esco: z.array(escoSchema).min(1),
  isco: z.array(z.strictObject({ code: z.string().regex(/^\d{4}$/, "code CITP/ISCO à 4 chiffres"), label: text, version: text })).min(1),
  note: text.optional(),
});

export const sourceSchema = z.strictObject({
  id: sourceId,
  title: text,
  author: text.optional(),
  publisher: text.optional(),
  date: text.optional(),
  kind: z.enum(["article", "study", "reference", "dataset"]),
  url: z.url().optional(),
  note: text,
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
  channels: z.array(itemSchema).min(1),
  dimensions: dimensionsSchema,
  salary: salarySchema.optional(),
  codes: codesSchema,
  sources: z.array(sourceSchema).min(1),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Salary = z.infer<typeof salarySchema>;
export type Codes = z.infer<typeof codesSchema>;
export type DimensionValue = z.infer<typeof dimensionValueSchema>;

export type Section = { id: string; title: string };
export type AliasSlug = { slug: string; title: string };

/** A validated role profile, ready to render. */
export type Role = FrontMatter & {
  slug: string;
  /** Every slug that redirects to this role, with the title it comes from. */
  aliasSlugs: AliasSlug[];
  html: string;
  sections: Section[];
  wordCount: number;
};
