import type { Locale } from "../i18n/locales";

/**
 * Words of the site's own workshop that must not reach a page: a reader does not know what
 * « la référence » or « l’extrait lu » is, and does not need to. Each comes with what to write.
 */
const INTERNAL_WORDS: Record<Locale, Array<{ pattern: RegExp; fix: string }>> = {
  fr: [
    { pattern: /\b(?:la|cette|notre) référence\b(?!\s+(?:du|de|des|en|d’|au|aux|pour)\b)/i, fix: "nommez la source, ou dites « ce site »" },
    { pattern: /\bextraits? lus?\b/i, fix: "dites ce que dit la source, sans parler de la lecture" },
    { pattern: /\blue?s? en 20\d\d\b/i, fix: "la date de consultation est dans la liste des sources" },
    { pattern: /\bcorpus\b/i, fix: "nommez les articles ou les sources" },
    { pattern: /\btemps présent\b/i, fix: "retirez la remarque de rédaction" },
    { pattern: /\bnon visibles?\b/i, fix: "donnez le titre lu, ou décrivez la source" },
  ],
  en: [
    { pattern: /\b(?:the|this|our) reference (?:reads|says|takes|considers|does|knows|sees)\b/i, fix: "name the source, or say “this site”" },
    { pattern: /\bexcerpts? (?:read|seen)\b/i, fix: "say what the source says, not how it was read" },
    { pattern: /\bread in 20\d\d\b/i, fix: "the date consulted is in the source list" },
    { pattern: /\bcorpus\b/i, fix: "name the articles or the sources" },
    { pattern: /\bjob sheet\b/i, fix: "write “job profile” or name the fiche (ROME)" },
    { pattern: /\bexecutor\b/i, fix: "say what the person does (“carries out the plan”)" },
    { pattern: /\bnot visible\b/i, fix: "give the title you read, or describe the source" },
  ],
};

/** The internal words in a text, each with what to write instead. */
export function internalWords(text: string, locale: Locale): Array<{ found: string; fix: string }> {
  return INTERNAL_WORDS[locale].flatMap(({ pattern, fix }) => {
    const match = pattern.exec(text);
    return match ? [{ found: match[0].trim(), fix }] : [];
  });
}

/** Every prose string of a record, with its field path; `skip` names fields that hold identifiers or exact titles. */
export function proseStrings(value: unknown, skip: ReadonlySet<string>, path = ""): Array<[string, string]> {
  const last = path.split(".").filter((part) => !/^\d+$/.test(part)).at(-1) ?? "";
  if (typeof value === "string") return skip.has(last) ? [] : [[path, value]];
  if (Array.isArray(value)) return value.flatMap((entry, index) => proseStrings(entry, skip, path ? `${path}.${index}` : String(index)));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, entry]) => proseStrings(entry, skip, path ? `${path}.${key}` : key));
  return [];
}
