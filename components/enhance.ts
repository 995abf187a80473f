/**
 * The site's few behaviours in the browser, as progressive enhancements of the server's HTML: the
 * components render every element, and these data attributes say what to do with them.
 *
 *   data-needs-script            hidden when the browser runs no script (app/globals.css,
 *                                `@media (scripting: none)`): a copy button, the panel's section choice
 *   data-copy="<id>"             a button that copies the field `#<id>`, then writes its
 *   data-copied="<message>"      message into the `[data-copy-status]` of its `[data-copy-scope]`
 *   data-select-on-focus         a read-only field whose whole text is selected when it gets focus
 *   data-link-panel              the job-ad link panel (components/job-ad-panel.tsx): its links
 *                                are made again from `data-path`, `data-title`, `data-summary`,
 *                                `data-words` (JSON), the page's own origin and the section chosen
 *                                in its `[data-link-section]`, into its `[data-snippet]` fields,
 *                                its `[data-section-address]` lines and its `[data-dated-path]`
 *                                field (the dated edition's address, at the same anchor)
 *   data-keep-hash               a link (the language switch) that takes the page's `#anchor` along
 *   data-compare-path="<path>"   the comparison form: goes straight to `<path>/<a>/<b>`
 *
 * Listeners are delegated to the document, so that elements rendered later (React's, on the
 * pages that keep it) work as well. Loading it changes nothing on a page served at its own address
 * (SITE_URL): no style or layout is done again on a long page under a slow processor (issue 29).
 * On the pages nginx serves from files this module is their only script (bundled by
 * scripts/support/static-site.ts, see deploy/README.md); under `next start` the client component
 * components/enhancements.tsx runs it after each navigation.
 */
import { linkSnippets, type LinkSnippets, type SnippetWords } from "@/lib/snippets";

/** Said when the browser refuses the clipboard: the text is selected instead. */
export const COPY_REFUSED = "Copie automatique refusée : le texte est sélectionné, copiez-le avec Ctrl+C (ou ⌘+C).";

type Field = HTMLTextAreaElement | HTMLInputElement;

async function copy(button: HTMLElement): Promise<void> {
  const field = button.ownerDocument.getElementById(button.dataset.copy ?? "") as Field | null;
  if (!field) return;
  const status = button.closest("[data-copy-scope]")?.querySelector("[data-copy-status]");
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  try {
    await navigator.clipboard.writeText(field.value);
    say(button.dataset.copied ?? "");
  } catch {
    field.focus();
    field.select();
    say(COPY_REFUSED);
  }
}

/** The panel's links for the chosen section (or the whole page), at the address the reader sees. */
function refreshLinkPanel(panel: HTMLElement): void {
  const { path = "", title = "", summary = "", words = "{}" } = panel.dataset;
  const url = `${panel.ownerDocument.location.origin}${path}`;
  const select = panel.querySelector<HTMLSelectElement>("[data-link-section]");
  const chosen = select?.selectedOptions[0];
  const section = chosen && chosen.value ? { id: chosen.value, title: chosen.text } : undefined;
  const snippets = linkSnippets({ url, title, summary, section, words: JSON.parse(words) as SnippetWords });
  // Written only where they differ: at the address the server wrote (SITE_URL), loading the page changes nothing.
  for (const field of panel.querySelectorAll<HTMLTextAreaElement>("[data-snippet]")) {
    const value = snippets[field.dataset.snippet as keyof LinkSnippets] ?? field.value;
    if (field.value !== value) field.value = value;
  }
  for (const line of panel.querySelectorAll<HTMLElement>("[data-section-address]")) {
    const address = `${url}#${line.dataset.sectionAddress}`;
    if (line.textContent !== address) line.textContent = address;
  }
  for (const field of panel.querySelectorAll<HTMLTextAreaElement>("[data-dated-path]")) {
    const address = `${panel.ownerDocument.location.origin}${field.dataset.datedPath}${section ? `#${section.id}` : ""}`;
    if (field.value !== address) field.value = address;
  }
}

function onClick(event: MouseEvent): void {
  const target = event.target as Element | null;
  const button = target?.closest<HTMLElement>("[data-copy]");
  if (button) {
    void copy(button);
    return;
  }
  const link = target?.closest<HTMLAnchorElement>("a[data-keep-hash]");
  const hash = link?.ownerDocument.location.hash;
  if (link && hash) link.href = `${link.href.replace(/#.*$/, "")}${hash}`;
}

function onSectionChosen(event: Event): void {
  const panel = (event.target as Element | null)?.closest?.("[data-link-section]")?.closest<HTMLElement>("[data-link-panel]");
  if (panel) refreshLinkPanel(panel);
}

function onFocus(event: FocusEvent): void {
  const field = event.target as Element | null;
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    if (field.hasAttribute("data-select-on-focus")) field.select();
  }
}

/** Where the comparison form leads: `<data-compare-path>/<a>/<b>`, or null (not that form, or the same role twice, left to the server). */
export function comparisonPath(form: HTMLFormElement): string | null {
  const path = form.dataset.comparePath;
  if (!path) return null;
  const data = new FormData(form);
  const [a, b] = [String(data.get("a") ?? ""), String(data.get("b") ?? "")];
  return a && b && a !== b ? `${path}/${encodeURIComponent(a)}/${encodeURIComponent(b)}` : null;
}

function onSubmit(event: SubmitEvent): void {
  const form = event.target;
  const destination = form instanceof HTMLFormElement ? comparisonPath(form) : null;
  if (!destination) return;
  event.preventDefault();
  (form as HTMLFormElement).ownerDocument.location.assign(destination);
}

const listening = new WeakSet<Document>();

/**
 * Turns on the behaviours of `document`: its listeners once, and, each time, the link panels'
 * addresses at the page's own origin (`SITE_URL` in the HTML). Safe to call again after a navigation.
 * `<html data-enhanced>` then tells tests and `npm run lighthouse` that the buttons work; no style
 * rule names it, so setting it costs no style recalculation.
 */
export function enhance(document: Document): void {
  if (!listening.has(document)) {
    listening.add(document);
    document.addEventListener("click", onClick);
    document.addEventListener("change", onSectionChosen);
    document.addEventListener("input", onSectionChosen);
    document.addEventListener("focusin", onFocus);
    document.addEventListener("submit", onSubmit);
  }
  for (const panel of document.querySelectorAll<HTMLElement>("[data-link-panel]")) refreshLinkPanel(panel);
  document.documentElement.setAttribute("data-enhanced", "");
}
