type MarkdownBodyProps = { html: string };

/** Renders HTML produced by lib/markdown.ts, which sanitizes it. The only place raw HTML is injected. */
export function MarkdownBody({ html }: MarkdownBodyProps) {
  return <div className="prose-role" dangerouslySetInnerHTML={{ __html: html }} />;
}
