"use client";

import { useId, useRef, useState, useSyncExternalStore } from "react";
import { SiteLink } from "./site-link";
import { useCopy } from "./use-copy";
import type { Section } from "@/lib/schema";
import { linkSnippets, type LinkSnippets, type SnippetWords } from "@/lib/snippets";

/** The panel's words in the page's language, given by the server (app/_views/job-ad-words.ts). */
export type JobAdPanelWords = {
  title: string;
  intro: string;
  part: string;
  wholePage: string;
  formats: Record<keyof LinkSnippets, { label: string; copied: string }>;
  copy: string;
  /** `: {what}` after « Copier » for screen readers. */
  copyWhat: string;
  parts: string;
  writeAd: string;
  writeAdAfter: string;
  snippets: SnippetWords;
};

type JobAdPanelProps = {
  /** Path of the role page, `/roles/<slug>`. */
  path: string;
  /** The site's address at build time (`SITE_URL`): the links of the prerendered HTML, until the browser gives its own. */
  siteOrigin: string;
  /** The page that writes the role part of a job ad from this profile. */
  writeAdHref: string;
  title: string;
  summary: string;
  sections: Section[];
  words: JobAdPanelWords;
};

const FORMATS: Array<keyof LinkSnippets> = ["url", "markdown", "html"];

const noSubscription = () => () => {};

/** The address the reader sees in the address bar, so that a copied link works wherever the site runs; `siteOrigin` on the server. */
function usePageOrigin(siteOrigin: string): string {
  return useSyncExternalStore(noSubscription, () => window.location.origin, () => siteOrigin);
}

/** False in the server HTML, true once React runs: what needs JavaScript only shows with it. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * "Lier ce rôle dans une offre d'emploi": the canonical URL, a choice of section, snippets with copy
 * buttons, and the address of every section. Without JavaScript the snippets of the whole page and
 * the section addresses are in the HTML, ready to select; the choice and the buttons need JavaScript.
 */
export function JobAdPanel({ path, siteOrigin, writeAdHref, title, summary, sections, words }: JobAdPanelProps) {
  const id = useId();
  const origin = usePageOrigin(siteOrigin);
  const hydrated = useHydrated();
  const [sectionId, setSectionId] = useState("");
  const { status, copy: copyText } = useCopy();
  const fields = useRef<Partial<Record<keyof LinkSnippets, HTMLTextAreaElement | null>>>({});
  const url = `${origin}${path}`;
  const section = sections.find((candidate) => candidate.id === sectionId);
  const snippets = linkSnippets({ url, title, summary, section, words: words.snippets });

  function copy(key: keyof LinkSnippets) {
    return copyText(snippets[key], words.formats[key].copied, fields.current[key]);
  }

  return (
    <section id="lier-ce-role" aria-labelledby={`${id}-titre`} className="no-print max-w-prose space-y-4 rounded-lg border border-accent bg-accent-soft p-5">
      <h2 id={`${id}-titre`} className="text-xl font-bold">
        {words.title}
      </h2>
      <p className="text-sm">{words.intro}</p>
      {hydrated && (
        <div>
          <label htmlFor={`${id}-section`} className="mb-1 block font-medium">
            {words.part}
          </label>
          <select id={`${id}-section`} value={sectionId} onChange={(event) => setSectionId(event.target.value)} className="w-full rounded border border-line bg-paper px-3 py-2 sm:w-auto">
            <option value="">{words.wholePage}</option>
            {sections.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {FORMATS.map((key) => (
        <div key={key}>
          <div className="mb-1 flex items-center justify-between gap-3">
            <label htmlFor={`${id}-${key}`} className="font-medium">
              {words.formats[key].label}
            </label>
            {hydrated && (
              <button type="button" onClick={() => copy(key)} className="rounded border border-accent bg-paper px-3 py-1 text-sm font-semibold text-accent-strong hover:bg-accent hover:text-paper">
                {words.copy}<span className="sr-only">{words.copyWhat.replace("{what}", words.formats[key].label.toLowerCase())}</span>
              </button>
            )}
          </div>
          <textarea
            id={`${id}-${key}`}
            ref={(element) => {
              fields.current[key] = element;
            }}
            readOnly
            rows={key === "html" ? 3 : key === "markdown" ? 2 : 1}
            value={snippets[key]}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full resize-none break-all rounded border border-line bg-paper px-3 py-2 font-mono text-sm [field-sizing:content]"
          />
        </div>
      ))}
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium">
        {status}
      </p>
      <div>
        <h3 id={`${id}-parties`} className="font-medium">
          {words.parts}
        </h3>
        <ul aria-labelledby={`${id}-parties`} className="mt-1 space-y-1.5 text-sm">
          {sections.map((candidate) => (
            <li key={candidate.id}>
              <a href={`#${candidate.id}`}>{candidate.title}</a>
              <code className="mt-0.5 block select-all break-all rounded bg-paper px-1 font-mono">{`${url}#${candidate.id}`}</code>
            </li>
          ))}
        </ul>
      </div>
      <p className="text-sm">
        <SiteLink href={writeAdHref}>{words.writeAd}</SiteLink> {words.writeAdAfter}
      </p>
    </section>
  );
}
