import type { SourceLink } from "@/lib/citations";
import type { Recommendation, ShownReason } from "@/lib/guide";
import type { RoleSummary } from "@/lib/role-summary";
import { fill } from "@/lib/i18n/fill";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import { comparePath, rolePath } from "@/lib/site";
import { writeAdPath } from "@/lib/analyse/paths";
import { Citations } from "./citations";
import { SiteLink } from "./site-link";

/** The guide's words in the page's language, given by the server (app/_views/guide.tsx): this runs in the browser too. */
export type GuideWords = {
  submit: string;
  ours: string;
  /** With `{answered}` in it. */
  answerAll: string;
  answerAllOne: string;
  and: string;
  onePerson: string;
  separate: string;
  /** With `{answer}` and `{question}` in it. */
  decisive: string;
  for: string;
  against: string;
  againstLabel: string;
  colon: string;
  read: string;
  /** « Rédiger l’offre pour ce profil ({title}) »: the way to the job-ad writer. */
  write: string;
  compare: string;
  share: string;
};

type GuideResultProps = {
  words: GuideWords;
  locale: Locale;
  recommendation: Recommendation;
  roles: Record<string, RoleSummary>;
  sources: Record<string, SourceLink>;
  sharePath: string;
};

type ReasonListProps = { reasons: ShownReason[]; roles: Record<string, RoleSummary>; sources: Record<string, SourceLink>; label: string; colon: string; locale: Locale };

function ReasonList({ reasons, roles, sources, label, colon, locale }: ReasonListProps) {
  return (
    <ul className="space-y-2">
      {reasons.map((reason) => (
        <li key={reason.text} className="flex gap-2">
          <span aria-hidden="true" className={`mt-0.5 shrink-0 font-bold ${reason.stance === "for" ? "text-operational" : "text-strategic"}`}>
            {reason.stance === "for" ? "+" : "−"}
          </span>
          <span>
            <span className="sr-only">{label}{colon}</span>
            <span className="text-sm font-semibold">{roles[reason.role]?.title ?? reason.role}</span> — {reason.text}
            <Citations ids={reason.sources} sources={sources} locale={locale} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The guide's answer: which role(s), the answer that decided, the reasons for and against (with sources), and where to read more. */
export function GuideResult({ words, locale, recommendation, roles, sources, sharePath }: GuideResultProps) {
  const chosen = recommendation.roles.map((slug) => roles[slug]).filter((role): role is RoleSummary => Boolean(role));
  const [first, second] = chosen;
  const forReasons = recommendation.reasons.filter((reason) => reason.stance === "for");
  const against = recommendation.reasons.filter((reason) => reason.stance === "against");
  return (
    <div className="space-y-4">
      <p className="text-2xl font-bold">
        {chosen.map((role, index) => (
          <span key={role.slug}>
            {index > 0 && (recommendation.onePerson ? " + " : ` ${words.and} `)}
            <SiteLink href={localisePath(rolePath(role.slug), locale)}>{role.title}</SiteLink>
          </span>
        ))}
      </p>
      {chosen.length > 1 && (
        <p className="font-medium">
          {recommendation.onePerson ? words.onePerson : words.separate}
        </p>
      )}
      <p>{fill(words.decisive, { answer: recommendation.decisive.answer, question: recommendation.decisive.question })}</p>
      <h3 className="text-lg font-bold">{words.for}</h3>
      <ReasonList reasons={forReasons} roles={roles} sources={sources} label={words.for} colon={words.colon} locale={locale} />
      {recommendation.onePersonReasons.length > 0 && (
        <ul className="list-disc space-y-2 pl-6">
          {recommendation.onePersonReasons.map((reason) => (
            <li key={reason.text}>
              {reason.text}
              <Citations ids={reason.sources} sources={sources} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      {against.length > 0 && (
        <>
          <h3 className="text-lg font-bold">{words.against}</h3>
          <ReasonList reasons={against} roles={roles} sources={sources} label={words.againstLabel} colon={words.colon} locale={locale} />
        </>
      )}
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {chosen.map((role) => (
          <li key={role.slug}>
            <SiteLink href={localisePath(rolePath(role.slug), locale)}>{fill(words.read, { title: role.title })}</SiteLink>
          </li>
        ))}
        {chosen.map((role) => (
          <li key={`write-${role.slug}`}>
            <SiteLink href={localisePath(writeAdPath(role.slug), locale)} className="font-semibold">{fill(words.write, { title: role.title })}</SiteLink>
          </li>
        ))}
        {first && second && (
          <li>
            <SiteLink href={localisePath(comparePath(first.slug, second.slug), locale)}>{fill(words.compare, { a: first.title, b: second.title })}</SiteLink>
          </li>
        )}
        <li>
          <SiteLink href={sharePath}>{words.share}</SiteLink>
        </li>
      </ul>
    </div>
  );
}
