/** `npm run validate`: checks every content file and prints every problem at once. */
import { contentDir, formatProblem, loadContent } from "../lib/content/load";

const { roles, problems } = loadContent(contentDir());
if (problems.length > 0) {
  console.error(`Contenu invalide : ${problems.length} problème${problems.length > 1 ? "s" : ""}\n`);
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
console.log(`Contenu valide : ${roles.length} rôle${roles.length > 1 ? "s" : ""} (${roles.map((role) => role.slug).join(", ")})`);
