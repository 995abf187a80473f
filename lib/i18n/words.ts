import type { GuideWords } from "@/components/guide-result";
import type { JobAdPanelWords } from "@/components/job-ad-panel";
import type { Locale } from "./locales";
import { translator } from "./translate";

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
