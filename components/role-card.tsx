import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { SiteLink } from "./site-link";
import type { RoleSummary } from "@/lib/role-summary";
import { rolePath } from "@/lib/site";
import { PositioningBadge } from "./positioning-badge";

type RoleCardProps = { role: RoleSummary; matchedTitle?: string };

export function RoleCard({ role, matchedTitle }: RoleCardProps) {
  const t = useTranslations("directory");
  const locale = useLocale() as Locale;
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-lg border border-line bg-paper p-5 shadow-sm">
      <h3 className="text-xl font-bold">
        <SiteLink href={rolePath(role.slug)} locale={locale} className="text-ink after:absolute after:inset-0 hover:text-accent">
          {role.title}
        </SiteLink>
        {role.abbreviation && <span className="ml-2 text-base font-normal text-muted">({role.abbreviation})</span>}
      </h3>
      {matchedTitle && (
        <p className="text-sm">
          {t.rich("matched", { title: matchedTitle, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      <p className="text-muted">{role.summary}</p>
      <p className="mt-auto">
        <PositioningBadge value={role.positioning} />
      </p>
    </article>
  );
}
