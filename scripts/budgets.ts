/**
 * `npm run budgets`: size budgets of the role pages, measured on the production build
 * (`.next/`, built first if absent), and the list of client components.
 *
 * - JavaScript: every script a role page loads (the `<script src>` of its prerendered HTML and
 *   the chunks its React payload names), gzip, at most 20 kB above a bare Next.js App Router
 *   page of the same Next.js version, built in the same run from a throwaway app
 *   (app/layout.tsx + app/page.tsx) that uses our node_modules. The `noModule` polyfills are
 *   left out on both sides: browsers that run modules never download them.
 * - CSS: the stylesheets of the page, gzip, at most 15 kB. HTML: the page itself, gzip, at most 30 kB.
 * - JavaScript of the role pages as nginx serves them (.next/static-site): at most 10 kB brotli.
 * - Client components: every file starting with "use client" must be in CLIENT_COMPONENTS below,
 *   with the reason a server component would not do.
 *
 * Sizes are gzip at zlib's default level (what `next start` sends). Exit code 1 when a check fails.
 */
import { LOCALES, localePrefix } from "../lib/i18n/locales";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { buildBaselineApp } from "./support/baseline-app";
import { clientComponents, pageAssets } from "./support/page-assets";
import { ensureBuild } from "./support/next-server";
import { gzipSize, kB } from "./support/stats";
import { ensureStaticSite, pageFile, SITE_SCRIPT_BROTLI_BUDGET } from "./support/static-site";

const ROOT = path.resolve(import.meta.dirname, "..");

const BUDGET = { jsAboveBaseline: 20_000, css: 15_000, html: 30_000, deployedJsBrotli: SITE_SCRIPT_BROTLI_BUDGET };

/** Brotli size (quality 11, as the static tree is compressed) of the JavaScript of a page of .next/static-site: its script files and inline scripts. */
function deployedJsBrotli(siteDir: string, html: string): { bytes: number; files: number } {
  const brotli = (data: string | Buffer) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  let bytes = 0;
  let files = 0;
  for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\btype="application\/(ld\+)?json"/.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) files++;
    bytes += brotli(src ? fs.readFileSync(path.join(siteDir, src)) : code);
  }
  return { bytes, files };
}

/** Files allowed to start with "use client", and why a server component would not do. */
const CLIENT_COMPONENTS: Record<string, string> = {
  "components/ad-checker.tsx":
    "sur /verifier-une-offre seulement : avec JavaScript, l'analyseur tourne dans le navigateur, sans requête (le texte de l'offre ne quitte pas la page) ; sans, le formulaire POST passe par l'action serveur (useActionState) et la page revient avec le résultat",
  "components/guide-form.tsx":
    "sans JavaScript, le formulaire envoie GET /guide et le serveur répond ; avec, la recommandation suit chaque réponse (useState) et l'adresse partageable se met à jour (history.replaceState)",
  "components/enhancements.tsx":
    "sous next start seulement, où React tourne : active components/enhance.ts (boutons Copier, choix de la partie à lier, ancre gardée au changement de langue) après l'hydratation et chaque navigation ; les pages servies par nginx n'ont pas React et reçoivent ce module seul",
  "components/language-switch.tsx":
    "le lien vers la même page dans l'autre langue, dans l'en-tête de la mise en page : son adresse vient du rendu de la page (usePathname), prérendue avec elle, et suit les navigations de next start ; l'ancre (#missions) est ajoutée par components/enhance.ts",
  "components/nearest-roles.tsx":
    "lit l'adresse demandée dans le navigateur (usePathname) : la page 404, prérendue une fois pour toutes les adresses inconnues, n'est envoyée qu'avec les 404 (app/global-not-found.tsx)",
};

