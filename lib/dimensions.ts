import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translate";

/**
 * The comparison dimensions, defined once. Each role gives a value for every dimension
 * (`dimensions` in its front matter); the comparison table and the API read this list.
 */
export const DIMENSIONS = [
  { id: "purpose" },
  { id: "positioning" },
  { id: "reportingLine" },
  { id: "manages" },
  { id: "channels" },
  { id: "timeDemands" },
  { id: "activities" },
  { id: "skills" },
  { id: "measurement" },
  { id: "pay" },
  { id: "whenToChoose" },
] as const;

export type Dimension = (typeof DIMENSIONS)[number];
export type DimensionId = Dimension["id"];

export const DIMENSION_IDS = DIMENSIONS.map((dimension) => dimension.id) as [DimensionId, ...DimensionId[]];

/** A dimension with its name and what it means, in a language (lib/i18n/messages, `dimensions`). */
export type NamedDimension = { id: DimensionId; label: string; help: string };

export function namedDimensions(locale: Locale = DEFAULT_LOCALE): NamedDimension[] {
  const t = translator(locale, "dimensions");
  return DIMENSIONS.map(({ id }) => ({ id, label: t(`${id}Label`), help: t(`${id}Help`) }));
}
