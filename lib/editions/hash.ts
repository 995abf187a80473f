import { createHash } from "node:crypto";
import { defaultTreeAdapter, parseFragment, type DefaultTreeAdapterTypes } from "parse5";
import type { Snapshot } from "./schema";

const sha256 = (value: string | Buffer) => createHash("sha256").update(value).digest("hex");

/** The words of a fragment, citation marks left out (their numbers follow the source list). */
export function leadWords(html: string): string {
  const words: string[] = [];
  const visit = (node: DefaultTreeAdapterTypes.ChildNode) => {
    if (defaultTreeAdapter.isTextNode(node)) words.push(node.value);
    if (!defaultTreeAdapter.isElementNode(node)) return;
    if (node.attrs.some((attribute) => attribute.name === "class" && attribute.value.split(/\s+/).includes("source-mark"))) return;
    words.push(" ");
    node.childNodes.forEach(visit);
  };
  parseFragment(html).childNodes.forEach(visit);
  return words.join("").replace(/[ \t\n\r\f]+/g, " ").trim();
}

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
    // « En bref » and the key facts: pay, access, codes.
    lead: leadWords(snapshot.lead),
    sections: snapshot.sections.map(({ id, aliases, title, text }) => ({ id, aliases, title, text })),
    sources: snapshot.sources.text,
    pages: snapshot.pages.map(({ id, title, text, sources }) => ({ id, title, text, sources: sources.text })),
  };
  return sha256(JSON.stringify(words));
}
