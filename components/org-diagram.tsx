import { SiteLink } from "./site-link";
import type { OrgLink, OrgNode } from "@/lib/figures";
import { rolePath } from "@/lib/site";

type OrgDiagramProps = {
  nodes: OrgNode[];
  links: OrgLink[];
  note: { text: string; sources: string[] };
  sources: Record<string, { title: string; href: string }>;
};

/** Where each box stands in the 400 × 380 drawing (boxes stay inside: x + 180 ≤ 390). */
const LAYOUT: Record<string, { x: number; y: number }> = {
  direction: { x: 110, y: 10 },
  smm: { x: 10, y: 150 },
  agence: { x: 210, y: 150 },
  cm: { x: 10, y: 300 },
  content: { x: 210, y: 300 },
};
const BOX = { width: 180, height: 70 };

function centre(id: string, side: "top" | "bottom" | "left" | "right") {
  const { x, y } = LAYOUT[id];
  if (side === "top") return { x: x + BOX.width / 2, y };
  if (side === "bottom") return { x: x + BOX.width / 2, y: y + BOX.height };
  if (side === "left") return { x, y: y + BOX.height / 2 };
  return { x: x + BOX.width, y: y + BOX.height / 2 };
}

function Citations({ ids, sources }: { ids: string[]; sources: OrgDiagramProps["sources"] }) {
  return (
    <span className="text-sm text-muted">
      {" "}(
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && " ; "}
          <a href={sources[id]?.href}>{sources[id]?.title ?? id}</a>
        </span>
      ))}
      )
    </span>
  );
}

/** The organisation as an accessible SVG, and the same information as a list. */
export function OrgDiagram({ nodes, links, note, sources }: OrgDiagramProps) {
  const sideways = (link: OrgLink) => LAYOUT[link.to].y === LAYOUT[link.from].y;
  return (
    <figure className="space-y-4">
      <svg viewBox="0 0 400 380" role="img" aria-labelledby="organigramme-titre" aria-describedby="organigramme-desc" className="diagram mx-auto w-full max-w-md">
        <title id="organigramme-titre">Organigramme des rôles du social media</title>
        <desc id="organigramme-desc">
          La direction marketing ou communication est en haut ; le Social Media Manager lui rend compte, coordonne une agence
          éventuelle et encadre le Community Manager et le Content Manager. Détail dans la liste qui suit.
        </desc>
        <defs>
          <marker id="fleche" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="diagram-arrowhead" />
          </marker>
        </defs>
        {links.map((link) => {
          const from = sideways(link) ? centre(link.from, "right") : LAYOUT[link.to].y < LAYOUT[link.from].y ? centre(link.from, "top") : centre(link.from, "bottom");
          const to = sideways(link) ? centre(link.to, "left") : LAYOUT[link.to].y < LAYOUT[link.from].y ? centre(link.to, "bottom") : centre(link.to, "top");
          return <line key={`${link.from}-${link.to}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} className="diagram-link" markerEnd="url(#fleche)" />;
        })}
        {nodes.map((node) => {
          const { x, y } = LAYOUT[node.id];
          return (
            <g key={node.id}>
              <rect x={x} y={y} width={BOX.width} height={BOX.height} rx={8} className={node.role ? "diagram-role" : "diagram-other"} />
              <text x={x + BOX.width / 2} y={y + BOX.height / 2 + 5} textAnchor="middle" className="diagram-label">
                {node.label.length > 24 ? (
                  <>
                    <tspan x={x + BOX.width / 2} dy={-9}>{node.label.split(" ").slice(0, 2).join(" ")}</tspan>
                    <tspan x={x + BOX.width / 2} dy={18}>{node.label.split(" ").slice(2).join(" ")}</tspan>
                  </>
                ) : (
                  node.label
                )}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="list-disc space-y-1.5 pl-6">
          {nodes.map((node) => (
            <li key={node.id}>
              <strong>{node.role ? <SiteLink href={rolePath(node.role)}>{node.label}</SiteLink> : node.label}</strong> : {node.detail}
              <Citations ids={node.sources} sources={sources} />
            </li>
          ))}
          {links.map((link) => (
            <li key={`${link.from}-${link.to}`}>
              {link.sentence}
              <Citations ids={link.sources} sources={sources} />
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">
          {note.text}
          <Citations ids={note.sources} sources={sources} />
        </p>
      </figcaption>
    </figure>
  );
}
