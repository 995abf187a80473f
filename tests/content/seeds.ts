import fs from "node:fs";
import path from "node:path";

/** shared/ beside the repository: the five seed articles and their overlap tool. Some checkouts lack it. */
const SHARED_DIR = path.resolve(__dirname, "../../../shared");
export const SEEDS_DIR = path.join(SHARED_DIR, "seeds");
export const SEED_OVERLAP_TOOL = path.join(SHARED_DIR, "tools", "seed-overlap");

/** Why checks against the seed articles cannot run here, or null when the articles (and, if asked, the tool) are there. */
export function seedsMissing({ tool = false } = {}): string | null {
  if (!fs.existsSync(SEEDS_DIR)) return `${SEEDS_DIR} not found`;
  if (!fs.readdirSync(SEEDS_DIR).some((file) => file.endsWith(".txt"))) return `no .txt article in ${SEEDS_DIR}`;
  if (tool && !fs.existsSync(SEED_OVERLAP_TOOL)) return `${SEED_OVERLAP_TOOL} not found`;
  return null;
}

/** A describe title that states why its tests are skipped, also printed as a warning, so that no skip is silent. */
export function titleWithSkipReason(title: string, reason: string | null): string {
  if (reason === null) return title;
  console.warn(`Skipped « ${title} »: ${reason}`);
  return `${title} (skipped: ${reason})`;
}
