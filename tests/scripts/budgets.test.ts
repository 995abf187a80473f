/** The parts of `npm run budgets` that decide what a page weighs and what counts as a client component. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clientComponents, pageAssets, startsWithUseClient } from "../../scripts/support/page-assets";
import { gzipSize, kB, median } from "../../scripts/support/stats";

describe("pageAssets", () => {
  it("counts every script and stylesheet a page loads, once, without queries, and the polyfills apart", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css?v=1" data-precedence="next"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '<link rel="preload" as="script" href="/_next/static/chunks/preloaded.js"/>',
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>self.__next_f.push([1,"I:[\\"/_next/static/chunks/client-component.js\\"]"])</script>',
      '<script>self.__next_f.push([1,"\\"/_next/static/data/not-a-script.json\\""])</script>',
    ].join("");
    expect(pageAssets(html)).toEqual({
      scripts: ["/_next/static/chunks/client-component.js", "/_next/static/chunks/main.js", "/_next/static/chunks/preloaded.js"],
      legacyScripts: ["/_next/static/chunks/polyfills.js"],
      stylesheets: ["/_next/static/chunks/a.css"],
    });
  });
});

describe("client components", () => {
  let root = "";
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('are the files whose first statement is "use client", comments aside', () => {
    expect(startsWithUseClient('"use client";\nexport {}')).toBe(true);
    expect(startsWithUseClient("// a comment\n/* another */\n'use client'\n")).toBe(true);
    expect(startsWithUseClient('import x from "y";\n"use client";')).toBe(false);
    expect(startsWithUseClient('const text = "use client";')).toBe(false);
  });

  it("are found in every listed folder, at any depth, and nowhere else", () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "budgets-"));
    const write = (file: string, source: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), source);
    };
    write("components/form.tsx", '"use client";\nexport function Form() {}');
    write("components/deep/panel.tsx", "'use client'\nexport function Panel() {}");
    write("components/card.tsx", "export function Card() {}");
    write("app/page.tsx", "export default function Page() {}");
    write("scripts/tool.tsx", '"use client";');
    expect(clientComponents(root, ["app", "components", "lib"])).toEqual(["components/deep/panel.tsx", "components/form.tsx"]);
  });
});

describe("figures", () => {
  it("takes the median of an odd or even number of runs", () => {
    expect(median([0.9, 0.97, 0.95])).toBe(0.95);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("sizes as gzip does, in French kB", () => {
    expect(gzipSize("a".repeat(10_000))).toBeLessThan(100);
    expect(kB(27_345)).toBe("27,3 kB");
  });
});
