import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import type { z } from "zod";

/** One thing wrong in the content, tied to a file and a field. */
export type Problem = { file: string; field: string; message: string };

export function formatProblem({ file, field, message }: Problem): string {
  return `${file}: ${field} — ${message}`;
}

/** The path shown in messages: relative to the working directory. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute) || absolute;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The text of a file, or null with a problem when it is not a regular file of the content folder
 * (a symbolic link could make the site publish any file of the machine) or not UTF-8.
 */
export function readUtf8(absolute: string, problems: Problem[]): string | null {
  const stat = fs.lstatSync(absolute, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) {
    problems.push({ file: displayPath(absolute), field: "(fichier)", message: "lien symbolique : remplacez-le par le fichier lui-même, le contenu n’en suit aucun" });
    return null;
  }
  if (stat && !stat.isFile()) {
    problems.push({ file: displayPath(absolute), field: "(fichier)", message: "ni un fichier ordinaire ni lisible : remplacez-le par un fichier texte" });
    return null;
  }
  try {
    return utf8.decode(fs.readFileSync(absolute));
  } catch {
    problems.push({ file: displayPath(absolute), field: "(encodage)", message: "le fichier n’est pas en UTF-8 : réenregistrez-le en UTF-8" });
    return null;
  }
}

/**
 * YAML read with the JSON schema: no timestamps, so `2026-13-45` stays the text that was
 * written (and the date check sees it) instead of being rolled over to another date.
 */
export function parseYaml(source: string): unknown {
  return yaml.load(source, { schema: yaml.JSON_SCHEMA });
}

/** The message for a YAML syntax error, with a hint for the commonest mistake. */
export function yamlErrorMessage(error: unknown, source: string, lineOffset = 0): string {
  const mark = error instanceof yaml.YAMLException ? error.mark : undefined;
  const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
  const lineNumber = mark ? mark.line + 1 + lineOffset : undefined;
  const line = mark ? (source.split("\n")[mark.line] ?? "") : "";
  const strayQuote = (line.match(/"/g) ?? []).length > 2;
  const hint = strayQuote
    ? "un guillemet droit \" dans un texte entre guillemets coupe ce texte : écrivez « … » ou \\\""
    : "corrigez la syntaxe (indentation, guillemets, deux-points)";
  return `YAML invalide${lineNumber ? ` à la ligne ${lineNumber}` : ""} (${reason}) : ${hint}`;
}

/** Reads and validates one YAML file; `null` when it is missing (and `optional`) or invalid. */
export function readYamlFile<T>(absolute: string, schema: z.ZodType<T>, problems: Problem[], options: { optional: boolean }): T | null {
  const file = displayPath(absolute);
  if (!fs.existsSync(absolute)) {
    if (!options.optional) problems.push({ file, field: "(fichier)", message: "fichier introuvable : créez-le (voir README, « Ajouter un rôle », et content/modele-de-profil.md)" });
    return null;
  }
  const source = readUtf8(absolute, problems);
  if (source === null) return null;
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    problems.push({ file, field: "(YAML)", message: yamlErrorMessage(error, source) });
    return null;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: fieldPath(issue), message: issue.message });
    return null;
  }
  return result.data;
}

/** `missions.strategic.2.sources`, or the unknown keys of an object. */
export function fieldPath(issue: z.core.$ZodIssue): string {
  const keys = issue.code === "unrecognized_keys" ? issue.keys : [""];
  return keys
    .map((key) => [...issue.path, key].filter((part) => part !== "").map(String).join(".") || "(racine)")
    .join(", ");
}
