import { useLocale } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { positioningLabel, type Positioning } from "@/lib/positioning";

type PositioningBadgeProps = { value: Positioning };

const STYLES: Record<Positioning, string> = {
  strategic: "border-strategic text-strategic",
  operational: "border-operational text-operational",
  both: "border-accent text-accent-strong",
};

export function PositioningBadge({ value }: PositioningBadgeProps) {
  const locale = useLocale() as Locale;
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium ${STYLES[value]}`}>
      {positioningLabel(value, locale)}
    </span>
  );
}
