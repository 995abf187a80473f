type MarkdownBodyProps = { html: string };

/** A `##` or `###` heading of the sanitized HTML, with the fixed id lib/markdown.ts gave it, and no link inside. */
const HEADING = /<(h[23]) id="([a-z0-9]+(?:-[a-z0-9]+)*)">((?:(?!<a[\s>])[\s\S])*?)<\/\1>/g;

/**
 * Makes each heading a link to itself, so that the address of a section can be copied from the page
 * (right click, long press); `.section-link` in app/globals.css adds the visible « # » mark. The
 * heading's text, and so its accessible name, is unchanged.
 */
export function withSectionLinks(html: string): string {
  return html.replace(HEADING, (_match, tag: string, id: string, content: string) => `<${tag} id="${id}"><a class="section-link" href="#${id}">${content}</a></${tag}>`);
}

/** Renders HTML produced by lib/markdown.ts, which sanitizes it. With FrozenHtml below, the only places raw HTML is injected. */
export function MarkdownBody({ html }: MarkdownBodyProps) {
  return <div className="prose-role" dangerouslySetInnerHTML={{ __html: withSectionLinks(html) }} />;
}

type FrozenHtmlProps = { html: string; className?: string };

/**
 * A fragment of a dated edition, shown as the site published it (lib/editions): written by
 * `npm run edition` from the site's own pages, checked by lib/editions/safe.ts, never rendered again.
 */
export function FrozenHtml({ html, className }: FrozenHtmlProps) {
  // `data-frozen`: words as published that day, which checks of today's pages (typography) leave alone.
  return <div className={className} data-frozen="" dangerouslySetInnerHTML={{ __html: html }} />;
}
