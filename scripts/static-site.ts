/**
 * Last step of `npm run build`: the tree of prerendered pages and assets, precompressed, that
 * deploy/nginx.conf serves without Next.js (see scripts/support/static-site.ts and deploy/README.md).
 */
import fs from "node:fs";
import path from "node:path";
import { contentKey } from "../lib/content/compiled";
import { contentDir } from "../lib/content/load";
import { BUILT_CONTENT_KEY, buildStaticSite } from "./support/static-site";

const ROOT = path.resolve(import.meta.dirname, "..");
const started = performance.now();
const { pages, assets, dir, script } = buildStaticSite(ROOT);
// What the pages were built from: `npm run edition` freezes them only if the content is still that.
fs.writeFileSync(path.join(ROOT, BUILT_CONTENT_KEY), contentKey(contentDir()));
console.log(
  `Arbre statique pour nginx : ${pages.length} pages sans le runtime de Next.js et ${assets} fichiers de _next/static, compressés (gzip, brotli), dans ${path.relative(ROOT, dir)} ; script du site ${script.href}, ${script.brotli} octets en brotli (${Math.round(performance.now() - started)} ms)`,
);
