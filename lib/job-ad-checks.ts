/**
 * The legal checks of a job ad, as written in content/job-ad-checks.yml (French words, and what
 * the code looks for) and content/<language>/job-ad-checks.yml (the words shown in another
 * language). Validated by `npm run validate` (lib/content/job-ad-checks.ts); applied by
 * lib/analyse/legal.ts.
 */
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "identifiant : minuscules, chiffres et tirets (ex. limite-d-age)");
const text = z.string().trim().min(1, "texte vide : écrivez-le ou retirez le champ");
const words = z.array(text).min(1, "liste vide : donnez au moins un mot ou une expression");

export const JOB_AD_CHECK_KINDS = ["title-sex", "phrases", "age-limit", "language", "pay"] as const;
export type JobAdCheckKind = (typeof JOB_AD_CHECK_KINDS)[number];

/** forbidden: a text forbids it; check: may be justified, say why; advice: good practice or a coming rule. */
export const JOB_AD_CHECK_LEVELS = ["forbidden", "check", "advice"] as const;
export type JobAdCheckLevel = (typeof JOB_AD_CHECK_LEVELS)[number];

/** The words a rule shows, in any language. */
const shownWords = {
  id: slug,
  article: text,
  checks: text,
  message: text,
  rewording: text,
};

/** A group of phrases of a `phrases` rule: one criterion (age, family situation…). */
const phraseGroupSchema = z.strictObject({
  id: slug,
  label: text,
  rewording: text,
  phrases: words,
  /** Longer phrases that contain a phrase and are not the criterion (« jeune diplômé » for « jeune »). */
  except: z.array(text).default([]),
});

const base = { ...shownWords, level: z.enum(JOB_AD_CHECK_LEVELS), sources: z.array(slug).min(1, "aucune source : citez le texte que la règle applique (id de content/sources.yml)") };

export const jobAdCheckSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    ...base,
    kind: z.literal("title-sex"),
    words: z.strictObject({ marks: words, inclusiveEndings: words, genderedEndings: words, genderedWords: words, neutralWords: z.array(text).default([]) }),
  }),
  z.strictObject({ ...base, kind: z.literal("phrases"), groups: z.array(phraseGroupSchema).min(1, "aucun groupe : donnez au moins un groupe de phrases") }),
  z.strictObject({ ...base, kind: z.literal("age-limit"), words: z.strictObject({ units: words, before: words, after: words, notAfter: z.array(text).default([]) }) }),
  z.strictObject({ ...base, kind: z.literal("language"), words: z.strictObject({ minWords: z.number().int().min(1, "au moins 1 mot") }) }),
  z.strictObject({ ...base, kind: z.literal("pay"), words: z.strictObject({ currencies: words, payWords: words, magnitudes: z.array(text).default([]), vague: z.array(text).default([]) }) }),
]);

export type JobAdCheck = z.infer<typeof jobAdCheckSchema>;
export type PhraseGroup = z.infer<typeof phraseGroupSchema>;

export const jobAdChecksSchema = z.strictObject({ rules: z.array(jobAdCheckSchema).min(1, "aucune règle : ajoutez-en au moins une") });

/** content/<language>/job-ad-checks.yml: the shown words of each rule and of each group, by id. */
export const jobAdChecksTranslationSchema = z.strictObject({
  rules: z.array(
    z.strictObject({
      ...shownWords,
      groups: z.array(z.strictObject({ id: slug, label: text, rewording: text })).optional(),
    }),
  ),
});
