/**
 * The tree nginx serves without asking Next.js (deploy/nginx.conf), made from the build output:
 *   home.html                  the prerendered `/`
 *   pages/<route>.html         every other prerendered page that lib/cache-control.ts marks
 *                              cacheable (`/roles`, `/roles/<slug>`, `/compare/<a>/<b>`…)
 *   _next/static/…             the build's immutable assets
 *   _next/static/site/enhance-<hash>.js   the site's own script (components/enhance.ts)
 * each compressible file next to its `.gz` and `.br` (gzip_static, brotli_static). Routes come
 * from `.next/prerender-manifest.json`: nothing here knows a slug.
 *
 * The pages are documents: nginx serves them without Next.js's runtime and React payload, with
 * the rules of the stylesheet they may use inlined, and the site's small script for their few
 * behaviours (see pageForNginx).
 */
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import zlib from "node:zlib";
import esbuild from "esbuild";
import { defaultTreeAdapter, html, parse, serialize, type DefaultTreeAdapterTypes } from "parse5";
import { PRERENDERED_PAGE_SOURCES } from "../../lib/cache-control";
import { strictScriptPolicy } from "../../lib/security-headers";
import { usedCss, type PageTokens } from "./used-css";

/**
 * The rewrites below expect Next.js's output as this version writes it. When they find nothing to
 * rewrite, the build stops, naming the version, rather than ship stock pages without a word.
 */
function unmatched(what: string): Error {
  const { version } = createRequire(import.meta.url)("next/package.json") as { version: string };
  return new Error(`scripts/support/static-site.ts : ${what} introuvable dans une page de Next.js ${version} ; adaptez la réécriture à la sortie de cette version`);
}

export const STATIC_SITE_DIR = path.join(".next", "static-site");

