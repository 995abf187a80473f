import { useLocale, useTranslations } from "next-intl";
import type { SourceLink } from "@/lib/citations";
import type { Locale } from "@/lib/i18n/locales";
import type { OrgBox, OrgLayout } from "@/lib/organisation";
import { rolePath } from "@/lib/site";
import { Citations } from "./citations";
import { SiteLink } from "./site-link";

type OrgDiagramProps = {
  title: string;
  description: string;
  layout: OrgLayout;
  note?: { text: string; sources: string[] };
  sources: Record<string, SourceLink>;
};

type Point = { x: number; y: number };

/** Where an arrow leaves or reaches a box: the facing side, top/bottom across rows, left/right within one. */
function anchors(from: OrgBox, to: OrgBox, box: OrgLayout["box"]): [Point, Point] {
  const middle = (b: OrgBox): Point => ({ x: b.x + box.width / 2, y: b.y + box.height / 2 });
  if (from.y === to.y) {
    const leftToRight = from.x < to.x;
    return [
      { x: leftToRight ? from.x + box.width : from.x, y: middle(from).y },
      { x: leftToRight ? to.x : to.x + box.width, y: middle(to).y },
    ];
  }
  const down = from.y < to.y;
  return [
    { x: middle(from).x, y: down ? from.y + box.height : from.y },
    { x: middle(to).x, y: down ? to.y : to.y + box.height },
  ];
}

/** A label on one line, or on two when it is long. */
function BoxLabel({ label, x, y }: { label: string; x: number; y: number }) {
  const words = label.split(" ");
  if (label.length <= 22 || words.length < 2) return <text x={x} y={y + 5} textAnchor="middle" className="diagram-label">{label}</text>;
  const half = Math.ceil(words.length / 2);
  return (
    <text x={x} y={y + 5} textAnchor="middle" className="diagram-label">
      <tspan x={x} dy={-9}>{words.slice(0, half).join(" ")}</tspan>
      <tspan x={x} dy={18}>{words.slice(half).join(" ")}</tspan>
    </text>
  );
}

/** The organisation as an accessible SVG, laid out for any number of roles, and the same information as a list. */
export function OrgDiagram({ title, description, layout, note, sources }: OrgDiagramProps) {
  const t = useTranslations("figures");
  const locale = useLocale() as Locale;
  const { width, height, box, boxes, arrows } = layout;
  return (
    <div className="figure-grid space-y-4">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="organigramme-titre" aria-describedby="organigramme-desc" className="diagram mx-auto w-full" style={{ maxWidth: `${Math.max(width, 400)}px` }}>
        <title id="organigramme-titre">{title}</title>
        <desc id="organigramme-desc">{description}</desc>
        <defs>
          <marker id="fleche" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="diagram-arrowhead" />
          </marker>
        </defs>
        {arrows.map((arrow) => {
          const [start, end] = anchors(arrow.from, arrow.to, box);
          return <line key={`${arrow.from.id}-${arrow.to.id}`} x1={start.x} y1={start.y} x2={end.x} y2={end.y} className="diagram-link" markerEnd="url(#fleche)" />;
        })}
        {boxes.map((node) => (
          <g key={node.id}>
            <rect x={node.x} y={node.y} width={box.width} height={box.height} rx={8} className={node.role ? "diagram-role" : "diagram-other"} />
            <BoxLabel label={node.label} x={node.x + box.width / 2} y={node.y + box.height / 2} />
          </g>
        ))}
      </svg>
      <ul className="max-w-[60ch] list-disc space-y-1.5 pl-6">
        {boxes.map((node) => (
          <li key={node.id}>
            <strong>{node.role ? <SiteLink href={rolePath(node.role)} locale={locale}>{node.label}</SiteLink> : node.label}</strong>{t("colon")} {node.detail}
            <Citations ids={node.sources} sources={sources} locale={locale} />
          </li>
        ))}
        {arrows.map((arrow) => (
          <li key={`${arrow.from.id}-${arrow.to.id}`}>
            {arrow.sentence}
            <Citations ids={arrow.sources} sources={sources} locale={locale} />
          </li>
        ))}
      </ul>
      {note && (
        <p className="max-w-[60ch] text-sm">
          {note.text}
          <Citations ids={note.sources} sources={sources} locale={locale} />
        </p>
      )}
    </div>
  );
}
