"use client";

import { useId, useRef } from "react";
import { fill } from "@/lib/i18n/fill";
import { useCopy } from "./use-copy";

/** The button's words in the page's language (app/_views/words.ts, copyWords). */
export type CopyWords = { copy: string; copied: string; colon: string };

type CopyFieldProps = {
  label: string;
  value: string;
  words: CopyWords;
  rows?: number;
  /** Monospace for links and markup, proportional for prose. */
  code?: boolean;
};

/** A read-only field with its copy button; without JavaScript the text stays there to select. */
export function CopyField({ label, value, words, rows = 1, code = true }: CopyFieldProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const { status, copy } = useCopy();
  return (
    <div>
      <div className="mb-1 flex items-center justify-between gap-3">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <button type="button" onClick={() => copy(value, fill(words.copied, { label: label.toLowerCase() }), field.current)} className="rounded border border-accent bg-paper px-3 py-1 text-sm font-semibold text-accent-strong hover:bg-accent hover:text-paper">
          {words.copy}
          <span className="sr-only">
            {words.colon} {label.toLowerCase()}
          </span>
        </button>
      </div>
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={rows}
        value={value}
        onFocus={(event) => event.currentTarget.select()}
        className={`w-full resize-y rounded border border-line bg-paper px-3 py-2 text-sm ${code ? "break-all font-mono" : ""}`}
      />
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium">
        {status}
      </p>
    </div>
  );
}
