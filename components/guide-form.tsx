"use client";

import { useState } from "react";
import { GUIDE_QUESTIONS, type GuideAnswers, guidePath, recommend } from "@/lib/guide";
import type { RoleSummary } from "@/lib/role-summary";
import { GuideResult, type SourceLinks } from "./guide-result";

type GuideFormProps = {
  initial: GuideAnswers;
  roles: Record<string, RoleSummary>;
  sources: SourceLinks;
};

/**
 * The questionnaire. A GET form to /guide: without JavaScript the server answers; with it,
 * the recommendation follows each answer and the address stays shareable.
 */
export function GuideForm({ initial, roles, sources }: GuideFormProps) {
  const [answers, setAnswers] = useState(initial);

  function choose(id: keyof GuideAnswers, value: string) {
    const next = { ...answers, [id]: value } as GuideAnswers;
    setAnswers(next);
    window.history.replaceState(null, "", guidePath(next));
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form action="/guide" method="get" className="space-y-5">
        {GUIDE_QUESTIONS.map((question) => (
          <fieldset key={question.id} className="rounded-lg border border-line p-4">
            <legend className="px-1 font-semibold">{question.label}</legend>
            <div className="mt-1 space-y-1.5">
              {question.options.map((option) => (
                <label key={option.value} className="flex cursor-pointer items-start gap-2">
                  <input
                    type="radio"
                    name={question.id}
                    value={option.value}
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
          Voir la recommandation
        </button>
      </form>
      <section aria-labelledby="recommandation" aria-live="polite" className="h-fit rounded-lg border border-accent bg-accent-soft p-5 lg:sticky lg:top-4">
        <h2 id="recommandation" className="mb-3 text-xl font-bold">
          Notre recommandation
        </h2>
        <GuideResult recommendation={recommend(answers)} roles={roles} sources={sources} sharePath={guidePath(answers)} />
      </section>
    </div>
  );
}
