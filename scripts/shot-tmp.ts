import { launchBrowser } from "./support/chromium";
const [base, out, width, height, ...targets] = process.argv.slice(2);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
let i = 0;
for (const target of targets) {
  const [route, selector] = target.split("@");
  await page.goto(`${base}${route}`, { waitUntil: "load" });
  if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
  if (selector) await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), selector);
  await page.screenshot({ path: `${out}-${i++}.png` });
}
await browser.close();
