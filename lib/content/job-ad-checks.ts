import path from "node:path";
import type { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { jobAdChecksSchema, jobAdChecksTranslationSchema, type JobAdCheck } from "../job-ad-checks";
import { displayPath, readYamlFile, type Problem } from "./files";

export type JobAdChecksRead = {
  rules: JobAdCheck[];
  /** Where the rules cite sources, for the bibliography's checks: [file, field, ids]. */
  citations: Array<[string, string, string[]]>;
};

/**
 * The legal checks of a job ad in a language: content/job-ad-checks.yml, with the shown words of
 * content/<language>/job-ad-checks.yml for another language (every rule and group needs them).
 * Optional: a content folder without the file has no legal checks. Every problem names its file
 * and field.
 */
export function readJobAdChecks(dir: string, locale: Locale, problems: Problem[], typeset: (text: string) => string = (text) => text): JobAdChecksRead {
  const file = path.join(dir, "job-ad-checks.yml");
  const read = readYamlFile(file, jobAdChecksSchema, problems, { optional: true });
  if (!read) return { rules: [], citations: [] };
  const shown = displayPath(file);
  const citations: JobAdChecksRead["citations"] = read.rules.map((rule, index) => [shown, `rules.${index}.sources`, rule.sources]);
  const seen = new Set<string>();
  read.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) problems.push({ file: shown, field: `rules.${index}.id`, message: `règle « ${rule.id} » en double : donnez à chaque règle un identifiant unique` });
    seen.add(rule.id);
    if (rule.kind === "title-sex" && !rule.rewording.includes("{title}")) {
      problems.push({ file: shown, field: `rules.${index}.rewording`, message: "« {title} » absent : la reformulation du titre reprend le titre de l’offre" });
    }
  });
  const rules = locale === DEFAULT_LOCALE ? read.rules : translate(read.rules, path.join(dir, locale, "job-ad-checks.yml"), problems);
  return { rules: rules.map((rule) => typesetRule(rule, typeset)), citations };
}

type Translation = z.infer<typeof jobAdChecksTranslationSchema>["rules"][number];

function translate(rules: JobAdCheck[], file: string, problems: Problem[]): JobAdCheck[] {
  const shown = displayPath(file);
  const read = readYamlFile(file, jobAdChecksTranslationSchema, problems, { optional: false });
  if (!read) return rules;
  const byId = new Map<string, Translation>();
  read.rules.forEach((entry, index) => {
    if (!rules.some((rule) => rule.id === entry.id)) problems.push({ file: shown, field: `rules.${index}.id`, message: `règle « ${entry.id} » absente de content/job-ad-checks.yml : retirez cette traduction ou corrigez l’identifiant` });
    else byId.set(entry.id, entry);
  });
  return rules.map((rule) => {
    const words = byId.get(rule.id);
    if (!words) {
      problems.push({ file: shown, field: "rules", message: `règle « ${rule.id} » sans traduction : ajoutez une entrée avec id, article, checks, message et rewording` });
      return rule;
    }
    const translated = { ...rule, article: words.article, checks: words.checks, message: words.message, rewording: words.rewording };
    if (translated.kind !== "phrases") return translated;
    const index = read.rules.indexOf(words);
    return {
      ...translated,
      groups: translated.groups.map((group) => {
        const groupWords = words.groups?.find((candidate) => candidate.id === group.id);
        if (!groupWords) {
          problems.push({ file: shown, field: `rules.${index}.groups`, message: `groupe « ${group.id} » de la règle « ${rule.id} » sans traduction : ajoutez id, label et rewording` });
          return group;
        }
        return { ...group, label: groupWords.label, rewording: groupWords.rewording };
      }),
    };
  });
}

/** The language's typography on the words shown, never on the words looked for. */
function typesetRule(rule: JobAdCheck, typeset: (text: string) => string): JobAdCheck {
  const shown = { ...rule, article: typeset(rule.article), checks: typeset(rule.checks), message: typeset(rule.message), rewording: typeset(rule.rewording) };
  if (shown.kind !== "phrases") return shown;
  return { ...shown, groups: shown.groups.map((group) => ({ ...group, label: typeset(group.label), rewording: typeset(group.rewording) })) };
}
