"use client";

import { useRef, useState, type FormEvent } from "react";
import type { SourceLink } from "@/lib/citations";
import { type GuideAnswers, guidePath, recommend } from "@/lib/guide";
import type { RoleSummary } from "@/lib/role-summary";
import type { Guide } from "@/lib/schema";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import { GuideResult, type GuideWords } from "./guide-result";

type GuideFormProps = {
  guide: Guide;
  initial: GuideAnswers;
  roles: Record<string, RoleSummary>;
  sources: Record<string, SourceLink>;
  words: GuideWords;
  locale: Locale;
};

/**
 * The questionnaire. A GET form to /guide that opens at the result: without JavaScript the
 * server answers; with it, the recommendation follows each answer, in view, and the address
 * stays shareable. Nothing is preselected and nothing is recommended before every answer.
 */
export function GuideForm({ guide, initial, roles, sources, words, locale }: GuideFormProps) {
  const pathOf = (chosen: GuideAnswers) => localisePath(guidePath(chosen), locale);
  const [answers, setAnswers] = useState(initial);
  const result = useRef<HTMLElement>(null);
  const recommendation = recommend(guide, answers);
  const answered = guide.questions.filter((question) => answers[question.id] !== undefined).length;

  function showResult() {
    result.current?.scrollIntoView({ block: "start", behavior: "smooth" });
    result.current?.focus({ preventScroll: true });
  }

  function choose(id: string, value: string) {
    const next = { ...answers, [id]: value };
    setAnswers(next);
    window.history.replaceState(null, "", pathOf(next).replace(/#.*$/, ""));
    if (answered < guide.questions.length && recommend(guide, next)) requestAnimationFrame(showResult);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    showResult();
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form action={localisePath("/guide#recommandation", locale)} method="get" onSubmit={submit} className="space-y-5">
        {guide.questions.map((question) => (
          <fieldset key={question.id} className="rounded-lg border border-line p-4">
            <legend className="px-1 font-semibold">{question.label}</legend>
            <div className="mt-1 space-y-1">
              {question.options.map((option) => (
                <label key={option.value} className="flex min-h-6 cursor-pointer items-start gap-2 py-0.5">
                  <input
                    type="radio"
                    name={question.id}
                    value={option.value}
                    required
                    checked={answers[question.id] === option.value}
                    onChange={() => choose(question.id, option.value)}
                    className="mt-1 h-4 w-4 accent-accent"
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-paper hover:bg-accent-strong">
          {words.submit}
        </button>
      </form>
      <section ref={result} id="recommandation" tabIndex={-1} aria-labelledby="recommandation-titre" aria-live="polite" className="h-fit scroll-mt-4 rounded-lg border border-accent bg-accent-soft p-5 lg:sticky lg:top-4">
        <h2 id="recommandation-titre" className="mb-3 text-xl font-bold">
          {words.ours}
        </h2>
        {recommendation ? (
          <GuideResult words={words} locale={locale} recommendation={recommendation} roles={roles} sources={sources} sharePath={pathOf(answers)} />
        ) : (
          <p>{(answered === 1 ? words.answerAllOne : words.answerAll).replace("{answered}", String(answered))}</p>
        )}
      </section>
    </div>
  );
}
