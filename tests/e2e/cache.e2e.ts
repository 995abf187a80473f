import { describe, expect, inject, it } from "vitest";
import { PAGE_CACHE_CONTROL } from "@/lib/cache-control";

const baseUrl = inject("baseUrl");
const get = (path: string) => fetch(`${baseUrl}${path}`, { redirect: "manual" });

describe("serving from the cache", () => {
  it.each(["/", "/roles", "/roles/community-manager", "/roles/community-manager/competences", "/compare", "/compare/community-manager/social-media-manager", "/sources"])(
    "%s comes from the prerender cache, cacheable by a CDN for a long time",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-nextjs-cache")).toBe("HIT");
      expect(response.headers.get("cache-control")).toBe(PAGE_CACHE_CONTROL);
    },
  );

  it.each(["/roles?q=cm", "/roles?positionnement=strategic", "/roles/communty-manager", "/nimporte/quoi"])("%s is never stored by a shared cache", async (path) => {
    const cacheControl = (await get(path)).headers.get("cache-control") ?? "";
    expect(cacheControl).toContain("no-store");
    expect(cacheControl).not.toContain("public");
  });

  it.each(["/roles?q=cm", "/guide?besoin=contenu&audience=petite&conversion=visites&postes=un&agence=oui"])(
    "serves %s through an internal rewrite, not through an HTTP request of the server to itself",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-middleware-rewrite")).toMatch(/^\/(recherche|guide\/resultat)\?/);
    },
  );

  it("sends the full 404 page (every role, suggestions) only with a 404, not with every page", async () => {
    const page = await (await get("/roles/community-manager")).text();
    expect(page).not.toContain("tous-les-roles");
    expect(page).not.toContain("NearestRoles");
    const notFound = await get("/roles/communty-manager");
    expect(notFound.status).toBe(404);
    expect(await notFound.text()).toContain('id="tous-les-roles"');
  });
});
