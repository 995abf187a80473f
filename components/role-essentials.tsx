import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { NumberedSource } from "@/lib/compare";
import { essentialMissions } from "@/lib/reading";
import type { Role } from "@/lib/schema";
import { rolePath } from "@/lib/site";
import { SiteLink } from "./site-link";
import { SourceMarks } from "./source-marks";

type RoleEssentialsProps = { role: Role; sources: ReadonlyMap<string, NumberedSource> };

function Essential({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-2 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A link to the section of the page that details an essential, when the profile has it. */
function SectionLink({ role, id, about }: { role: Role; id: string; about: string }) {
  const t = useTranslations("role");
  if (!role.sections.some((section) => section.id === id)) return null;
  return (
    <a href={`#${id}`} className="whitespace-nowrap text-sm">
      {t("detail")} <span className="sr-only">{about}</span>
    </a>
  );
}

/**
 * "En bref", right under the title: the main missions, whom the role reports to, pay and access,
 * within the reading budget (lib/reading.ts). Pay and access carry their citation marks.
 */
export function RoleEssentials({ role, sources }: RoleEssentialsProps) {
  const t = useTranslations("role");
  const locale = useLocale() as Locale;
  const { essentials } = role;
  if (!essentials) return null;
  return (
    <section aria-labelledby="en-bref" className="rounded-lg border border-line bg-surface px-5 py-3">
      <h2 id="en-bref" className="text-lg font-bold">
        {t("briefTitle")}
      </h2>
      <dl className="divide-y divide-line">
        <Essential term={t("mainMissions")}>
          <ul className="list-disc pl-5">
            {essentialMissions(role).map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ul>
        </Essential>
        {essentials.reporting ? (
          <Essential term={t("reportsTo")}>
            {essentials.reporting.text}
            <SourceMarks ids={essentials.reporting.sources} sources={sources} /> <SectionLink role={role} id="organisation" about={t("aboutReporting")} />
          </Essential>
        ) : (
          role.reportsTo.length > 0 && (
            <Essential term={t("reportsTo")}>
              {role.reportsTo.map((ref, index) => (
                <span key={ref.slug}>
                  {index > 0 && ", "}
                  <SiteLink href={rolePath(ref.slug)} locale={locale}>{ref.title}</SiteLink>
                </span>
              ))}{" "}
              <SectionLink role={role} id="organisation" about={t("aboutReporting")} />
            </Essential>
          )
        )}
        <Essential term={t("pay")}>
          {essentials.pay.text}
          <SourceMarks ids={essentials.pay.sources} sources={sources} /> <SectionLink role={role} id="remuneration" about={t("aboutPay")} />
        </Essential>
        <Essential term={t("access")}>
          {essentials.access.text}
          <SourceMarks ids={essentials.access.sources} sources={sources} /> <SectionLink role={role} id="acces" about={t("aboutAccess")} />
        </Essential>
      </dl>
    </section>
  );
}
