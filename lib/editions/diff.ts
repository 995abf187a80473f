import { diffArrays, diffWordsWithSpace } from "diff";
import type { Locale } from "../i18n/locales";
import type { Snapshot } from "./schema";

/** A piece of a changed sentence: words kept, added or removed. */
export type WordPart = { kind: "same" | "added" | "removed"; text: string };

/** One sentence of a section, between two editions. */
export type SentenceChange =
  | { kind: "same" | "added" | "removed"; text: string }
  | { kind: "changed"; before: string; after: string; parts: WordPart[] };

export type SectionDifference = {
  id: string;
  title: string;
  /**
   * `added`: the section is new; `removed`: it is gone; `changed`: some of its sentences changed;
   * `rewritten`: none of its sentences stayed, not even reworded (its earlier text is best read in
   * the earlier edition, which the difference page links to, rather than struck through line by line).
   */
  status: "same" | "added" | "removed" | "changed" | "rewritten";
  /** The ids of the earlier edition's sections it is compared with. */
  earlier: string[];
  changes: SentenceChange[];
  counts: { added: number; removed: number; changed: number };
};

export type EditionDifference = {
  sections: SectionDifference[];
  /** Entries of the source lists: those only the later edition cites, and those only the earlier one did. */
  sources: { added: string[]; removed: string[] };
};

/** Two sentences are one sentence rewritten when at least this share of their words is common. */
const SAME_SENTENCE = 0.5;

/** A section's sentences: from its own page when it has one (the whole section), else from the role page. */
function sentencesOf(snapshot: Snapshot, ids: ReadonlySet<string>, locale: Locale): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
  const blocks = snapshot.sections
    .filter((section) => ids.has(section.id))
    .flatMap((section) => snapshot.pages.find((page) => page.id === section.id)?.text ?? section.text);
  return blocks.flatMap((block) => {
    const sentences: string[] = [];
    for (const { segment } of segmenter.segment(block)) {
      const sentence = segment.trim();
      if (!sentence) continue;
      // « C'est quoi ce métier ? ») : a question mark inside a quotation does not end the sentence.
      if (sentences.length > 0 && /^[»)\]”’.,;:]/.test(sentence)) sentences[sentences.length - 1] += ` ${sentence}`;
      else sentences.push(sentence);
    }
    return sentences;
  });
}

const words = (sentence: string) => new Set(sentence.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The share of words two sentences have in common (Dice's coefficient). */
function likeness(a: string, b: string): number {
  const first = words(a);
  const second = words(b);
  if (first.size + second.size === 0) return 1;
  let common = 0;
  for (const word of first) if (second.has(word)) common += 1;
  return (2 * common) / (first.size + second.size);
}

/**
 * The sentences of one section, compared: kept, added, removed, and, where a removed sentence and
 * an added one at the same place share most of their words, one sentence changed, word by word.
 */
export function compareSentences(before: string[], after: string[]): SentenceChange[] {
  const changes: SentenceChange[] = [];
  let removed: string[] = [];
  const flush = (added: string[]) => {
    // Pair each removed sentence, in order, with the next added one that resembles it.
    let next = 0;
    for (const sentence of removed) {
      const match = added.findIndex((candidate, index) => index >= next && likeness(sentence, candidate) >= SAME_SENTENCE);
      if (match === -1) {
        changes.push({ kind: "removed", text: sentence });
        continue;
      }
      for (const text of added.slice(next, match)) changes.push({ kind: "added", text });
      const parts = diffWordsWithSpace(sentence, added[match]).map((part): WordPart => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
      changes.push({ kind: "changed", before: sentence, after: added[match], parts });
      next = match + 1;
    }
    for (const text of added.slice(next)) changes.push({ kind: "added", text });
    removed = [];
  };
  for (const part of diffArrays(before, after)) {
    if (part.removed) {
      removed.push(...part.value);
      continue;
    }
    if (part.added) {
      flush(part.value);
      continue;
    }
    flush([]);
    for (const text of part.value) changes.push({ kind: "same", text });
  }
  flush([]);
  return changes;
}

function counted(changes: SentenceChange[]): SectionDifference["counts"] {
  const count = (kind: SentenceChange["kind"]) => changes.filter((change) => change.kind === kind).length;
  return { added: count("added"), removed: count("removed"), changed: count("changed") };
}

/**
 * What changed from one edition to another, section by section, in the later edition's order.
 * A section is matched by its id or by an older id it still answers to (`{#definition
 * #vue-officielle}`), so sections renamed or merged are compared with what they replaced.
 */
export function editionDifference(from: Snapshot, to: Snapshot, locale: Locale): EditionDifference {
  const matched = new Set<string>();
  const sections: SectionDifference[] = to.sections.map((section) => {
    const names = new Set([section.id, ...section.aliases]);
    const earlier = from.sections.filter((candidate) => names.has(candidate.id) || candidate.aliases.includes(section.id));
    for (const candidate of earlier) matched.add(candidate.id);
    const after = sentencesOf(to, new Set([section.id]), locale);
    if (earlier.length === 0) {
      const changes = after.map((text): SentenceChange => ({ kind: "added", text }));
      return { id: section.id, title: section.title, status: "added", earlier: [], changes, counts: counted(changes) };
    }
    const changes = compareSentences(sentencesOf(from, new Set(earlier.map((candidate) => candidate.id)), locale), after);
    const counts = counted(changes);
    const kept = changes.some((change) => change.kind === "same" || change.kind === "changed");
    const status = counts.added + counts.removed + counts.changed === 0 ? "same" : kept || counts.added === 0 || counts.removed === 0 ? "changed" : "rewritten";
    return { id: section.id, title: section.title, status, earlier: earlier.map((candidate) => candidate.id), changes, counts };
  });
  for (const section of from.sections) {
    if (matched.has(section.id)) continue;
    const changes = sentencesOf(from, new Set([section.id]), locale).map((text): SentenceChange => ({ kind: "removed", text }));
    sections.push({ id: section.id, title: section.title, status: "removed", earlier: [section.id], changes, counts: counted(changes) });
  }
  const before = new Set(from.sources.text);
  const after = new Set(to.sources.text);
  return {
    sections,
    sources: { added: to.sources.text.filter((entry) => !before.has(entry)), removed: from.sources.text.filter((entry) => !after.has(entry)) },
  };
}
