/** Ready-to-paste links to a role page (or one of its sections) for a job ad. Pure, shared by the panel and its tests. */
export type LinkTarget = { url: string; title: string; summary: string; section?: { id: string; title: string }; words?: SnippetWords };

/** The words of the links, in the page's language (lib/i18n/messages, `jobAdPanel`). */
export type SnippetWords = { definition: string; sourced: string; colon: string };

const FRENCH: SnippetWords = { definition: "définition", sourced: "définition sourcée", colon: "\u00a0:" };

export type LinkSnippets = { url: string; markdown: string; html: string };

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function escapeMarkdownLabel(text: string): string {
  return text.replace(/([[\]\\])/g, "\\$1");
}

export function linkSnippets({ url, title, summary, section, words = FRENCH }: LinkTarget): LinkSnippets {
  const href = section ? `${url}#${section.id}` : url;
  const label = section ? `${title}${words.colon} ${section.title.toLowerCase()}` : `${title} (${words.definition})`;
  const tooltip = section ? `${title}, ${section.title.toLowerCase()} — ${words.sourced}` : summary;
  return {
    url: href,
    markdown: `[${escapeMarkdownLabel(label)}](${href})`,
    html: `<a href="${escapeHtml(href)}" title="${escapeHtml(tooltip)}">${escapeHtml(label)}</a>`,
  };
}
