/**
 * Last step of `npm run build`: the tree of prerendered pages and assets, precompressed, that
 * deploy/nginx.conf serves without Next.js (see scripts/support/static-site.ts and deploy/README.md).
 */
import path from "node:path";
import { buildStaticSite } from "./support/static-site";

const ROOT = path.resolve(import.meta.dirname, "..");
const started = performance.now();
const { pages, assets, dir, script } = buildStaticSite(ROOT);
console.log(
  `Arbre statique pour nginx : ${pages.length} pages sans le runtime de Next.js et ${assets} fichiers de _next/static, compressés (gzip, brotli), dans ${path.relative(ROOT, dir)} ; script du site ${script.href}, ${script.brotli} octets en brotli (${Math.round(performance.now() - started)} ms)`,
);
