/** What a built page loads, and which source files are client components: the inputs of scripts/budgets.ts. */
import fs from "node:fs";
import path from "node:path";

export type PageAssets = { scripts: string[]; legacyScripts: string[]; stylesheets: string[] };

/** The scripts and stylesheets a prerendered page loads, as `/_next/static/…` paths. */
export function pageAssets(html: string): PageAssets {
  const scripts = new Set<string>();
  const legacyScripts = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (!src) continue;
    (/\snomodule\b/i.test(tag) ? legacyScripts : scripts).add(stripQuery(src));
  }
  // Client components' chunks named by the React payload; React loads them before hydrating.
  for (const [src] of html.matchAll(/\/_next\/static\/[\w\-./~%]+?\.js(?=[\\"'?#\s)]|$)/g)) {
    if (!legacyScripts.has(src)) scripts.add(src);
  }
  const stylesheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map(([tag]) => /\shref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => Boolean(href))
    .map(stripQuery);
  return { scripts: [...scripts].sort(), legacyScripts: [...legacyScripts].sort(), stylesheets: [...new Set(stylesheets)].sort() };
}

function stripQuery(url: string): string {
  return url.replace(/[?#].*$/, "");
}

/** Files under `dirs` (relative to `root`) whose first statement is the "use client" directive. */
export function clientComponents(root: string, dirs: string[]): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) visit(relative);
      else if (/\.(tsx?|jsx?|mjs)$/.test(entry.name) && startsWithUseClient(fs.readFileSync(path.join(root, relative), "utf8"))) found.push(relative);
    }
  };
  dirs.filter((dir) => fs.existsSync(path.join(root, dir))).forEach(visit);
  return found.sort();
}

export function startsWithUseClient(source: string): boolean {
  const code = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use client["']/.test(code);
}
