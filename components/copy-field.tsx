import { useId } from "react";
import { fill } from "@/lib/i18n/fill";

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

/**
 * A read-only field with its copy button; without JavaScript the text stays there to select and
 * the button is hidden. The copying is components/enhance.ts's (`data-copy`), on server-rendered
 * pages and inside React's alike.
 */
export function CopyField({ label, value, words, rows = 1, code = true }: CopyFieldProps) {
  const id = useId();
  return (
    <div data-copy-scope="">
      <div className="mb-1 flex items-center justify-between gap-3">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <button
          type="button"
          data-needs-script=""
          data-copy={id}
          data-copied={fill(words.copied, { label: label.toLowerCase() })}
          className="rounded border border-accent bg-paper px-3 py-1 text-sm font-semibold text-accent-strong hover:bg-accent hover:text-paper"
        >
          {words.copy}
          <span className="sr-only">
            {words.colon} {label.toLowerCase()}
          </span>
        </button>
      </div>
      <textarea
        id={id}
        readOnly
        rows={rows}
        value={value}
        data-select-on-focus=""
        className={`w-full resize-y rounded border border-line bg-paper px-3 py-2 text-sm ${code ? "break-all font-mono" : ""}`}
      />
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium" data-copy-status="" />
    </div>
  );
}
