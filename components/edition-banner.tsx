import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { SiteLink } from "./site-link";

type EditionBannerProps = {
  date: string;
  /** Whether no later edition exists. */
  latest: boolean;
  /** The living page (or section page). */
  currentHref: string;
  /** What changed from this edition to the latest one; none for the latest. */
  changesHref: string | null;
  historyHref: string;
};

/** Says, above a dated edition, that its text is frozen, and leads to the current page and to what changed since. */
export function EditionBanner({ date, latest, currentHref, changesHref, historyHref }: EditionBannerProps) {
  const t = useTranslations("edition");
  const locale = useLocale() as Locale;
  const time = (chunks: React.ReactNode) => <time dateTime={date}>{chunks}</time>;
  return (
    <aside aria-label={t("crumb", { date: formatDate(date, locale) })} className="edition-banner max-w-prose rounded-lg border-2 border-accent bg-accent-soft px-4 py-3 text-sm">
      <p>{t.rich(latest ? "bannerLatest" : "bannerOld", { date: formatDate(date, locale), time })}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 font-semibold">
        <SiteLink href={currentHref} locale={locale}>{t("current")}</SiteLink>
        {changesHref && <SiteLink href={changesHref} locale={locale}>{t("changedSince")}</SiteLink>}
        <SiteLink href={historyHref} locale={locale}>{t("allEditions")}</SiteLink>
      </p>
    </aside>
  );
}
