import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales";
import { contentDir, loadContent, type LoadResult, type Problem } from "./load";
import { checkParity } from "./parity";

export type Languages = { languages: Record<Locale, LoadResult>; problems: Problem[]; warnings: Problem[] };

/**
 * Every language's content, each checked on its own and each translation against the French
 * language (lib/content/parity.ts). A translation's role addresses also accept the French ones
 * (`/en/roles/animatrice-de-communautes`), its own titles first.
 */
export function loadLanguages(dir: string = contentDir()): Languages {
  const model = loadContent(dir, DEFAULT_LOCALE);
  const languages = { [DEFAULT_LOCALE]: model } as Record<Locale, LoadResult>;
  const problems = [...model.problems];
  const warnings = [...model.warnings];
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    // A translation is checked against a valid French text: fix the French first.
    if (model.problems.length > 0) {
      languages[locale] = model;
      continue;
    }
    const translation = loadContent(dir, locale);
    translation.routes = { ...model.routes, ...translation.routes };
    const parity = checkParity(model, translation);
    translation.problems.push(...parity);
    problems.push(...translation.problems);
    languages[locale] = translation;
  }
  return { languages, problems, warnings };
}
