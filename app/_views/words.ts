import type { AnalysisWords } from "@/components/analysis-result";
import type { GuideWords } from "@/components/guide-result";
import { MAX_AD_LENGTH } from "@/lib/analyse/analyse";
import type { AdWords } from "@/lib/analyse/write-ad";
import { countInWords } from "@/lib/format";
import type { JobAdPanelWords } from "@/components/job-ad-panel";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/**
 * The words of the client components (the compare form, the guide, the job-ad panel): they run in
 * the browser too, so the server gives them strings, with `{…}` left where the browser fills in.
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
    compare: t("compare", { a: keep("a"), b: keep("b") }),
    share: t("share"),
  };
}

export function jobAdPanelWords(locale: Locale, title: string): JobAdPanelWords {
  const t = translator(locale, "jobAdPanel");
  return {
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
  };
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
    rewrite: t("rewrite", { title: keep("title") }),
    answer: t("answer"),
    wrongLanguage: { "not-french": t("notFrench"), "not-english": t("notEnglish") },
    noMatch: t("noMatch"),
    statedAnyway: t("statedAnyway", { title: keep("title") }),
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
