/** `npx tsx scripts/screenshots.ts <base-url> <out-dir> <path>...`: full-page PNGs at 375 px and 1280 px. */
import fs from "node:fs";
import path from "node:path";
import { launchBrowser } from "./support/chromium";

const [base = "http://localhost:3000", out = "screenshots", ...paths] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const route of paths.length > 0 ? paths : ["/"]) {
    await page.goto(`${base}${route}`, { waitUntil: "load" });
    const name = `${route.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${width}.png`;
    await page.screenshot({ path: path.join(out, name), fullPage: true });
    console.log(path.join(out, name));
  }
  await page.close();
}
await browser.close();
