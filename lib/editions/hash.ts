import { createHash } from "node:crypto";
import type { Snapshot } from "./schema";

const sha256 = (value: string | Buffer) => createHash("sha256").update(value).digest("hex");

/** The hash of an edition's file, byte for byte: a published edition is never rewritten, not even its markup. */
export function fileHash(bytes: string | Buffer): string {
  return sha256(bytes);
}

/**
 * The hash of what an edition says: its words and anchors, section by section, and its sources.
 * The same whether read from the file or from the page the site serves for it, so a test can check
 * that the built page still shows the published words.
 */
export function textHash(snapshot: Snapshot): string {
  const words = {
    title: snapshot.title,
    abbreviation: snapshot.abbreviation,
    summary: snapshot.summary,
    core: snapshot.core,
    sections: snapshot.sections.map(({ id, aliases, title, text }) => ({ id, aliases, title, text })),
    sources: snapshot.sources.text,
    pages: snapshot.pages.map(({ id, title, text, sources }) => ({ id, title, text, sources: sources.text })),
  };
  return sha256(JSON.stringify(words));
}