/** The key (lib/content/compiled.ts) of the content and code the last build was made from. */
export const BUILT_CONTENT_KEY = path.join(".next", "content-key");

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

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Every element under `node`, in document order (a copy: the tree may be changed while going through it). */
function elementsUnder(node: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (const child of parent.childNodes) {
      if (!("tagName" in child)) continue;
      found.push(child);
      visit(child.tagName === "template" ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  visit(node);
  return found;
}

const attribute = (element: Element, name: string) => element.attrs.find((candidate) => candidate.name === name)?.value;
const textOf = (element: Element) => element.childNodes.map((child) => (child.nodeName === "#text" ? (child as DefaultTreeAdapterTypes.TextNode).value : "")).join("");
const isNextAsset = (href: string | undefined) => href?.startsWith("/_next/static/") ?? false;

function element(tagName: string, attrs: Record<string, string>, text?: string): Element {
  const created = defaultTreeAdapter.createElement(tagName, html.NS.HTML, Object.entries(attrs).map(([name, value]) => ({ name, value })));
  if (text !== undefined) defaultTreeAdapter.insertText(created, text);
  return created;
}

function the(document: DefaultTreeAdapterTypes.Document, tagName: string): Element {
  const found = elementsUnder(document).find((candidate) => candidate.tagName === tagName);
  if (!found) throw unmatched(`<${tagName}>`);
  return found;
}

/** Types of `<script>` that browsers do not run: data blocks (JSON-LD…). */
const isDataBlock = (script: Element) => {
  const type = attribute(script, "type");
  return type !== undefined && type !== "" && !/^(module|text\/javascript)$/i.test(type);
};

/** The classes, ids, attribute names and element types of a page, for usedCss. */
function pageTokens(document: DefaultTreeAdapterTypes.Document): PageTokens {
  const tokens: PageTokens = { classes: new Set(), ids: new Set(), attributes: new Set(), elements: new Set() };
  for (const element of elementsUnder(document)) {
    tokens.elements.add(element.tagName);
    for (const { name, value } of element.attrs) {
      tokens.attributes.add(name);
      if (name === "class") for (const name of value.split(/\s+/).filter(Boolean)) tokens.classes.add(name);
      if (name === "id") tokens.ids.add(value);
    }
  }
  return tokens;
}

/**
 * Next.js's stylesheets (`<link rel="stylesheet" href="/_next/static/….css">`) each replaced by a
 * `<style>` with the rules that may apply to this page (usedCss, scripts/support/used-css.ts):
 * the first paint waits for no request after the HTML, and print uses the same rules (the
 * stylesheets' own `@media print`). No React runs on the page to look for the links.
 * `readAsset(href)` gives the content of `/_next/static/…`; a stylesheet that could end the
 * `<style>` element (`</style`) stops the build.
 */
function inlineStylesheets(document: DefaultTreeAdapterTypes.Document, readAsset: (href: string) => string): void {
  const links = elementsUnder(document).filter((candidate) => candidate.tagName === "link" && attribute(candidate, "rel") === "stylesheet" && isNextAsset(attribute(candidate, "href")));
  if (links.length === 0) throw unmatched(`<link rel="stylesheet" href="/_next/static/….css">`);
  const tokens = pageTokens(document);
  for (const link of links) {
    const href = attribute(link, "href")!;
    const css = usedCss(readAsset(href), tokens);
    if (/<\/style/i.test(css)) throw new Error(`scripts/support/static-site.ts : ${href} contient « </style », impossible à mettre dans la page`);
    defaultTreeAdapter.insertBefore(link.parentNode!, element("style", {}, css), link);
    defaultTreeAdapter.detachNode(link);
  }
}

/** Next.js's inline scripts: the runtime's chunk list (`<script id="_R_">`) and the React payload (`self.__next_f`). */
const isNextInlineScript = (script: Element) => attribute(script, "id") === "_R_" || /^\(?self\.__next_f\b/.test(textOf(script));

/**
 * The page without Next.js in the browser: its scripts (`/_next/static/…` files, async and
 * `noModule`), their preloads, the runtime's chunk list and the React payload (`self.__next_f`,
 * the page's text a second time) taken out. The server's HTML is the whole page: links and forms
 * work without them, and the few behaviours come from the site's own script. A script of another
 * kind stops the build: this function does not know what it would take away.
 */
function withoutNextRuntime(document: DefaultTreeAdapterTypes.Document): void {
  const scripts = elementsUnder(document).filter((candidate) => candidate.tagName === "script" && !isDataBlock(candidate));
  const files = scripts.filter((script) => isNextAsset(attribute(script, "src")));
  const inline = scripts.filter(isNextInlineScript);
  if (files.length === 0) throw unmatched(`<script src="/_next/static/….js">`);
  if (!inline.some((script) => textOf(script).includes("__next_f"))) throw unmatched("<script>self.__next_f.push(…)</script>");
  const unknown = scripts.filter((script) => !files.includes(script) && !inline.includes(script));
  if (unknown.length > 0) throw unmatched(`un script inattendu (${attribute(unknown[0], "src") ?? textOf(unknown[0]).slice(0, 60)}) ; seuls les scripts de Next.js sont retirés`);
  const preloads = elementsUnder(document).filter(
    (candidate) => candidate.tagName === "link" && /^(preload|modulepreload)$/.test(attribute(candidate, "rel") ?? "") && (attribute(candidate, "as") ?? "script") === "script" && isNextAsset(attribute(candidate, "href")),
  );
  for (const node of [...files, ...inline, ...preloads]) defaultTreeAdapter.detachNode(node);
}

/**
 * A Content-Security-Policy `<meta>` right after the charset, before any script: only the page's
 * own inline scripts may run, by their SHA-256 (strictScriptPolicy), and scripts from the site.
 */
function withScriptHashes(document: DefaultTreeAdapterTypes.Document): void {
  const charset = elementsUnder(the(document, "head")).find((candidate) => candidate.tagName === "meta" && attribute(candidate, "charset") !== undefined);
  if (!charset) throw unmatched(`<meta charSet="utf-8"/>`);
  const hashes = elementsUnder(document)
    .filter((candidate) => candidate.tagName === "script" && attribute(candidate, "src") === undefined && !isDataBlock(candidate))
    .map((script) => createHash("sha256").update(textOf(script), "utf8").digest("base64"));
  const meta = element("meta", { "http-equiv": "Content-Security-Policy", content: strictScriptPolicy(hashes) });
  const next = charset.parentNode!.childNodes[charset.parentNode!.childNodes.indexOf(charset) + 1];
  if (next) defaultTreeAdapter.insertBefore(charset.parentNode!, meta, next);
  else defaultTreeAdapter.appendChild(charset.parentNode!, meta);
}

/** The site's own script (components/enhance.ts), bundled: its address and its code. */
export type SiteScript = { href: string; code: string };

/** Upper bound of the site's script, compressed with brotli: the document pages' whole JavaScript (issue 29). */
export const SITE_SCRIPT_BROTLI_BUDGET = 10_000;

/**
 * components/enhance.ts bundled for the browser (esbuild, one file, minified), named by its
 * content's hash under `/_next/static/site/`: cached for a year like Next.js's own files.
 */
export function bundleSiteScript(directory: string): SiteScript {
  const root = path.resolve(directory);
  const result = esbuild.buildSync({
    stdin: { contents: `import { enhance } from "./components/enhance";\nenhance(document);\n`, resolveDir: root, sourcefile: "site-script.ts", loader: "ts" },
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    charset: "utf8",
    legalComments: "none",
    write: false,
    absWorkingDir: root,
    tsconfig: path.join(root, "tsconfig.json"),
  });
  const code = result.outputFiles[0].text;
  const hash = createHash("sha256").update(code).digest("base64url").slice(0, 12);
  return { href: `/_next/static/site/enhance-${hash}.js`, code };
}

/**
 * A prerendered page as nginx serves it: read with an HTML parser (parse5), its stylesheets
 * inlined, Next.js's scripts and React payload taken out, a policy that lets no inline script run,
 * and the site's script last in the body (`defer`: it runs once the page is parsed, wherever it
 * is). Found last, it is asked for once the page has arrived, on the same connection: asked for
 * from the head, while the page was still arriving, it often took a second connection, which
 * Lighthouse's simulated 4G counts as one more round trip before the LCP (issue 29). Stops the
 * build, naming Next.js's version, when the page is not what these steps expect.
 */
export function pageForNginx(page: string, readAsset: (href: string) => string, script: Pick<SiteScript, "href">): string {
  const document = parse(page);
  const body = the(document, "body");
  inlineStylesheets(document, readAsset);
  withoutNextRuntime(document);
  withScriptHashes(document);
  defaultTreeAdapter.appendChild(body, element("script", { src: script.href, defer: "" }));
  return serialize(document);
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
export function buildStaticSite(root: string): { pages: string[]; assets: number; dir: string; script: { href: string; brotli: number } } {
  const next = path.join(root, ".next");
  const dir = path.join(root, STATIC_SITE_DIR);
  const manifest = JSON.parse(fs.readFileSync(path.join(next, "prerender-manifest.json"), "utf8")) as PrerenderManifest;
  // Built in a sibling directory, then swapped in: a running nginx never sees half a tree.
  const staging = `${dir}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  const pages = servablePages(manifest);
  const readAsset = (href: string) => fs.readFileSync(path.join(next, "static", href.slice("/_next/static/".length)), "utf8");
  const script = bundleSiteScript(root);
  const scriptBrotli = zlib.brotliCompressSync(script.code, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  if (scriptBrotli > SITE_SCRIPT_BROTLI_BUDGET) throw new Error(`scripts/support/static-site.ts : le script du site pèse ${scriptBrotli} octets en brotli, plus que ${SITE_SCRIPT_BROTLI_BUDGET}`);
  for (const route of pages) {
    const source = path.join(next, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);
    const target = path.join(staging, pageFile(route));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, pageForNginx(fs.readFileSync(source, "utf8"), readAsset, script));
    precompress(target);
  }
  const assets = path.join(staging, "_next", "static");
  fs.cpSync(path.join(next, "static"), assets, { recursive: true });
  const scriptFile = path.join(staging, script.href.slice(1));
  fs.mkdirSync(path.dirname(scriptFile), { recursive: true });
  fs.writeFileSync(scriptFile, script.code);
  const assetFiles = filesUnder(assets);
  for (const file of assetFiles) precompress(file);
  // Not reachable through nginx (only home.html, pages/ and _next/static/ are): tells which build the tree is from.
  fs.copyFileSync(path.join(next, "BUILD_ID"), path.join(staging, "BUILD_ID"));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(staging, dir);
  return { pages, assets: assetFiles.length, dir, script: { href: script.href, brotli: scriptBrotli } };
}

/** A page with every `<script>` taken out, data blocks included: the lower bound `npm run lighthouse` measures pages against. */
export function withoutScripts(page: string): string {
  const document = parse(page);
  for (const script of elementsUnder(document).filter((candidate) => candidate.tagName === "script")) defaultTreeAdapter.detachNode(script);
  return serialize(document);
}

/** A copy of the static tree `dir` in `target`, its pages without any script (withoutScripts), precompressed again. */
export function scriptlessCopy(dir: string, target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(dir, target, { recursive: true });
  for (const file of filesUnder(target).filter((name) => name.endsWith(".html"))) {
    fs.writeFileSync(file, withoutScripts(fs.readFileSync(file, "utf8")));
    for (const compressed of [`${file}.gz`, `${file}.br`]) fs.rmSync(compressed, { force: true });
    precompress(file);
  }
}

/** The tree of the current build of `root`, made again if it is missing or from another build; returns its directory. */
export function ensureStaticSite(root: string): string {
  const dir = path.join(root, STATIC_SITE_DIR);
  const buildId = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null);
  if (buildId(path.join(dir, "BUILD_ID")) !== buildId(path.join(root, ".next", "BUILD_ID"))) buildStaticSite(root);
  return dir;
}
