import { useId } from "react";
import { SiteLink } from "./site-link";
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
  /** The dated link's words, with the edition's date written in. */
  dated: { title: string; text: string; label: string; copied: string };
  /** The card for another site's page (an `<iframe>`). */
  embed: { title: string; text: string; label: string; copied: string };
  history: string;
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
  /** The latest dated edition's path (`/roles/<slug>/editions/<date>`), when the role has one. */
  editionPath: string | null;
  /** The role's change log. */
  historyHref: string;
  /** The `<iframe>` of the role's card (lib/embed.ts), when the role has an edition. */
  embedSnippet: string | null;
  words: JobAdPanelWords;
};

const FORMATS: Array<keyof LinkSnippets> = ["url", "markdown", "html"];

/**
 * "Lier ce rôle dans une offre d'emploi": the canonical URL, a choice of section, snippets with copy
 * buttons, and the address of every section. Without JavaScript the snippets of the whole page and
 * the section addresses are in the HTML, at `siteOrigin`, ready to select; the choice and the
 * buttons are marked `data-needs-script`, and components/enhance.ts runs them, remaking the links
 * at the page's own address from the panel's data attributes.
 */
export function JobAdPanel({ path, siteOrigin, writeAdHref, title, summary, sections, editionPath, historyHref, embedSnippet, words }: JobAdPanelProps) {
  const id = useId();
  const url = `${siteOrigin}${path}`;
  const snippets = linkSnippets({ url, title, summary, words: words.snippets });

  return (
    <section
      id="lier-ce-role"
      aria-labelledby={`${id}-titre`}
      className="no-print max-w-prose space-y-4 rounded-lg border border-accent bg-accent-soft p-5"
      data-link-panel=""
      data-copy-scope=""
      data-path={path}
      data-title={title}
      data-summary={summary}
      data-words={JSON.stringify(words.snippets)}
    >
      <h2 id={`${id}-titre`} className="text-xl font-bold">
        {words.title}
      </h2>
      <p className="text-sm">{words.intro}</p>
      <div data-needs-script="">
        <label htmlFor={`${id}-section`} className="mb-1 block font-medium">
          {words.part}
        </label>
        <select id={`${id}-section`} defaultValue="" data-link-section="" className="w-full rounded border border-line bg-paper px-3 py-2 sm:w-auto">
          <option value="">{words.wholePage}</option>
          {sections.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </select>
      </div>
      {FORMATS.map((key) => (
        <div key={key}>
          <div className="mb-1 flex items-center justify-between gap-3">
            <label htmlFor={`${id}-${key}`} className="font-medium">
              {words.formats[key].label}
            </label>
            <button
              type="button"
              data-needs-script=""
              data-copy={`${id}-${key}`}
              data-copied={words.formats[key].copied}
              className="rounded border border-accent bg-paper px-3 py-1 text-sm font-semibold text-accent-strong hover:bg-accent hover:text-paper"
            >
              {words.copy}<span className="sr-only">{words.copyWhat.replace("{what}", words.formats[key].label.toLowerCase())}</span>
            </button>
          </div>
          <textarea
            id={`${id}-${key}`}
            readOnly
            rows={key === "html" ? 3 : key === "markdown" ? 2 : 1}
            defaultValue={snippets[key]}
            data-snippet={key}
            data-select-on-focus=""
            className="w-full resize-none break-all rounded border border-line bg-paper px-3 py-2 font-mono text-sm [field-sizing:content]"
          />
        </div>
      ))}
      {editionPath && (
        <div className="space-y-1">
          <h3 className="font-medium">{words.dated.title}</h3>
          <p className="text-sm">{words.dated.text}</p>
          <div className="flex items-center justify-between gap-3">
            <label htmlFor={`${id}-edition`} className="text-sm font-medium">
              {words.dated.label}
            </label>
            <button
              type="button"
              data-needs-script=""
              data-copy={`${id}-edition`}
              data-copied={words.dated.copied}
              className="rounded border border-accent bg-paper px-3 py-1 text-sm font-semibold text-accent-strong hover:bg-accent hover:text-paper"
            >
              {words.copy}<span className="sr-only">{words.copyWhat.replace("{what}", words.dated.label.toLowerCase())}</span>
            </button>
          </div>
          <textarea
            id={`${id}-edition`}
            readOnly
            rows={1}
            defaultValue={`${siteOrigin}${editionPath}`}
            data-dated-path={editionPath}
            data-select-on-focus=""
            className="w-full resize-none break-all rounded border border-line bg-paper px-3 py-2 font-mono text-sm [field-sizing:content]"
          />
          <p className="text-sm">
            <SiteLink href={historyHref}>{words.history}</SiteLink>
          </p>
        </div>
      )}
      {embedSnippet && (
        <div className="space-y-1">
          <h3 className="font-medium">{words.embed.title}</h3>
          <p className="text-sm">{words.embed.text}</p>
          <div className="flex items-center justify-between gap-3">
            <label htmlFor={`${id}-embed`} className="text-sm font-medium">
              {words.embed.label}
            </label>
            <button
              type="button"
              data-needs-script=""
              data-copy={`${id}-embed`}
              data-copied={words.embed.copied}
              className="rounded border border-accent bg-paper px-3 py-1 text-sm font-semibold text-accent-strong hover:bg-accent hover:text-paper"
            >
              {words.copy}<span className="sr-only">{words.copyWhat.replace("{what}", words.embed.label.toLowerCase())}</span>
            </button>
          </div>
          <textarea
            id={`${id}-embed`}
            readOnly
            rows={3}
            defaultValue={embedSnippet}
            data-select-on-focus=""
            className="w-full resize-none break-all rounded border border-line bg-paper px-3 py-2 font-mono text-sm [field-sizing:content]"
          />
        </div>
      )}
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium" data-copy-status="" />
      <div>
        <h3 id={`${id}-parties`} className="font-medium">
          {words.parts}
        </h3>
        <ul aria-labelledby={`${id}-parties`} className="mt-1 space-y-1.5 text-sm">
          {sections.map((candidate) => (
            <li key={candidate.id}>
              <a href={`#${candidate.id}`}>{candidate.title}</a>
              <code className="mt-0.5 block select-all break-all rounded bg-paper px-1 font-mono" data-section-address={candidate.id}>{`${url}#${candidate.id}`}</code>
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
