/**
 * deploy/nginx.conf in front of the production server: what it caches, what it forwards,
 * and that the security headers survive. Runs Debian's nginx as a child process, on a free
 * port, with a temporary prefix; skipped when nginx is not installed (`apt-get install -y nginx`).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { securityHeaders } from "@/lib/security-headers";
import { findNginx, startCachingProxy, type Nginx } from "../../scripts/support/nginx";
import { sendRaw, type RawRequest, type RawResponse } from "./raw-http";
import { securityHeaderProblems } from "./security-headers";

const CONFIG = "deploy/nginx.conf";
const appUrl = inject("baseUrl");

let nginx: Nginx | undefined;
let proxyUrl = "";

const nginxBinary = findNginx();

beforeAll(async () => {
  if (!nginxBinary) return;
  nginx = await startCachingProxy(nginxBinary, CONFIG, appUrl);
  proxyUrl = nginx.url;
});

afterAll(async () => {
  await nginx?.stop();
});

const through = (target: string, request: Partial<RawRequest> = {}) => sendRaw(proxyUrl, { method: "GET", target, ...request });
const cacheStatus = (response: RawResponse) => response.headers["x-cache-status"];
const count = (response: RawResponse, name: string) => response.rawHeaders.filter((header, index) => index % 2 === 0 && header.toLowerCase() === name).length;

describe.skipIf(!nginxBinary)("deploy/nginx.conf", () => {
  it.each(["/roles/community-manager", "/compare/community-manager/content-manager", "/", "/api/roles"])("caches %s: MISS, then HIT with the same body", async (target) => {
    const first = await through(target);
    const second = await through(target);
    expect([first.status, cacheStatus(first)]).toEqual([200, "MISS"]);
    expect([second.status, cacheStatus(second)]).toEqual([200, "HIT"]);
    expect(second.body).toBe(first.body);
    expect(second.body).toBe((await sendRaw(appUrl, { method: "GET", target })).body);
  });

  it("caches the assets under /_next/static", async () => {
    const asset = /\/_next\/static\/[^"'\s]+\.js/.exec((await through("/")).body)?.[0];
    expect(asset).toBeTruthy();
    const first = await through(asset!);
    const second = await through(asset!);
    expect([cacheStatus(first), cacheStatus(second)]).toEqual(["MISS", "HIT"]);
    expect(second.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it.each([
    ["a 404", "/roles/inconnu", 404],
    ["a search", "/roles?q=animatrice", 200],
    ["the search page", "/recherche?q=cm", 200],
    ["the sitemap", "/sitemap.xml", 200],
  ])("forwards %s without caching it", async (_kind, target, status) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await through(target);
      expect(response.status).toBe(status);
      expect(cacheStatus(response)).not.toBe("HIT");
    }
  });

  it("caches a redirect for a while, location and all", async () => {
    const first = await through("/roles/cm");
    const second = await through("/roles/cm");
    expect([first.status, cacheStatus(first)]).toEqual([308, "MISS"]);
    expect([second.status, cacheStatus(second)]).toEqual([308, "HIT"]);
    expect(second.headers.location).toBe("/roles/community-manager");
  });

  it.each<[string, string, Partial<RawRequest>, number]>([
    ["a cached page", "/roles/content-manager", {}, 200],
    ["a redirect", "/roles/smm", {}, 308],
    ["a 404", "/roles/inconnu", {}, 404],
    ["a search", "/roles?q=cm", {}, 200],
    ["JSON", "/api/roles/community-manager", {}, 200],
    ["the application's 405", "/roles/community-manager", { method: "PUT" }, 405],
    ["nginx's own 405", "/roles/community-manager", { method: "TRACE" }, 405],
    ["the application's 414", `/${"a".repeat(5000)}`, {}, 414],
    ["nginx's own 414", `/${"a".repeat(9000)}`, {}, 414],
  ])("keeps the security headers on %s, once each", async (_kind, target, request, status) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await through(target, request);
      expect(response.status).toBe(status);
      expect(securityHeaderProblems((name) => response.headers[name]?.toString())).toEqual([]);
      for (const { key } of securityHeaders) expect(count(response, key.toLowerCase()), key).toBe(1);
    }
  });

  it("uses the application's security headers for its own answers, word for word", async () => {
    const own = await through(`/${"a".repeat(9000)}`);
    for (const { key, value } of securityHeaders) expect(own.headers[key.toLowerCase()], key).toBe(value);
  });

  it("compresses, and does not tell its version", async () => {
    const response = await through("/roles/social-media-manager", { headers: { "accept-encoding": "gzip" } });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.server).toBe("nginx");
  });
});
