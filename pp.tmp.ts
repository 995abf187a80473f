import { loadContent } from "./lib/content/load";
import { writeContentDir } from "./tests/support/synthetic";
const slugOf = (index: number) => `role-${String(index).padStart(4, "0")}`;
const POS = ["strategic", "operational", "both"] as const;
const roles = Array.from({ length: 1000 }, (_, index) => ({ slug: slugOf(index), title: `Rôle synthétique ${index}`, otherTitles: [{ title: `Chargé de test ${index}`, feminine: `Chargée de test ${index}` }], positioning: POS[index % 3], related: [1, 2, 3].map((s) => slugOf((index + s) % 1000)) }));
const dir = writeContentDir(roles as never);
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  const r = loadContent(dir);
  console.log(i, (performance.now() - t).toFixed(0), "ms", r.roles.length, r.problems.length);
}
