import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdFactsFields, fieldId } from "@/components/ad-facts-fields";
import { CopyField } from "@/components/copy-field";
import { LegalFindings } from "@/components/legal-findings";
import { SiteLink } from "@/components/site-link";
import { ITEM_LISTS } from "@/lib/analyse/model";
import { WRITE_AD_PATH, writeAdPath } from "@/lib/analyse/paths";
import { adItems, MAX_CONTEXT_LENGTH, READABLE_AD_WORDS, writeJobAd, type AdItem } from "@/lib/analyse/write-ad";
import { addDays, CONTEXT_PARAM, contextParam, DETAIL_PARAMS, detailsParams, firstParam, keptItems, LINK_PARAM, LIST_PARAMS, MAX_PAY, SENT_PARAM, type DetailField, type DetailProblem } from "@/lib/analyse/write-ad-params";
import { checkJobAdLawOnServer } from "@/lib/analyse/legal-server";
import { formatDate, joinList } from "@/lib/format";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import { adFactsWords, adWords, copyWords, legalWords } from "@/app/_views/words";
import { pageAlternates } from "@/lib/metadata";
import { getAllRoles, getRole, getRoleEditions, resolveRoleSlug } from "@/lib/roles";
import { rolePath } from "@/lib/site";
import { formatter } from "@/lib/i18n/translate";

type WriteAdPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /rediger-une-offre: server-rendered for every request (GET form), works without JavaScript; the copy buttons need it. */
export function writeAdView(locale: Locale) {
  return {
    async generateMetadata(): Promise<Metadata> {
      const t = await getTranslations({ locale, namespace: "jobAd" });
      return { title: t("writeMetaTitle"), description: t("writeMetaDescription"), alternates: pageAlternates(WRITE_AD_PATH, locale), robots: { index: false, follow: true } };
    },
    async Page({ searchParams }: WriteAdPageProps) {
      setRequestLocale(locale);
      const t = await getTranslations({ locale, namespace: "jobAd" });
      const params = await searchParams;
      const wanted = firstParam(params, "role");
      if (!wanted) return <RoleChoice locale={locale} title={t("chooseTitle")} text={t("choose")} colon={t("colon")} />;
      const slug = resolveRoleSlug(wanted.slice(0, 200), locale);
      const role = slug ? getRole(slug, locale) : null;
      if (!role) notFound();

      const items = adItems(role);
      const kept = keptItems(items, params);
      const keptKeys = new Set(kept.map((item) => `${item.list}:${item.key}`));
      const context = contextParam(params);
      const words = adWords(locale, role.title);
      // The day of writing, in UTC like every date of the site (lib/i18n/translate.ts).
      const today = new Date().toISOString().slice(0, 10);
      const { details, problems } = detailsParams(params, today);
      // The latest dated edition, when the recruiter asks for the link whose text never changes.
      const [latest] = getRoleEditions(role.slug, locale);
      const dated = latest && firstParam(params, LINK_PARAM) === "edition" ? latest.date : null;
      const ad = writeJobAd(role, kept, context, details, words, dated);
      const copy = copyWords(locale);
      const facts = adFactsWords(locale);
      const dateRange = { min: addDays(today, -366), max: addDays(today, 2 * 366) };
      const fieldLabels: Record<DetailField, string> = {
        employer: facts.employer,
        city: facts.city,
        remote: facts.remote,
        contract: facts.contract,
        time: facts.time,
        payMin: `${facts.pay} (${facts.payMin.toLowerCase()})`,
        payMax: `${facts.pay} (${facts.payMax.toLowerCase()})`,
        payPeriod: facts.payPeriod,
        payBasis: facts.payBasis,
        start: facts.start,
        experience: facts.experience,
        posted: facts.posted,
        validThrough: facts.validThrough,
      };
      const problemText = ({ field, issue }: DetailProblem) =>
        t(`problems.${issue}`, { field: fieldLabels[field], max: formatter(locale).number(MAX_PAY), from: formatDate(dateRange.min, locale), to: formatDate(dateRange.max, locale) });
      const invalid = Object.fromEntries(problems.map((problem) => [problem.field, `probleme-${DETAIL_PARAMS[problem.field]}`]));
      const typed = Object.fromEntries((Object.keys(DETAIL_PARAMS) as DetailField[]).map((field) => [field, firstParam(params, DETAIL_PARAMS[field]).slice(0, 400)]).filter(([, value]) => value !== ""));
      const findings = checkJobAdLawOnServer(ad.text, locale);
      const missing = ad.missingForGoogle.map((name) => t(`googleFields.${name as "title" | "description" | "datePosted" | "hiringOrganization" | "jobLocation"}`));

      return (
        <div className="space-y-6">
          <div className="max-w-prose space-y-3">
            <h1 className="text-3xl font-bold">{t("writeTitle", { title: role.title })}</h1>
            <p className="text-lg text-muted">
              {t.rich("writeIntro", { title: role.title, link: (chunks) => <SiteLink href={rolePath(role.slug)} locale={locale}>{chunks}</SiteLink> })}
            </p>
          </div>
          <form method="get" action={localisePath(WRITE_AD_PATH, locale)} className="space-y-5">
            <input type="hidden" name="role" value={role.slug} />
            <input type="hidden" name={SENT_PARAM} value="1" />
            {problems.length > 0 && (
              <div role="alert" className="space-y-2 rounded border-2 border-accent-strong p-4">
                <h2 className="text-lg font-bold">{t("problemsTitle")}</h2>
                <ul className="list-disc space-y-1 pl-6">
                  {problems.map((problem) => (
                    <li key={`${problem.field}-${problem.issue}`} id={invalid[problem.field]}>
                      <a href={`#${fieldId(problem.field)}`} className="underline">
                        {problemText(problem)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <AdFactsFields
              details={details}
              typed={typed}
              invalid={invalid}
              dateRange={dateRange}
              words={facts}
              payNote={t.rich("form.payNote", { link: (chunks) => <SiteLink href="/sources" locale={locale}>{chunks}</SiteLink> })}
            />
            <div>
              <label htmlFor="contexte" className="mb-1 block font-semibold">
                {t("context")}
              </label>
              <p id="contexte-aide" className="mb-1 text-sm text-muted">
                {t("contextHelp", { max: MAX_CONTEXT_LENGTH })}
              </p>
              <textarea id="contexte" name={CONTEXT_PARAM} aria-describedby="contexte-aide" rows={4} maxLength={MAX_CONTEXT_LENGTH} defaultValue={context} className="w-full rounded border border-line bg-paper px-3 py-2" />
            </div>
            {ITEM_LISTS.map(({ list }) => {
              const listItems = items.filter((item) => item.list === list);
              if (listItems.length === 0) return null;
              const box = (item: AdItem) => (
                <div key={item.key} className="flex items-start gap-2">
                  <input type="checkbox" id={`${list}-${item.key}`} name={LIST_PARAMS[list]} value={item.key} defaultChecked={keptKeys.has(`${list}:${item.key}`)} className="mt-1 h-5 w-5 shrink-0" />
                  <label htmlFor={`${list}-${item.key}`}>{item.text}</label>
                </div>
              );
              const first = listItems.filter((item) => item.preselected);
              const others = listItems.filter((item) => !item.preselected);
              return (
                <fieldset key={list} className="space-y-2 rounded border border-line p-4">
                  <legend className="px-1 font-semibold">{words.headings[list]}</legend>
                  {first.length > 0 && <p className="text-sm font-semibold text-muted">{t("form.core")}</p>}
                  {first.map(box)}
                  {others.length > 0 && first.length > 0 && <p className="pt-2 text-sm font-semibold text-muted">{t("form.others")}</p>}
                  {others.map(box)}
                </fieldset>
              );
            })}
            {latest && (
              <fieldset className="space-y-2 rounded border border-line p-4">
                <legend className="px-1 font-semibold">{t("form.link")}</legend>
                {(["fiche", "edition"] as const).map((choice) => (
                  <div key={choice} className="flex items-start gap-2">
                    <input type="radio" id={`lien-${choice}`} name={LINK_PARAM} value={choice} defaultChecked={(dated !== null) === (choice === "edition")} className="mt-1 h-5 w-5 shrink-0" />
                    <label htmlFor={`lien-${choice}`}>{choice === "fiche" ? t("form.linkLiving") : t("form.linkDated", { date: formatDate(latest.date, locale) })}</label>
                  </div>
                ))}
              </fieldset>
            )}
            <button type="submit" className="rounded bg-accent-strong px-5 py-2 font-semibold text-paper hover:bg-accent">
              {t("write")}
            </button>
          </form>
          <section aria-labelledby="offre-redigee" className="space-y-4 rounded-lg border border-accent bg-accent-soft p-5">
            <h2 id="offre-redigee" className="text-2xl font-bold">
              {t("ready")}
            </h2>
            {ad.words > READABLE_AD_WORDS && (
              <p role="note" className="rounded border-2 border-accent-strong bg-paper p-3 font-medium">
                {t("lengthWarning", { words: formatter(locale).number(ad.words), max: formatter(locale).number(READABLE_AD_WORDS) })}
              </p>
            )}
            <CopyField label={t("plainText")} value={ad.text} rows={10} code={false} words={copy} />
            <CopyField label="Markdown" value={ad.markdown} rows={10} words={copy} />
            <CopyField label="HTML" value={ad.html} rows={10} words={copy} />
            <div className="space-y-1">
              <p id="aide-json-ld" className="text-sm text-muted">
                {t("jsonLdHelp")}
              </p>
              {missing.length > 0 && <p className="text-sm font-medium">{t("googleMissing", { fields: joinList(missing, locale) })}</p>}
              <CopyField label={t("jsonLd")} value={ad.jsonLdScript} rows={10} words={copy} />
            </div>
            <CopyField label={t("linkOnly")} value={ad.url} words={copy} />
          </section>
          <LegalFindings findings={findings} words={legalWords(locale)} locale={locale} />
        </div>
      );
    },
  };
}

function RoleChoice({ locale, title, text, colon }: { locale: Locale; title: string; text: string; colon: string }) {
  const roles = getAllRoles(locale);
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-lg text-muted">{text}</p>
      <ul className="list-disc space-y-2 pl-6">
        {roles.map((role) => (
          <li key={role.slug}>
            <SiteLink href={writeAdPath(role.slug)} locale={locale}>{role.title}</SiteLink>
            {colon} {role.summary}
          </li>
        ))}
      </ul>
    </div>
  );
}
