"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { MAX_AD_LENGTH } from "@/lib/analyse/analyse";
import { CHECK_AD_PATH } from "@/lib/analyse/paths";
import { localisePath, type Locale } from "@/lib/i18n/locales";
import { checkAd, INITIAL_CHECK, type CheckState } from "@/lib/analyse/check";
import type { LegalModel } from "@/lib/analyse/legal";
import type { AnalyserModel } from "@/lib/analyse/model";
import { AnalysisResult, type AnalysisWords } from "./analysis-result";
import { LegalFindings, type LegalWords } from "./legal-findings";

type AdCheckerProps = {
  model: AnalyserModel;
  /** The server action that answers the form without JavaScript. */
  action: (previous: CheckState, data: FormData) => Promise<CheckState>;
  words: AnalysisWords;
  /** The legal checks (content/job-ad-checks.yml) and their words. */
  legal?: { model: LegalModel; words: LegalWords };
  locale: Locale;
};

/**
 * The ad check form. Without JavaScript it posts to the server action, which answers with the
 * page and its result; with JavaScript the same analyser runs here, with no request at all.
 */
export function AdChecker({ model, action, words, legal, locale }: AdCheckerProps) {
  // The permalink gives the form a real `action` address in the HTML (React writes `action=""` without one).
  const [serverState, formAction] = useActionState(action, INITIAL_CHECK, localisePath(CHECK_AD_PATH, locale));
  const [local, setLocal] = useState<CheckState | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const state = local ?? serverState;

  useEffect(() => {
    if (local?.analysis) heading.current?.focus();
  }, [local]);

  function analyseHere(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get("texte");
    setLocal(checkAd(model, typeof text === "string" ? text : "", legal?.model ?? null));
  }

  return (
    <div className="space-y-6">
      <form action={formAction} onSubmit={analyseHere} className="space-y-3">
        <input type="hidden" name="langue" value={locale} />
        <label htmlFor="texte" className="block text-lg font-semibold">
          {words.label}
        </label>
        <p id="texte-aide" className="text-sm text-muted">
          {words.help}
        </p>
        <textarea
          id="texte"
          name="texte"
          aria-describedby="texte-aide"
          rows={12}
          maxLength={MAX_AD_LENGTH}
          defaultValue={serverState.text}
          className="w-full rounded border border-line bg-paper px-3 py-2"
        />
        <button type="submit" className="rounded bg-accent-strong px-5 py-2 font-semibold text-paper hover:bg-accent">
          {words.submit}
        </button>
      </form>
      {state.problem && (
        <p role="alert" className="rounded border-l-4 border-strategic bg-surface p-3 font-medium">
          {state.problem === "empty" ? words.empty : words.tooLong}
        </p>
      )}
      {state.analysis && <AnalysisResult analysis={state.analysis} words={words} locale={locale} headingRef={heading} />}
      {state.legal && legal && <LegalFindings findings={state.legal} words={legal.words} locale={locale} />}
    </div>
  );
}
