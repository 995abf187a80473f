/**
 * The tree nginx serves without asking Next.js (deploy/nginx.conf), made from the build output:
 *   home.html                  the prerendered `/`
 *   pages/<route>.html         every other prerendered page that lib/cache-control.ts marks
 *                              cacheable (`/roles`, `/roles/<slug>`, `/compare/<a>/<b>`…)
 *   _next/static/…             the build's immutable assets
 * each compressible file next to its `.gz` and `.br` (gzip_static, brotli_static). Routes come
 * from `.next/prerender-manifest.json`: nothing here knows a slug.
 *
 * Two changes to the pages, both for the first paint on a phone: their stylesheet is inlined (see
 * inlineStylesheets), so that it waits for no request after the HTML; and their scripts load
 * once that paint is done (see scriptsAfterFirstPaint), so that it waits for no script either.
 */
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import zlib from "node:zlib";
import { PRERENDERED_PAGE_SOURCES } from "../../lib/cache-control";
import { strictScriptPolicy } from "../../lib/security-headers";

/**
 * The rewrites below expect Next.js's output as this version writes it. When they find nothing to
 * rewrite, the build stops, naming the version, rather than ship stock pages without a word.
 */
function unmatched(what: string): Error {
  const { version } = createRequire(import.meta.url)("next/package.json") as { version: string };
  return new Error(`scripts/support/static-site.ts : ${what} introuvable dans une page de Next.js ${version} ; adaptez la réécriture à la sortie de cette version`);
}

export const STATIC_SITE_DIR = path.join(".next", "static-site");

type PrerenderManifest = {
  routes: Record<string, { initialStatus?: number; routeType?: string; dataRoute?: string | null }>;
};

