import { useState } from "react";

/**
 * The copy logic of the site's copy buttons: the Clipboard API, and when the browser refuses,
 * the field's text selected for a manual Ctrl+C. `status` is the message to announce.
 */
export function useCopy() {
  const [status, setStatus] = useState("");

  /** Copies `text`, then announces `done` (the whole sentence, so that it agrees with what was copied). */
  async function copy(text: string, done: string, field: HTMLTextAreaElement | HTMLInputElement | null | undefined) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      field?.focus();
      field?.select();
      setStatus(`Copie automatique refusée : le texte est sélectionné, copiez-le avec Ctrl+C (ou ⌘+C).`);
    }
  }

  return { status, copy };
}
