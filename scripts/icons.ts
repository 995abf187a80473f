/**
 * `npm run icons`: regenerates the icons that browsers request at fixed paths from app/icon.svg,
 * rendered by Debian's Chromium (nothing else to install):
 * - public/favicon.ico: 16, 32 and 48 px, transparent, PNG-compressed entries (read by every current browser);
 * - public/apple-touch-icon.png: 180 × 180, opaque (iOS shows transparency as black and rounds the corners itself).
 * Run it after changing app/icon.svg, and commit both files.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./support/chromium";

const ROOT = path.resolve(import.meta.dirname, "..");
const SVG = fs.readFileSync(path.join(ROOT, "app/icon.svg"), "utf8");
const FAVICON_SIZES = [16, 32, 48];
const TOUCH_ICON_SIZE = 180;

/** The SVG drawn at `size` px; `background` fills what the drawing leaves transparent (its rounded corners). */
async function render(browser: Browser, size: number, background?: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const src = `data:image/svg+xml;base64,${Buffer.from(SVG).toString("base64")}`;
  await page.setContent(
    `<style>html,body{margin:0;background:${background ?? "transparent"}}img{display:block;width:${size}px;height:${size}px}</style><img src="${src}" alt="">`,
  );
  await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
  const png = await page.screenshot({ omitBackground: background === undefined });
  await page.close();
  return png;
}

/** An ICO file whose entries are PNG images, one per size. */
function icoFromPngs(images: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

async function main() {
  const out = path.join(ROOT, "public");
  fs.mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  try {
    const favicons = [];
    for (const size of FAVICON_SIZES) favicons.push({ size, png: await render(browser, size) });
    fs.writeFileSync(path.join(out, "favicon.ico"), icoFromPngs(favicons));
    // The icon's own blue behind its rounded corners: a full square, as Apple asks.
    const blue = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(SVG)?.[1] ?? "#ffffff";
    fs.writeFileSync(path.join(out, "apple-touch-icon.png"), await render(browser, TOUCH_ICON_SIZE, blue));
  } finally {
    await browser.close();
  }
  console.log(`public/favicon.ico (${FAVICON_SIZES.join(", ")} px), public/apple-touch-icon.png (${TOUCH_ICON_SIZE} px)`);
}

await main();
