
/** Cuts at a word boundary so the preview never ends mid-word. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(" ", max - 1)).replace(/[,;:]$/, "")}…`;
}

/** Inter has no glyph for the narrow no-break space: next/og would fetch a font for it. The no-break space has one. */
function drawable(text: string): string {
  return text.replace(/\u202f/g, "\u00a0");
}

type OgCardProps = { site: string; eyebrow: string; title: string; subtitle: string; footer: string };

/** The link-preview picture (rendered to PNG by next/og, so inline styles and flexbox only). */
export function OgCard(props: OgCardProps) {
  const [eyebrow, title, subtitle] = [props.eyebrow, props.title, props.subtitle].map(drawable);
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#ffffff", padding: "64px 72px", fontFamily: "Inter", color: "#171c26", borderTop: "24px solid #1d4ed8" }}>
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#1e3a8a" }}>{props.site}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div style={{ display: "flex", fontSize: 28, color: "#505868" }}>{eyebrow}</div>
        <div style={{ display: "flex", fontSize: title.length > 40 ? 64 : 80, fontWeight: 700, lineHeight: 1.05 }}>{title}</div>
        <div style={{ display: "flex", fontSize: 30, lineHeight: 1.35, color: "#333b4a" }}>{shorten(subtitle, 210)}</div>
      </div>
      <div style={{ display: "flex", fontSize: 24, color: "#505868" }}>{props.footer}</div>
    </div>
  );
}
