import type { Organisation, Role } from "./schema";

/** A box of the organisation diagram: a role of the catalogue or another node of the content. */
export type OrgBox = { id: string; label: string; role?: string; detail: string; sources: string[]; level: number; x: number; y: number };
export type OrgArrow = { from: OrgBox; to: OrgBox; sentence: string; sources: string[] };
export type OrgLayout = { width: number; height: number; box: { width: number; height: number }; boxes: OrgBox[]; arrows: OrgArrow[] };

const BOX = { width: 180, height: 70 };
const GAP = { x: 20, y: 70 };
const MARGIN = 10;

/**
 * Places every role and every other node of the diagram, for any number of roles. A role sits
 * one row below the lowest role it reports to, or on the first row under the top nodes when it
 * reports to none; other nodes keep their row. Each row is centred.
 */
export function layoutOrganisation(organisation: Organisation, roles: Role[]): OrgLayout {
  const firstRoleRow = organisation.nodes.length === 0 ? 0 : Math.min(...organisation.nodes.map((node) => node.level)) + 1;
  const levels = new Map<string, number>();
  const levelOf = (role: Role, seen: Set<string>): number => {
    const known = levels.get(role.slug);
    if (known !== undefined) return known;
    const parents = role.reportsTo.flatMap((ref) => roles.find((other) => other.slug === ref.slug && !seen.has(other.slug)) ?? []);
    const level = parents.length === 0 ? firstRoleRow : Math.max(...parents.map((parent) => levelOf(parent, new Set([...seen, role.slug])))) + 1;
    levels.set(role.slug, level);
    return level;
  };

  const unplaced = [
    ...organisation.nodes.map((node) => ({ id: node.id, label: node.label, detail: node.detail, sources: node.sources, level: node.level })),
    ...roles.map((role) => {
      const said = organisation.roles[role.slug];
      return { id: role.slug, label: role.title, role: role.slug, detail: said?.detail ?? role.summary, sources: said?.sources ?? [], level: levelOf(role, new Set()) };
    }),
  ];

  const rows = [...new Set(unplaced.map((box) => box.level))].sort((a, b) => a - b);
  const widest = Math.max(...rows.map((row) => unplaced.filter((box) => box.level === row).length));
  const width = MARGIN * 2 + widest * BOX.width + (widest - 1) * GAP.x;
  const boxes: OrgBox[] = [];
  rows.forEach((row, rowIndex) => {
    const inRow = unplaced.filter((box) => box.level === row);
    const rowWidth = inRow.length * BOX.width + (inRow.length - 1) * GAP.x;
    inRow.forEach((box, index) => {
      boxes.push({ ...box, x: (width - rowWidth) / 2 + index * (BOX.width + GAP.x), y: MARGIN + rowIndex * (BOX.height + GAP.y) });
    });
  });

  const byId = new Map(boxes.map((box) => [box.id, box]));
  const arrows = organisation.links.flatMap((link) => {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    return from && to ? [{ from, to, sentence: link.sentence, sources: link.sources }] : [];
  });
  const height = MARGIN * 2 + rows.length * BOX.height + (rows.length - 1) * GAP.y;
  return { width, height, box: BOX, boxes, arrows };
}
