import { beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_TARGET_LENGTH } from "@/lib/http-guard";
import { sendRaw, type RawRequest } from "./raw-http";
import { PAGE_ROUTES } from "./routes";
import { securityHeaderProblems } from "./security-headers";

const baseUrl = inject("baseUrl");

/** One request per kind of response the site gives, with the status it must have. */
const ROUTE_TYPES: Array<[kind: string, request: RawRequest, status: number]> = [
  ["static page", { method: "GET", target: "/" }, 200],
  ["prerendered role page", { method: "GET", target: "/roles/community-manager" }, 200],
  ["prerendered comparison", { method: "GET", target: "/compare/community-manager/social-media-manager" }, 200],
  ["search, rendered per request", { method: "GET", target: "/roles?q=animatrice" }, 200],
  ["search page itself", { method: "GET", target: "/recherche?q=cm" }, 200],
  ["redirect of an other title", { method: "GET", target: "/roles/cm" }, 308],
  ["redirect of the comparison form", { method: "GET", target: "/compare?a=cm&b=smm" }, 308],
  ["redirect of a trailing slash", { method: "GET", target: "/roles/" }, 308],
  ["404 of an unknown role", { method: "GET", target: "/roles/inconnu" }, 404],
  ["404 of a malformed address", { method: "GET", target: "/roles/%ZZ" }, 404],
  ["404 of an unknown path", { method: "GET", target: "/nimporte/quoi" }, 404],
  ["API JSON, all roles", { method: "GET", target: "/api/roles" }, 200],
  ["API JSON, one role", { method: "GET", target: "/api/roles/content-manager" }, 200],
  ["sitemap", { method: "GET", target: "/sitemap.xml" }, 200],
  ["robots.txt", { method: "GET", target: "/robots.txt" }, 200],
  ["guide", { method: "GET", target: "/guide" }, 200],
  ["guide result, rendered per request", { method: "GET", target: "/guide?besoin=strategie&postes=plusieurs" }, 200],
  ["Open Graph image", { method: "GET", target: "/og/roles/content-manager" }, 200],
  ["HEAD of a page", { method: "HEAD", target: "/roles/social-media-manager" }, 200],
  ["405 of a refused method (proxy)", { method: "PUT", target: "/roles/community-manager" }, 405],
  ["405 of a static page", { method: "DELETE", target: "/" }, 405],
  ["405 of TRACE (HTTP guard)", { method: "TRACE", target: "/roles/community-manager" }, 405],
  ["414 of an address too long", { method: "GET", target: `/roles/${"a".repeat(MAX_TARGET_LENGTH)}` }, 414],
  ["400 of the asterisk target", { method: "OPTIONS", target: "*" }, 400],
];

let assets: string[] = [];

beforeAll(async () => {
  const home = await (await fetch(baseUrl)).text();
  assets = [...new Set(home.match(/\/_next\/static\/[^"'\s]+\.(?:js|css)/g) ?? [])];
});

describe("security headers", () => {
  it.each(ROUTE_TYPES)("%s carries them", async (_kind, request, status) => {
    const response = await sendRaw(baseUrl, request);
    expect(response.status).toBe(status);
    expect(securityHeaderProblems((name) => response.headers[name]?.toString())).toEqual([]);
  });

  it.each(PAGE_ROUTES)("page %s carries them", async (path) => {
    const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
    expect(securityHeaderProblems((name) => response.headers.get(name))).toEqual([]);
  });

  it("static assets under /_next/static carry them, and are cacheable for a year", async () => {
    expect(assets.some((asset) => asset.endsWith(".js"))).toBe(true);
    expect(assets.some((asset) => asset.endsWith(".css"))).toBe(true);
    for (const asset of assets) {
      const response = await fetch(`${baseUrl}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get("cache-control"), asset).toBe("public, max-age=31536000, immutable");
      expect(securityHeaderProblems((name) => response.headers.get(name)), asset).toEqual([]);
    }
  });

  it("refused methods say which ones are allowed", async () => {
    for (const method of ["PUT", "TRACE", "POST"]) {
      const response = await sendRaw(baseUrl, { method, target: "/api/roles/community-manager" });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD");
    }
  });
});
