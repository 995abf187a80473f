/** The positionings a role can have, defined once. */
export const POSITIONINGS = ["strategic", "operational", "both"] as const;

export type Positioning = (typeof POSITIONINGS)[number];

export const POSITIONING_LABELS: Record<Positioning, string> = {
  strategic: "Stratégique",
  operational: "Opérationnel",
  both: "Stratégique et opérationnel",
};

export function isPositioning(value: unknown): value is Positioning {
  return typeof value === "string" && (POSITIONINGS as readonly string[]).includes(value);
}
