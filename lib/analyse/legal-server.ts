import "server-only";
import type { Locale } from "../i18n/locales";
import { getCatalogue } from "../roles";
import { buildLegalModel, checkJobAdLaw, type LegalFinding, type LegalModel } from "./legal";

const models = new Map<Locale, LegalModel>();

/** The legal checks of a job ad in a language (content/job-ad-checks.yml), with their links, built once per process. */
export function getLegalModel(locale: Locale = "fr"): LegalModel {
  if (!models.has(locale)) {
    const { jobAdChecks, sources } = getCatalogue(locale);
    models.set(locale, buildLegalModel(jobAdChecks, sources, locale));
  }
  return models.get(locale)!;
}

/** The legal findings on an ad, in the page's language: what the writer calls on the ad it generates. */
export function checkJobAdLawOnServer(text: string, locale: Locale = "fr"): LegalFinding[] {
  return checkJobAdLaw(getLegalModel(locale), text);
}
