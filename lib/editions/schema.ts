import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import { cited, isoDate, slug, text } from "../schema";

/**
 * A dated edition of a role: the role page and its section pages as the site published them that
 * day, frozen (`content/editions/<slug>/<date>.json`, `content/en/editions/…`). `npm run edition`
 * writes it from the built pages; nothing edits it afterwards (lib/editions/hash.ts).
 */
export const EDITION_FORMAT = 1;

/** A fragment of the page as published, and its words: each paragraph, list item, heading or table row, without citation marks. */
const fragment = z.strictObject({ html: z.string(), text: z.array(z.string()) });

export const snapshotSectionSchema = fragment.extend({
  id: slug,
  /** Older anchors of the section, which still lead to it (`{#definition #vue-officielle}`). */
  aliases: z.array(slug),
  title: text,
});

export const snapshotPageSchema = fragment.extend({ id: slug, title: text, sources: fragment });

export const snapshotSchema = z.strictObject({
  format: z.literal(EDITION_FORMAT),
  slug,
  locale: z.enum(LOCALES),
  date: isoDate,
  /** Where the frozen text comes from: the commit the site was built from, when known. */
  commit: z.string().regex(/^[0-9a-f]{7,40}$/).nullable(),
  title: text,
  abbreviation: z.string().nullable(),
  summary: text,
  /** The summary's first sentence: the definition an embedded card shows. */
  definition: text,
  /** The main missions, as « En bref » gave them (or the first of the missions, before it existed). */
  core: z.array(text).min(1),
  /** What stood between the title and the body: « En bref » and the key facts. */
  lead: z.string(),
  sections: z.array(snapshotSectionSchema).min(1),
  sources: fragment,
  pages: z.array(snapshotPageSchema),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotSection = z.infer<typeof snapshotSectionSchema>;
export type SnapshotPage = z.infer<typeof snapshotPageSchema>;

/** What `npm run edition` writes in the change log for its author to replace. */
export const JOURNAL_PLACEHOLDER = "À RÉDIGER : ce qui a changé, et pourquoi";

/** `content/editions/<slug>.yml`: each edition, newest first, with what changed and why, in words. */
export const journalSchema = z
  .array(
    z.strictObject({
      date: isoDate,
      /** Not JOURNAL_PLACEHOLDER (lib/editions/load.ts says so, entry by entry). */
      summary: text,
      /** The sources a change rests on, when it rests on new ones. */
      sources: cited.optional(),
    }),
  )
  .min(1, "au moins une édition : celle que `npm run edition` a publiée");

export type JournalEntry = z.infer<typeof journalSchema>[number];

/** `content/editions/manifest.json`: the hashes of every published edition, `<slug>/<date>` → hashes. */
export const manifestSchema = z.record(z.string().regex(/^[a-z0-9-]+\/\d{4}-\d{2}-\d{2}$/), z.strictObject({ file: z.string().regex(/^[0-9a-f]{64}$/), text: z.string().regex(/^[0-9a-f]{64}$/) }));

export type Manifest = z.infer<typeof manifestSchema>;
