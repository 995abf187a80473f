import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NEXT_ENV } from "./next-server";

export type BaselineApp = { dir: string; seconds: number; remove: () => void };

const LAYOUT = `import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <title>Page</title>
        <meta name="description" content="Page App Router nue, de référence." />
      </head>
      <body>{children}</body>
    </html>
  );
}
`;

const PAGE = `export default function Page() {
  return (
    <main>
      <h1>Page</h1>
    </main>
  );
}
`;

/**
 * Builds, in a temporary folder, a bare Next.js App Router app (one layout, one page) with the
 * next and react of `root`'s node_modules (symlinked): the reference the budgets and Lighthouse
 * compare the site with. `remove()` deletes the folder.
 */
export function buildBaselineApp(root: string): BaselineApp {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "next-baseline-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.mkdirSync(path.join(dir, "app"));
    fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
    // The symlinked node_modules lies outside the folder: Turbopack's root must contain both.
    fs.writeFileSync(path.join(dir, "next.config.mjs"), 'export default { turbopack: { root: "/" }, typescript: { ignoreBuildErrors: true } };\n');
    fs.writeFileSync(path.join(dir, "app", "layout.tsx"), LAYOUT);
    fs.writeFileSync(path.join(dir, "app", "page.tsx"), PAGE);
    const build = spawnSync(path.join(dir, "node_modules/.bin/next"), ["build"], { cwd: dir, env: NEXT_ENV, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`build de l'app de référence en échec :\n${build.stdout}\n${build.stderr}`);
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, seconds: (performance.now() - started) / 1000, remove };
}
