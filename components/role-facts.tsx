import { SiteLink } from "./site-link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { quoted } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Role, RoleRef } from "@/lib/schema";
import { rolePath } from "@/lib/site";
import { PositioningBadge } from "./positioning-badge";

type RoleFactsProps = { role: Role };

function RoleLinks({ roles }: { roles: RoleRef[] }) {
  const locale = useLocale() as Locale;
  return (
    <ul className="space-y-0.5">
      {roles.map((ref) => (
        <li key={ref.slug}>
          <SiteLink href={rolePath(ref.slug)} locale={locale}>{ref.title}</SiteLink>
        </li>
      ))}
    </ul>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-line py-3 last:border-b-0 sm:grid-cols-[11rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Positioning, other titles and official codes, under the En bref block of a role page. */
export function RoleFacts({ role }: RoleFactsProps) {
  const t = useTranslations("role");
  const locale = useLocale() as Locale;
  const quote = (text: string) => quoted(text, locale);
  const { rome, esco, isco, missing, note } = role.codes;
  return (
    <section aria-labelledby="reperes" className="rounded-lg border border-line px-5 py-2">
      <h2 id="reperes" className="sr-only">
        {t("factsTitle")}
      </h2>
      <dl>
        <Fact term={t("positioning")}>
          <PositioningBadge value={role.positioning.value} />
          <p className="mt-1 text-sm text-muted">{role.positioning.note}</p>
        </Fact>
        {role.manages.length > 0 && (
          <Fact term={t("manages")}>
            <RoleLinks roles={role.manages} />
          </Fact>
        )}
        {role.otherTitles.length > 0 && (
          <Fact term={t("otherTitles")}>
            <ul className="flex flex-wrap gap-1.5">
              {role.otherTitles.map((other) => (
                <li key={other.title} className="rounded border border-line bg-paper px-2 py-0.5 text-sm">
                  {other.feminine ? `${other.title} / ${other.feminine}` : other.title}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact term={t("codes")}>
          <details id="codes" className="text-sm">
            <summary className="cursor-pointer">
              {[rome && `ROME ${rome.code}`, ...(esco ?? []).map((entry) => `ESCO ${entry.code}`), ...(isco ?? []).map((entry) => `${t("isco")} ${entry.code}`)].filter(Boolean).join(" · ") || t("noCode")}
            </summary>
            <ul className="mt-2 space-y-1">
              {rome && (
                <li>
                  <abbr title={t("romeName")}>ROME</abbr> <strong>{rome.code}</strong> <span lang="fr">{quote(rome.label)}</span>{" "}
                  <span className="text-muted">({rome.version})</span>
                  <span className="block text-muted">
                    {t("jobTitles")} <span lang="fr">{rome.jobTitles.map((job) => `${job.label} (OGR ${job.ogr})`).join(locale === "fr" ? "\u202f; " : "; ")}</span>
                  </span>
                </li>
              )}
              {esco?.map((entry) => (
                <li key={entry.uri}>
                  ESCO <strong>{entry.code}</strong> <a href={entry.uri}>{quote(entry.label)}</a>{" "}
                  <span className="text-muted">
                    ({entry.version}
                    {entry.match === "alternative-label" ? `, ${t("viaAltLabel")}` : entry.match === "close" ? `, ${t("closeMatch")}` : ""})
                  </span>
                </li>
              ))}
              {isco?.map((entry) => (
                <li key={entry.code}>
                  <abbr title={t("iscoName")}>{t("isco")}</abbr> <strong>{entry.code}</strong> {quote(entry.label)} <span className="text-muted">({entry.version})</span>
                </li>
              ))}
            </ul>
            {missing && <p className="mt-2 text-muted">{missing}</p>}
            {note && <p className="mt-2 text-muted">{note}</p>}
          </details>
        </Fact>
      </dl>
    </section>
  );
}