/** `/roles/:slug` → a regular expression matching one path segment per parameter. */
function sourcePattern(source: string): RegExp {
  const escaped = source
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${escaped}$`);
}

const cacheablePage = PRERENDERED_PAGE_SOURCES.map(sourcePattern);

/**
 * The prerendered pages nginx may serve as files: status 200, and a path that next.config.ts
 * sends with PAGE_CACHE_CONTROL (the same header nginx then adds). `/guide`, whose address also
 * answers the questionnaire, `/_not-found` and the like stay with Next.js.
 */
export function servablePages(manifest: PrerenderManifest): string[] {
  return Object.entries(manifest.routes)
    .filter(([route, entry]) => entry.routeType === "page" && (entry.initialStatus ?? 200) === 200 && cacheablePage.some((pattern) => pattern.test(route)))
    .map(([route]) => route)
    .sort();
}

/** Where a page's file goes in the tree (and where nginx looks for it). */
export function pageFile(route: string): string {
  return route === "/" ? "home.html" : path.join("pages", `${route.slice(1)}.html`);
}

const STYLESHEET_LINK = /<link rel="stylesheet" href="(\/_next\/static\/[\w/.-]+\.css)" data-precedence="next"\/>/g;

/**
 * The page with each of its Next.js stylesheets copied into a `<style>` just before its `<link>`,
 * which becomes `media="print"`: no longer render-blocking, still fetched (at the lowest priority)
 * and still there for React, which finds its stylesheets by `link[rel=stylesheet][href]` when it
 * hydrates and would otherwise insert them again. Print keeps every rule (inline and linked).
 * `readAsset(href)` gives the content of `/_next/static/…`. A stylesheet that could end the
 * `<style>` element (`</style`) is left as it is.
 */
export function inlineStylesheets(html: string, readAsset: (href: string) => string): string {
  if (html.search(STYLESHEET_LINK) < 0) throw unmatched(`<link rel="stylesheet" href="/_next/static/….css" data-precedence="next"/>`);
  return html.replace(STYLESHEET_LINK, (link: string, href: string) => {
    const css = readAsset(href);
    if (/<\/style/i.test(css)) return link;
    return `<style>${css}</style>${link.replace(/\/>$/, ' media="print"/>')}`;
  });
}

const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[\w/.-]+\.js)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]* href="\/_next\/static\/[\w/.-]+\.js"\/>/g;

/**
 * The page with Next.js's `<script async>` tags (framework, runtime, page code) and their
 * preloads taken out of the page, and one inline script at the end of `<body>` that adds the
 * same scripts, still async (they run as they arrive, as before), after the first paint: in the
 * next animation frame, then a task (at once if the page is hidden, where no frame comes). Otherwise they arrive
 * while the long HTML is still being parsed and run (then hydrate) before anything is painted:
 * the server-rendered page is complete without them, links and forms included. The inline
 * `self.__next_f` payload scripts stay; Next.js reads them whenever its scripts start. The
 * `noModule` polyfill script stays too (modern browsers skip it).
 */
export function scriptsAfterFirstPaint(html: string): string {
  const sources = [...html.matchAll(ASYNC_SCRIPT)].map((match) => match[1]);
  if (sources.length === 0) throw unmatched(`<script src="/_next/static/….js" async="">`);
  if (!html.includes("</body>")) throw unmatched("</body>");
  const loader =
    `<script>(function(s){function go(){s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}` +
    `document.visibilityState==="hidden"?go():requestAnimationFrame(function(){setTimeout(go)})})(${JSON.stringify(sources)})</script>`;
  const body = html.lastIndexOf("</body>");
  const moved = html.slice(0, body).replace(ASYNC_SCRIPT, "").replace(SCRIPT_PRELOAD, "");
  return `${moved}${loader}${html.slice(body)}`;
}

/** Inline scripts, JSON-LD and other data blocks aside (browsers do not run them). */
const INLINE_SCRIPT = /<script((?:\s+(?!src=)[\w-]+(?:="[^"]*")?)*)>([\s\S]*?)<\/script>/g;
const CHARSET = '<meta charSet="utf-8"/>';

/**
 * The page with a Content-Security-Policy `<meta>` that lets only its own inline scripts run, by
 * their SHA-256 (strictScriptPolicy), right after its charset: before any script.
 */
export function withScriptHashes(html: string): string {
  if (!html.includes(CHARSET)) throw unmatched(CHARSET);
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => !/\btype="(?!module"|text\/javascript")[^"]*"/.test(attributes))
    .map(([, , code]) => createHash("sha256").update(code, "utf8").digest("base64"));
  return html.replace(CHARSET, `${CHARSET}<meta http-equiv="Content-Security-Policy" content="${strictScriptPolicy(hashes)}"/>`);
}

/** A prerendered page as nginx serves it: its stylesheet inlined, its scripts after the first paint, its inline scripts pinned by hash. */
export function pageForNginx(html: string, readAsset: (href: string) => string): string {
  return withScriptHashes(scriptsAfterFirstPaint(inlineStylesheets(html, readAsset)));
}

const COMPRESSIBLE = /\.(html|js|css|svg|json|txt|map)$/;

/** `file.gz` (gzip -9) and `file.br` (brotli quality 11) next to `file`, when that makes it smaller. */
export function precompress(file: string): void {
  if (!COMPRESSIBLE.test(file)) return;
  const data = fs.readFileSync(file);
  const gzip = zlib.gzipSync(data, { level: 9 });
  const brotli = zlib.brotliCompressSync(data, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  if (gzip.length < data.length) fs.writeFileSync(`${file}.gz`, gzip);
  if (brotli.length < data.length) fs.writeFileSync(`${file}.br`, brotli);
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Builds the tree from the build in `root/.next` into `root/.next/static-site`, replacing it. */
export function buildStaticSite(root: string): { pages: string[]; assets: number; dir: string } {
  const next = path.join(root, ".next");
  const dir = path.join(root, STATIC_SITE_DIR);
  const manifest = JSON.parse(fs.readFileSync(path.join(next, "prerender-manifest.json"), "utf8")) as PrerenderManifest;
  // Built in a sibling directory, then swapped in: a running nginx never sees half a tree.
  const staging = `${dir}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  const pages = servablePages(manifest);
  const readAsset = (href: string) => fs.readFileSync(path.join(next, "static", href.slice("/_next/static/".length)), "utf8");
  for (const route of pages) {
    const source = path.join(next, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);
    const target = path.join(staging, pageFile(route));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, pageForNginx(fs.readFileSync(source, "utf8"), readAsset));
    precompress(target);
  }
  const assets = path.join(staging, "_next", "static");
  fs.cpSync(path.join(next, "static"), assets, { recursive: true });
  const assetFiles = filesUnder(assets);
  for (const file of assetFiles) precompress(file);
  // Not reachable through nginx (only home.html, pages/ and _next/static/ are): tells which build the tree is from.
  fs.copyFileSync(path.join(next, "BUILD_ID"), path.join(staging, "BUILD_ID"));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  return { pages, assets: assetFiles.length, dir };
}

/** The tree of the current build of `root`, made again if it is missing or from another build; returns its directory. */
export function ensureStaticSite(root: string): string {
  const dir = path.join(root, STATIC_SITE_DIR);
  const buildId = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null);
  if (buildId(path.join(dir, "BUILD_ID")) !== buildId(path.join(root, ".next", "BUILD_ID"))) buildStaticSite(root);
  return dir;
}
