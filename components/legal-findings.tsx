import type { JobAdCheckLevel } from "@/lib/job-ad-checks";
import type { LegalFinding } from "@/lib/analyse/legal";
import type { Locale } from "@/lib/i18n/locales";

/** The words of the legal checks in the page's language (app/_views/words.ts, legalWords). */
export type LegalWords = {
  title: string;
  intro: string;
  disclaimer: string;
  none: string;
  inAd: string;
  missing: string;
  criterion: string;
  rewording: string;
  colon: string;
  levels: Record<JobAdCheckLevel, string>;
};

type LegalFindingsProps = { findings: LegalFinding[]; words: LegalWords; locale: Locale };

/** The legal findings on an ad: the article cited and linked, the ad's words, what to write instead. */
export function LegalFindings({ findings, words, locale }: LegalFindingsProps) {
  const quote = (text: string) => (locale === "fr" ? `«\u00a0${text}\u00a0»` : `“${text}”`);
  return (
    <section aria-labelledby="legal-titre" className="space-y-4 rounded-lg border border-line p-5">
      <h2 id="legal-titre" className="text-2xl font-bold">
        {words.title}
      </h2>
      <p>{words.intro}</p>
      <p className="rounded border-l-4 border-strategic bg-surface p-3 font-medium">{words.disclaimer}</p>
      {findings.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <ul className="space-y-4">
          {findings.map((finding, index) => (
            <li key={`${finding.rule}-${index}`} className="space-y-1 border-l-2 border-line pl-3">
              <p className="text-sm text-muted">
                <span className="font-semibold">{words.levels[finding.level]}</span> ·{" "}
                <a href={finding.href} className="underline">
                  {finding.article}
                </a>
                {finding.criterion && <> · {words.criterion.replace("{criterion}", finding.criterion)}</>}
              </p>
              <p>
                <span className="font-medium">
                  {words.inAd}
                  {words.colon}
                </span>{" "}
                {finding.quote ? <q className="italic [quotes:none]">{quote(finding.quote)}</q> : <span className="italic">{words.missing}</span>}
              </p>
              <p>{finding.message}</p>
              <p>
                <span className="font-medium">
                  {words.rewording}
                  {words.colon}
                </span>{" "}
                {finding.rewording}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
