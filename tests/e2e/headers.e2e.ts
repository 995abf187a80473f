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
  ["ad check page", { method: "GET", target: "/verifier-une-offre" }, 200],
  ["ad writer, rendered per request", { method: "GET", target: "/rediger-une-offre?role=content-manager&envoye=1&mission=pages-web" }, 200],
  ["ad writer, unknown role", { method: "GET", target: "/rediger-une-offre?role=inconnu" }, 404],
  ["API analyse", { method: "POST", target: "/api/analyse", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Community Manager (H/F) : animer la communauté, modérer les commentaires, organiser des jeux-concours." }) }, 200],
  ["API analyse, empty text", { method: "POST", target: "/api/analyse", headers: { "content-type": "application/json" }, body: '{"text":""}' }, 400],
  ["API analyse, not JSON", { method: "POST", target: "/api/analyse", headers: { "content-type": "text/plain" }, body: "texte" }, 415],
  ["API analyse, too long", { method: "POST", target: "/api/analyse", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "a".repeat(20_001) }) }, 413],
  ["405 of GET on the API analyse", { method: "GET", target: "/api/analyse" }, 405],
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

  it("only the ad check page and its API take a body, and say so", async () => {
    for (const method of ["GET", "HEAD", "PUT", "DELETE", "PATCH", "TRACE"]) {
      const response = await sendRaw(baseUrl, { method, target: "/api/analyse" });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe("POST");
    }
    for (const method of ["PUT", "DELETE", "TRACE"]) {
      const response = await sendRaw(baseUrl, { method, target: "/verifier-une-offre" });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe("GET, HEAD, POST");
    }
    const writer = await sendRaw(baseUrl, { method: "POST", target: "/rediger-une-offre?role=community-manager" });
    expect(writer.status).toBe(405);
    expect(writer.headers.allow).toBe("GET, HEAD");
  });

  it("the API analyse is never cached", async () => {
    const response = await sendRaw(baseUrl, { method: "POST", target: "/api/analyse", headers: { "content-type": "application/json" }, body: '{"text":"Boulanger (H/F)"}' });
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
  });
});
