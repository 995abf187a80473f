"use client";

import { useId, useRef, useState, useSyncExternalStore } from "react";
import { SiteLink } from "./site-link";
import { useCopy } from "./use-copy";
import type { Section } from "@/lib/schema";
import { linkSnippets, type LinkSnippets } from "@/lib/snippets";

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
};

const FORMATS: Array<{ key: keyof LinkSnippets; label: string; copied: string }> = [
  { key: "url", label: "Adresse seule", copied: "Adresse seule copiée" },
  { key: "markdown", label: "Lien Markdown", copied: "Lien Markdown copié" },
  { key: "html", label: "Lien HTML", copied: "Lien HTML copié" },
];

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
export function JobAdPanel({ path, siteOrigin, writeAdHref, title, summary, sections }: JobAdPanelProps) {
  const id = useId();
  const origin = usePageOrigin(siteOrigin);
  const hydrated = useHydrated();
  const [sectionId, setSectionId] = useState("");
  const { status, copy: copyText } = useCopy();
  const fields = useRef<Partial<Record<keyof LinkSnippets, HTMLTextAreaElement | null>>>({});
  const url = `${origin}${path}`;
  const section = sections.find((candidate) => candidate.id === sectionId);
  const snippets = linkSnippets({ url, title, summary, section });

  function copy(key: keyof LinkSnippets, copied: string) {
    return copyText(snippets[key], `${copied} dans le presse-papiers.`, fields.current[key]);
  }

  return (
    <section id="lier-ce-role" aria-labelledby={`${id}-titre`} className="no-print max-w-prose space-y-4 rounded-lg border border-accent bg-accent-soft p-5">
      <h2 id={`${id}-titre`} className="text-xl font-bold">
        Lier ce rôle dans une offre d’emploi
      </h2>
      <p className="text-sm">
        Cette adresse ne changera pas. Collez-la dans votre annonce, par exemple{"\u00a0"}: «{"\u00a0"}
        {title} (voir la définition{"\u00a0"}: lien){"\u00a0"}».
      </p>
      {hydrated && (
        <div>
          <label htmlFor={`${id}-section`} className="mb-1 block font-medium">
            Partie de la page à lier
          </label>
          <select id={`${id}-section`} value={sectionId} onChange={(event) => setSectionId(event.target.value)} className="w-full rounded border border-line bg-paper px-3 py-2 sm:w-auto">
            <option value="">Toute la page</option>
            {sections.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {FORMATS.map(({ key, label, copied }) => (
        <div key={key}>
          <div className="mb-1 flex items-center justify-between gap-3">
            <label htmlFor={`${id}-${key}`} className="font-medium">
              {label}
            </label>
            {hydrated && (
              <button type="button" onClick={() => copy(key, copied)} className="rounded border border-accent bg-paper px-3 py-1 text-sm font-semibold text-accent-strong hover:bg-accent hover:text-paper">
                Copier<span className="sr-only">{"\u00a0"}: {label.toLowerCase()}</span>
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
          L’adresse de chaque partie
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
        <SiteLink href={writeAdHref}>Rédiger la partie «&nbsp;{title}&nbsp;» d’une offre à partir de cette fiche</SiteLink>
        {" "}(titre, missions, profil et lien, prêts à coller).
      </p>
    </section>
  );
}