/** Total gzip size of `/_next/static/…` files of the build in `distDir`. */
function staticSize(distDir: string, urls: string[]): number {
  return urls.reduce((total, url) => {
    const file = path.join(distDir, "static", decodeURIComponent(url.replace(/^\/_next\/static\//, "")));
    if (!fs.existsSync(file)) throw new Error(`${url} est référencé par la page mais absent de ${distDir}/static`);
    return total + gzipSize(fs.readFileSync(file));
  }, 0);
}

/** The JS of the bare App Router page, built in this run. */
function measureBaseline(): { bytes: number; files: number; seconds: number } {
  const app = buildBaselineApp(ROOT);
  try {
    const html = fs.readFileSync(path.join(app.dir, ".next", "server", "app", "index.html"), "utf8");
    const { scripts } = pageAssets(html);
    return { bytes: staticSize(path.join(app.dir, ".next"), scripts), files: scripts.length, seconds: app.seconds };
  } finally {
    app.remove();
  }
}

function main(): number {
  ensureBuild(ROOT);
  const distDir = path.join(ROOT, ".next");
  const appDir = path.join(distDir, "server", "app");
  // Role pages, then the pages of their long sections (roles/<slug>/<section>.html), in every language (en/roles/…).
  const pages = LOCALES.map((locale) => path.join(appDir, localePrefix(locale), "roles"))
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html")).map((name) => path.join(dir, name)))
    .sort((a, b) => a.split(path.sep).length - b.split(path.sep).length || a.localeCompare(b))
    .map((file) => {
      const html = fs.readFileSync(file);
      const assets = pageAssets(html.toString("utf8"));
      return {
        path: `/${path.relative(appDir, file).slice(0, -".html".length).split(path.sep).join("/")}`,
        html: gzipSize(html),
        js: staticSize(distDir, assets.scripts),
        jsFiles: assets.scripts.length,
        css: staticSize(distDir, assets.stylesheets),
      };
    });
  if (pages.length === 0) throw new Error(`aucune page de rôle prérendue dans ${path.join(appDir, "roles")}`);
  const heaviest = (key: "html" | "js" | "css") => pages.reduce((worst, page) => (page[key] > worst[key] ? page : worst));

  const nextVersion = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8")).version as string;
  const baseline = measureBaseline();
  const failures: string[] = [];
  const check = (label: string, value: number, budget: number, detail: string) => {
    const ok = value <= budget;
    if (!ok) failures.push(label);
    console.log(`${ok ? "OK     " : "ÉCHEC  "}${label.padEnd(11)} ${kB(value).padStart(9)}   budget ${kB(budget).padStart(9)}   ${detail}`);
  };

  console.log(`Budgets des pages de rôle et de leurs sections (${pages.length} pages, build de production, gzip niveau 6 ; 1 kB = 1 000 octets)\n`);
  console.log(`Référence : page App Router nue, Next.js ${nextVersion}, construite dans ce même passage (${baseline.seconds.toFixed(0)} s) : JS ${kB(baseline.bytes)} (${baseline.files} fichiers)`);
  const js = heaviest("js");
  check("JavaScript", js.js, baseline.bytes + BUDGET.jsAboveBaseline, `${js.path} : ${js.jsFiles} fichiers, référence + ${kB(js.js - baseline.bytes)} (budget : référence + ${kB(BUDGET.jsAboveBaseline)})`);
  const css = heaviest("css");
  check("CSS", css.css, BUDGET.css, css.path);
  const html = heaviest("html");
  // A role page is /roles/<slug> or /en/roles/<slug>; the rest are sections' pages.
  const rolePages = pages.filter((page) => /^(\/[a-z]{2})?\/roles\/[^/]+$/.test(page.path));
  const sectionPages = pages.length - rolePages.length;
  check(
    "HTML",
    html.html,
    BUDGET.html,
    `${html.path} (la plus lourde ; ${rolePages.map((page) => `${page.path.replace("/roles/", " ").trim()} ${kB(page.html)}`).join(", ")}${sectionPages > 0 ? ` ; ${sectionPages} pages de section, jusqu’à ${kB(Math.max(...pages.filter((page) => !rolePages.includes(page)).map((page) => page.html)))}` : ""})`,
  );

  // The same role pages as nginx serves them (.next/static-site): no Next.js runtime, the site's script only.
  const siteDir = ensureStaticSite(ROOT);
  const deployed = rolePages
    .map((page) => ({ path: page.path, file: path.join(siteDir, pageFile(page.path)) }))
    .filter((page) => fs.existsSync(page.file))
    .map((page) => ({ path: page.path, ...deployedJsBrotli(siteDir, fs.readFileSync(page.file, "utf8")) }));
  if (deployed.length === 0) failures.push("pages de rôle servies par nginx introuvables");
  else {
    const worst = deployed.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    check("JS nginx", worst.bytes, BUDGET.deployedJsBrotli, `${worst.path} servie par nginx (.next/static-site), brotli : ${worst.files} fichier(s), sans runtime de Next.js`);
  }

  const found = clientComponents(ROOT, ["app", "components", "lib"]);
  const unexpected = found.filter((file) => !(file in CLIENT_COMPONENTS));
  const stale = Object.keys(CLIENT_COMPONENTS).filter((file) => !found.includes(file));
  console.log(`\nComposants client ("use client") : ${found.length}`);
  for (const file of found) console.log(`  ${file in CLIENT_COMPONENTS ? "autorisé " : "NON PRÉVU"} ${file}${file in CLIENT_COMPONENTS ? ` : ${CLIENT_COMPONENTS[file]}` : ""}`);
  if (unexpected.length > 0) {
    failures.push("composants client");
    console.log(`ÉCHEC  ${unexpected.join(", ")} : faites-en un composant serveur, ou ajoutez-le à CLIENT_COMPONENTS (scripts/budgets.ts) avec la raison`);
  }
  if (stale.length > 0) {
    failures.push("liste des composants client");
    console.log(`ÉCHEC  ${stale.join(", ")} : n'est plus un composant client ; retirez-le de CLIENT_COMPONENTS`);
  }

  console.log(failures.length === 0 ? "\nTous les budgets sont tenus." : `\nBudgets dépassés : ${failures.join(", ")}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
