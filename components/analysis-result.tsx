import type { Ref } from "react";
import type { Analysis, Confidence, Evidence, Reasons } from "@/lib/analyse/analyse";
import type { ItemList } from "@/lib/analyse/model";
import { writeAdPath } from "@/lib/analyse/paths";
import { fill } from "@/lib/i18n/fill";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import { rolePath } from "@/lib/site";
import { CopyField, type CopyWords } from "./copy-field";
import { SiteLink } from "./site-link";

/** The result's words in the page's language, with `{…}` to fill (app/_views/words.ts, analysisWords). */
export type AnalysisWords = {
  label: string;
  help: string;
  submit: string;
  empty: string;
  tooLong: string;
  resultTitle: string;
  describes: string;
  misleading: string;
  titleRight: string;
  titleNone: string;
  none: string;
  suggestedTitle: string;
  linkToPaste: string;
  linkToPasteSection: string;
  /** `{date}`: the latest edition's. */
  datedLinkToPaste: string;
  rewrite: string;
  answer: string;
  wrongLanguage: Record<"not-french" | "not-english", string>;
  noMatch: string;
  statedAnyway: string;
  readRole: string;
  readRoleSection: string;
  confidence: Record<Confidence, string>;
  why: string;
  whyFound: string;
  whyClose: string;
  whyNoRole: Record<NonNullable<Reasons["noRole"]>, string>;
  scores: string;
  perProfile: string;
  itemsOne: string;
  itemsOther: string;
  kinds: Record<ItemList, string>;
  colon: string;
  copy: CopyWords;
};

type AnalysisResultProps = {
  analysis: Analysis;
  words: AnalysisWords;
  locale: Locale;
  headingRef?: Ref<HTMLHeadingElement>;
};

/** `<strong>` around the part of a sentence the server marked: « un poste de <strong>{title}</strong> ». */
function WithStrong({ text }: { text: string }) {
  const [before, inside, after] = text.split(/<\/?strong>/);
  return inside === undefined ? <>{text}</> : <>{before}<strong>{inside}</strong>{after}</>;
}

function EvidenceList({ items, words, locale }: { items: Evidence[]; words: AnalysisWords; locale: Locale }) {
  const quote = (text: string) => (locale === "fr" ? `«\u00a0${text}\u00a0»` : `“${text}”`);
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={`${item.list}-${item.key}`} className="border-l-2 border-line pl-3">
          <q className="italic [quotes:none]">{quote(item.excerpt)}</q>
          <span className="block text-sm text-muted">
            {words.kinds[item.list]}
            {words.colon} {item.item}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * How sure the analyser is, and why, in the words of a recruiter: the missions of the profile found
 * in the ad and how much of the ad speaks of the roles' field; or why no role is named.
 */
function Sureness({ analysis, words }: { analysis: Analysis; words: AnalysisWords }) {
  const { best, confidence, reasons, evidence } = analysis;
  const counts = { field: reasons.fieldSentences, sentences: reasons.sentences };
  if (best && confidence) {
    const missions = evidence.filter((item) => item.slug === best.slug && item.list === "missions").length;
    return (
      <p>
        <strong>{words.confidence[confidence]}</strong>
        {words.colon} {fill(words.whyFound, { ...counts, missions, title: best.title })}
        {reasons.runnerUp && <> {fill(words.whyClose, { title: reasons.runnerUp.title })}</>}
      </p>
    );
  }
  if (!reasons.noRole) return null;
  return (
    <p>
      <strong>{words.why}</strong>
      {words.colon} {fill(words.whyNoRole[reasons.noRole], counts)}
    </p>
  );
}

/** The answer of the ad check: the role described, the title warning, the link to paste, the scores and the evidence. */
export function AnalysisResult({ analysis, words, locale, headingRef }: AnalysisResultProps) {
  const { best, statedRole, mismatch, scores, evidence } = analysis;
  const byRole = scores.map((score) => ({ ...score, items: evidence.filter((item) => item.slug === score.slug) })).filter((role) => role.items.length > 0);
  return (
    <section aria-labelledby="resultat-titre" className="space-y-5 rounded-lg border border-line p-5">
      <h2 id="resultat-titre" ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        {words.resultTitle}
      </h2>
      {best ? (
        <>
          <p className="text-lg">
            <WithStrong text={fill(words.describes, { title: best.title })} />
          </p>
          <Sureness analysis={analysis} words={words} />
          <p>
            <SiteLink href={localisePath(rolePath(best.slug, best.section?.id), locale)}>
              {best.section ? fill(words.readRoleSection, { title: best.title, section: best.section.title }) : fill(words.readRole, { title: best.title })}
            </SiteLink>
          </p>
          {mismatch && statedRole ? (
            <p className="rounded border-l-4 border-strategic bg-surface p-3 font-medium">{fill(words.misleading, { stated: statedRole.title, best: best.title })}</p>
          ) : (
            <p>{statedRole ? fill(words.titleRight, { title: statedRole.title }) : words.titleNone}</p>
          )}
          {analysis.suggestedTitle && <CopyField label={words.suggestedTitle} value={analysis.suggestedTitle} code={false} words={words.copy} />}
          <CopyField label={best.section ? fill(words.linkToPasteSection, { section: best.section.title }) : words.linkToPaste} value={best.url} words={words.copy} />
          {best.edition && <CopyField label={fill(words.datedLinkToPaste, { date: best.edition.label })} value={best.edition.url} words={words.copy} />}
          <p>
            <SiteLink href={localisePath(writeAdPath(best.slug), locale)}>{fill(words.rewrite, { title: best.title })}</SiteLink>
          </p>
        </>
      ) : (
        <div className="space-y-2">
          <p className="text-lg">
            {words.answer} <strong>{words.none}</strong>.
          </p>
          <p>{analysis.status === "not-french" || analysis.status === "not-english" ? words.wrongLanguage[analysis.status] : words.noMatch}</p>
          {analysis.status === "no-match" && <Sureness analysis={analysis} words={words} />}
          {statedRole && <p>{fill(words.statedAnyway, { title: statedRole.title })}</p>}
        </div>
      )}
      <div>
        <h3 className="mb-2 text-lg font-semibold">{words.scores}</h3>
        <ul className="space-y-2">
          {scores.map((score) => (
            <li key={score.slug}>
              <span className="flex justify-between gap-3">
                <span>{score.title}</span>
                <span className="font-semibold tabular-nums">{score.score}&nbsp;/&nbsp;100</span>
              </span>
              <span aria-hidden="true" className="block h-2 rounded bg-surface">
                <span className="block h-2 rounded bg-accent" style={{ width: `${score.score}%` }} />
              </span>
            </li>
          ))}
        </ul>
      </div>
      {byRole.length > 0 && (
        <div className="space-y-3">
          <h3 className="text-lg font-semibold">{words.perProfile}</h3>
          {byRole.map((role, index) => (
            <details key={role.slug} open={index === 0} className="space-y-2">
              <summary className="cursor-pointer font-medium">{fill(role.items.length > 1 ? words.itemsOther : words.itemsOne, { title: role.title, count: role.items.length })}</summary>
              <EvidenceList items={role.items} words={words} locale={locale} />
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
