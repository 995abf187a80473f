/** `npm run validate`: checks every content file and prints every problem at once, then the warnings. */
import { contentDir, formatProblem, loadContent } from "../lib/content/load";

const { roles, sources, problems, warnings } = loadContent(contentDir());
const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? "s" : ""}`;
for (const warning of warnings) console.warn(`avertissement : ${formatProblem(warning)}`);
if (problems.length > 0) {
  console.error(`Contenu invalide : ${plural(problems.length, "problème")}\n`);
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
console.log(`Contenu valide : ${plural(roles.length, "rôle")} (${roles.map((role) => role.slug).join(", ")}), ${plural(sources.length, "source")}${warnings.length > 0 ? `, ${plural(warnings.length, "avertissement")}` : ""}`);
