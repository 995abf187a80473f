import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { FIXED_PATH_ICON_CACHE_CONTROL } from "@/lib/cache-control";
import { sendRaw } from "./raw-http";
import { securityHeaderProblems } from "./security-headers";

/** The icons that browsers request at fixed paths, from public/ (made by `npm run icons`). */
const baseUrl = inject("baseUrl");
const publicFile = (name: string) => new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../../public", name)));

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The sizes of an ICO file's entries, checking that each one is a PNG of that size. */
function icoSizes(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([view.getUint16(0, true), view.getUint16(2, true)]).toEqual([0, 1]);
  return Array.from({ length: view.getUint16(4, true) }, (_, index) => {
    const entry = 6 + 16 * index;
    const size = view.getUint8(entry) || 256;
    const image = bytes.subarray(view.getUint32(entry + 12, true), view.getUint32(entry + 12, true) + view.getUint32(entry + 8, true));
    expect(pngSize(image)).toEqual({ width: size, height: size });
    return size;
  });
}

describe("icons at fixed paths", () => {
  it.each([
    ["/favicon.ico", "image/x-icon"],
    ["/apple-touch-icon.png", "image/png"],
  ])("%s: 200, %s, the file of public/, cached a day then revalidated, with the security headers", async (route, contentType) => {
    const response = await fetch(`${baseUrl}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("cache-control")).toBe(FIXED_PATH_ICON_CACHE_CONTROL);
    expect(securityHeaderProblems((name) => response.headers.get(name))).toEqual([]);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(publicFile(route.slice(1)));

    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
    // Not fetch(): with If-None-Match it also sends `Cache-Control: no-cache`, which forbids a 304.
    const again = await sendRaw(baseUrl, { method: "GET", target: route, headers: { "if-none-match": etag! } });
    expect([again.status, again.body]).toEqual([304, ""]);
    expect(securityHeaderProblems((name) => again.headers[name]?.toString())).toEqual([]);
  });

  it("favicon.ico holds 16, 32 and 48 px images; apple-touch-icon.png is 180 × 180", () => {
    expect(icoSizes(publicFile("favicon.ico"))).toEqual([16, 32, 48]);
    expect(pngSize(publicFile("apple-touch-icon.png"))).toEqual({ width: 180, height: 180 });
  });
});
