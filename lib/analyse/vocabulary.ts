/**
 * `content/analyser.yml` (and `content/<code>/analyser.yml`): what the job-ad analyser reads in an
 * ad beyond the profiles, in the words of each language. It names no role: the roles, their titles
 * and their signals come from the profiles.
 */
import { z } from "zod";

const phrase = z.string().trim().min(1, "texte vide : écrivez au moins un mot");

export const analyserVocabularySchema = z.strictObject({
  /** Words that show a task belongs to community, social-media or content work. */
  domain: z.array(phrase).min(1),
  /** Words that make the name of a field a job title (« responsable », « manager »…). */
  titleWords: z.array(phrase).min(1),
  /** Headings that open the list of the job's missions (« Vos missions », "What you'll do"). */
  missionHeadings: z.array(phrase).default([]),
  /** Headings that open another part of the ad: the profile sought, the conditions, the employer. */
  otherHeadings: z.array(phrase).default([]),
  /**
   * The channels a mission can name: social platforms and online communities (`social`), and the
   * others (`other`: website, blog, newsletter, SEO, CMS, app, print…). Which of them the missions
   * name tells content for social media from content across channels.
   */
  channels: z.strictObject({ social: z.array(phrase).default([]), other: z.array(phrase).default([]) }).default({ social: [], other: [] }),
});

export type AnalyserVocabulary = z.infer<typeof analyserVocabularySchema>;
