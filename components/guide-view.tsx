import type { SourceLink } from "@/lib/citations";
import type { GuideAnswers } from "@/lib/guide";
import type { RoleSummary } from "@/lib/role-summary";
import type { Guide } from "@/lib/schema";
import type { Locale } from "@/lib/i18n/locales";
import { GuideForm } from "./guide-form";
import type { GuideWords } from "./guide-result";

type GuideViewProps = {
  guide: Guide;
  answers: GuideAnswers;
  roles: Record<string, RoleSummary>;
  sources: Record<string, SourceLink>;
  words: GuideWords;
  locale: Locale;
};

/** The guide page body, shared by /guide (prerendered, nothing answered) and its server-rendered result. */
export function GuideView({ guide, answers, roles, sources, words, locale }: GuideViewProps) {
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">{guide.title}</h1>
        <p className="text-lg text-muted">{guide.intro}</p>
      </div>
      <GuideForm guide={guide} initial={answers} roles={roles} sources={sources} words={words} locale={locale} />
    </div>
  );
}
