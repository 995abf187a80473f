"use client";

import { useId, useRef, useState } from "react";
import { SiteLink } from "./site-link";
import { useCopy } from "./use-copy";
import type { Section } from "@/lib/schema";
import { linkSnippets, type LinkSnippets } from "@/lib/snippets";

type JobAdPanelProps = {
  /** Absolute canonical URL of the role page. */
  url: string;
  /** The page that writes the role part of a job ad from this profile. */
  writeAdHref: string;
  title: string;
  summary: string;
  sections: Section[];
};

const FORMATS: Array<{ key: keyof LinkSnippets; label: string }> = [
  { key: "url", label: "Adresse seule" },
  { key: "markdown", label: "Lien Markdown" },
  { key: "html", label: "Lien HTML" },
];

/**
 * "Lier ce rôle dans une offre d'emploi": the canonical URL, a choice of section, and snippets
 * with copy buttons. Without JavaScript the fields still show the whole-page snippets, ready to select.
 */
export function JobAdPanel({ url, writeAdHref, title, summary, sections }: JobAdPanelProps) {
  const id = useId();
  const [sectionId, setSectionId] = useState("");
  const { status, copy: copyText } = useCopy();
  const fields = useRef<Partial<Record<keyof LinkSnippets, HTMLTextAreaElement | null>>>({});
  const section = sections.find((candidate) => candidate.id === sectionId);
  const snippets = linkSnippets({ url, title, summary, section });

  function copy(key: keyof LinkSnippets, label: string) {
    return copyText(snippets[key], label, fields.current[key]);
  }

  return (
    <section id="lier-ce-role" aria-labelledby={`${id}-titre`} className="no-print space-y-4 rounded-lg border border-accent bg-accent-soft p-5">
      <h2 id={`${id}-titre`} className="text-xl font-bold">
        Lier ce rôle dans une offre d&apos;emploi
      </h2>
      <p className="text-sm">
        Cette adresse ne changera pas. Collez-la dans votre annonce, par exemple : « {title} (voir la définition : lien) ».
      </p>
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
      {FORMATS.map(({ key, label }) => (
        <div key={key}>
          <div className="mb-1 flex items-center justify-between gap-3">
            <label htmlFor={`${id}-${key}`} className="font-medium">
              {label}
            </label>
            <button type="button" onClick={() => copy(key, label)} className="rounded border border-accent bg-paper px-3 py-1 text-sm font-semibold text-accent-strong hover:bg-accent hover:text-paper">
              Copier<span className="sr-only"> : {label.toLowerCase()}</span>
            </button>
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
      <p className="text-sm">
        <SiteLink href={writeAdHref}>Rédiger la partie «&nbsp;{title}&nbsp;» d’une offre à partir de cette fiche</SiteLink>
        {" "}(titre, missions, profil et lien, prêts à coller).
      </p>
    </section>
  );
}
