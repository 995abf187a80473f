import type { AdFactsWords } from "@/components/ad-facts-fields";
import type { AnalysisWords } from "@/components/analysis-result";
import type { GuideWords } from "@/components/guide-result";
import { MAX_AD_LENGTH } from "@/lib/analyse/analyse";
import type { AdWords } from "@/lib/analyse/write-ad";
import { CONTRACTS, EXPERIENCE_YEARS, PAY_BASES, PAY_PERIODS, REMOTE_WORK, WORKING_TIMES } from "@/lib/analyse/write-ad-params";
import { countInWords, formatDate } from "@/lib/format";
import type { JobAdPanelWords } from "@/components/job-ad-panel";
import type { LegalWords } from "@/components/legal-findings";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/**
 * The words of the components whose text the browser completes (the compare form, the guide, the
 * job-ad panel): the server gives them strings, with `{…}` left where the browser fills in.
 */
const keep = (name: string) => `{${name}}`;

export function compareFormWords(locale: Locale) {
  const t = translator(locale, "compare");
  return { title: t("formTitle"), first: t("first"), second: t("second"), submit: t("submit") };
}

export function guideWords(locale: Locale, questions: number): GuideWords {
  const t = translator(locale, "guide");
  return {
    submit: t("submit"),
    ours: t("ours"),
    answerAll: t("answerAll", { count: questions, answered: 2 }).replace(/\b2\//, `${keep("answered")}/`),
    answerAllOne: t("answerAll", { count: questions, answered: 1 }).replace(/\b1\//, `${keep("answered")}/`),
    and: t("and"),
    onePerson: t("onePerson"),
    separate: t("separate"),
    decisive: t("decisive", { answer: keep("answer"), question: keep("question") }),
    for: t("for"),
    against: t("against"),
    againstLabel: t("againstLabel"),
    colon: t("colon"),
    read: t("read", { title: keep("title") }),
    write: t("write", { title: keep("title") }),
    compare: t("compare", { a: keep("a"), b: keep("b") }),
    share: t("share"),
  };
}

export function jobAdPanelWords(locale: Locale, title: string, editionDate: string | null = null): JobAdPanelWords {
  const t = translator(locale, "jobAdPanel");
  const date = editionDate ? formatDate(editionDate, locale) : "";
  return {
    dated: { title: t("datedTitle"), text: t("datedText", { date }), label: t("datedLabel", { date }), copied: t("datedCopied") },
    history: t("history"),
    embed: { title: t("embedTitle"), text: t("embedText"), label: t("embedLabel"), copied: t("embedCopied") },
    title: t("title"),
    intro: t("intro", { title }),
    part: t("part"),
    wholePage: t("wholePage"),
    formats: {
      url: { label: t("url"), copied: t("urlCopied") },
      markdown: { label: t("markdown"), copied: t("markdownCopied") },
      html: { label: t("html"), copied: t("htmlCopied") },
    },
    copy: t("copy"),
    copyWhat: t("copyWhat", { what: keep("what") }),
    parts: t("parts"),
    writeAd: t("writeAd", { title }),
    writeAdAfter: t("writeAdAfter"),
    snippets: { definition: t("definition"), sourced: t("sourced"), colon: t("colon") },
  };
}

/** The words of an ad written from the `title` profile (lib/analyse/write-ad.ts). */
export function adWords(locale: Locale, title: string): AdWords {
  const t = translator(locale, "jobAd");
  return {
    locale,
    headings: { missions: t("headingMissions"), skills: t("headingSkills"), indicators: t("headingIndicators") },
    titleMark: t("titleMark"),
    linkText: t("adLink", { title }),
    colon: t("colon"),
    jobHeading: t("jobHeading"),
    labels: { employer: t("labels.employer"), contract: t("labels.contract"), place: t("labels.place"), start: t("labels.start"), experience: t("labels.experience"), pay: t("labels.pay") },
    contracts: choiceWords(CONTRACTS, (value) => t(`choices.contract.${value}`)),
    times: choiceWords(WORKING_TIMES, (value) => t(`choices.time.${value}`)),
    remote: choiceWords(REMOTE_WORK, (value) => t(`choices.remote.${value}`)),
    experience: choiceWords(EXPERIENCE_YEARS, (value) => t(`choices.experience.${value}`)),
    periods: choiceWords(PAY_PERIODS, (value) => t(`choices.period.${value}`)),
    bases: choiceWords(PAY_BASES, (value) => t(`choices.basis.${value}`)),
    payRange: t("payRange", { min: keep("min"), max: keep("max") }),
    posted: t("posted", { date: keep("date") }),
    validThrough: t("validThrough", { date: keep("date") }),
    remoteCountry: t("remoteCountry"),
  };
}

/** The labels of the writer's fields for the facts of the job (components/ad-facts-fields.tsx). */
export function adFactsWords(locale: Locale): AdFactsWords {
  const t = translator(locale, "jobAd");
  return {
    facts: t("form.facts"),
    employer: t("form.employer"),
    employerHelp: t("form.employerHelp"),
    city: t("form.city"),
    remote: t("form.remote"),
    remoteChoices: choiceWords(REMOTE_WORK, (value) => t(`form.remoteChoices.${value}`)),
    contract: t("form.contract"),
    contracts: choiceWords(CONTRACTS, (value) => t(`choices.contract.${value}`)),
    time: t("form.time"),
    timeChoices: choiceWords(WORKING_TIMES, (value) => t(`form.timeChoices.${value}`)),
    notSaid: t("form.notSaid"),
    start: t("form.start"),
    experience: t("form.experience"),
    experienceChoices: choiceWords(EXPERIENCE_YEARS, (value) => t(`choices.experience.${value}`)),
    posted: t("form.posted"),
    validThrough: t("form.validThrough"),
    datesHelp: t("form.datesHelp"),
    pay: t("form.pay"),
    payMin: t("form.payMin"),
    payMax: t("form.payMax"),
    payHelp: t("form.payHelp"),
    payPeriod: t("form.payPeriod"),
    payPeriodChoices: choiceWords(PAY_PERIODS, (value) => t(`form.payPeriodChoices.${value}`)),
    payBasis: t("form.payBasis"),
    payBasisChoices: choiceWords(PAY_BASES, (value) => t(`form.payBasisChoices.${value}`)),
  };
}

/** The words of each value of a list of choices. */
export function choiceWords<T extends string>(values: readonly T[], word: (value: T) => string): Record<T, string> {
  return Object.fromEntries(values.map((value) => [value, word(value)])) as Record<T, string>;
}

/** The words of the ad check and its result (client components), for a catalogue of `roles` roles. */
export function analysisWords(locale: Locale, roles: number): AnalysisWords {
  const t = translator(locale, "jobAd");
  const max = MAX_AD_LENGTH.toLocaleString(LOCALE_TAGS[locale].intl);
  return {
    label: t("label"),
    help: t("help", { max }),
    submit: t("submit"),
    empty: t("empty"),
    tooLong: t("tooLong", { max }),
    resultTitle: t("resultTitle"),
    describes: t.markup("describes", { title: keep("title"), strong: (chunks) => `<strong>${chunks}</strong>` }),
    misleading: t("misleading", { stated: keep("stated"), best: keep("best") }),
    titleRight: t("titleRight", { title: keep("title") }),
    titleNone: t("titleNone", { none: t("none", { count: roles, words: countInWords(roles, locale) }) }),
    none: t("none", { count: roles, words: countInWords(roles, locale) }),
    suggestedTitle: t("suggestedTitle"),
    linkToPaste: t("linkToPaste"),
    linkToPasteSection: t("linkToPasteSection", { section: keep("section") }),
    datedLinkToPaste: t("datedLinkToPaste", { date: keep("date") }),
    rewrite: t("rewrite", { title: keep("title") }),
    answer: t("answer"),
    wrongLanguage: { "not-french": t("notFrench"), "not-english": t("notEnglish") },
    noMatch: t("noMatch"),
    statedAnyway: t("statedAnyway", { title: keep("title") }),
    readRole: t("readRole", { title: keep("title") }),
    readRoleSection: t("readRoleSection", { title: keep("title"), section: keep("section") }),
    confidence: { high: t("confidenceHigh"), medium: t("confidenceMedium"), low: t("confidenceLow") },
    why: t("why"),
    whyFound: t("whyFound", { missions: keep("missions"), title: keep("title"), field: keep("field"), sentences: keep("sentences") }),
    whyClose: t("whyClose", { title: keep("title") }),
    whyNoRole: {
      field: t("whyField", { field: keep("field"), sentences: keep("sentences") }),
      flat: t("whyFlat"),
      weak: t("whyWeak"),
    },
    scores: t("scores"),
    perProfile: t("perProfile"),
    itemsOne: t("itemsOf", { title: keep("title"), count: 1 }),
    itemsOther: t("itemsOf", { title: keep("title"), count: 2 }).replace(/\b2\b/, keep("count")),
    kinds: { missions: t("kindMissions"), skills: t("kindSkills"), indicators: t("kindIndicators") },
    colon: t("colon"),
    copy: copyWords(locale),
  };
}

/** The copy button's words (components/copy-field.tsx). */
export function copyWords(locale: Locale) {
  const t = translator(locale, "jobAd");
  return { copy: t("copy"), copied: t("copied", { label: keep("label") }), colon: t("colon") };
}

/** The words of the legal checks of an ad (components/legal-findings.tsx). */
export function legalWords(locale: Locale): LegalWords {
  const t = translator(locale, "jobAdLaw");
  return {
    title: t("title"),
    intro: t("intro"),
    disclaimer: t("disclaimer"),
    none: t("none"),
    inAd: t("inAd"),
    missing: t("missing"),
    criterion: t("criterion", { criterion: keep("criterion") }),
    rewording: t("rewording"),
    colon: t("colon"),
    levels: { forbidden: t("levelForbidden"), check: t("levelCheck"), advice: t("levelAdvice") },
  };
}
