/** `npm run validate`: checks every content file of every language and prints every problem at once, then the warnings. */
import { compiledContent } from "../lib/content/compiled";
import { contentDir, formatProblem } from "../lib/content/load";
import { LOCALES } from "../lib/i18n/locales";

// Compiles the catalogue the build then reads (.next/cache/content), unless the content is unchanged.
const { languages, problems, warnings } = compiledContent(contentDir());
const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? "s" : ""}`;
for (const warning of warnings) console.warn(`avertissement : ${formatProblem(warning)}`);
if (problems.length > 0) {
  console.error(`Contenu invalide : ${plural(problems.length, "problème")}\n`);
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
const { roles, sources } = languages.fr;
console.log(
  `Contenu valide : ${plural(roles.length, "rôle")} (${roles.map((role) => role.slug).join(", ")}), ${plural(sources.length, "source")}, éditions ${LOCALES.join(", ")}${warnings.length > 0 ? `, ${plural(warnings.length, "avertissement")}` : ""}`,
);
