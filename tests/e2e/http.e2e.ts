import { describe, expect, inject, it } from "vitest";
import { realContent } from "../support/content";

const baseUrl = inject("baseUrl");
const get = (path: string) => fetch(`${baseUrl}${path}`, { redirect: "manual" });
const { roles } = realContent();

describe("HTTP contract", () => {
  it.each([
    ["/roles/cm", "/roles/community-manager"],
    ["/roles/smm", "/roles/social-media-manager"],
    ["/roles/CM", "/roles/community-manager"],
    ["/roles/Community-Manager", "/roles/community-manager"],
    ["/roles/community-manager/", "/roles/community-manager"],
    ["/roles/animateur-de-communaute", "/roles/community-manager"],
    ["/roles/gestionnaire-de-communaute-en-ligne", "/roles/community-manager"],
    ["/roles/responsable-de-reseaux-sociaux", "/roles/social-media-manager"],
    ["/roles/brand-content-manager", "/roles/content-manager"],
    ["/compare?a=cm&b=smm", "/compare/community-manager/social-media-manager"],
  ])("%s answers 308 to %s", async (from, to) => {
    const response = await get(from);
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location")!, baseUrl).pathname).toBe(to);
  });

  it.each(["/roles/communty-manager", "/roles/%ZZ", "/api/roles/%ZZ", "/nimporte/quoi", "/api/roles/inconnu"])("%s answers 404", async (path) => {
    expect((await get(path)).status).toBe(404);
  });

  it("serves the role records as JSON, open to other origins", async () => {
    const response = await get("/api/roles");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await response.json();
    expect(body.schemaVersion).toBe(2);
    expect(body.roles.map((role: { slug: string }) => role.slug)).toEqual(roles.map((role) => role.slug));
    // Each record carries the sources it cites, as in the bibliography, with their addresses.
    for (const [index, role] of roles.entries()) {
      expect(body.roles[index].sources.map((source: { id: string; url: string | null }) => [source.id, source.url])).toEqual(role.sources.map((source) => [source.id, source.url]));
    }
    const one = await (await get("/api/roles/community-manager")).json();
    expect(one.role.aliasSlugs.map((alias: { slug: string }) => alias.slug)).toContain("cm");
    expect(one.role.url).toMatch(/^https?:\/\/.+\/roles\/community-manager$/);
  });

  it("generates the sitemap and robots.txt from the content", async () => {
    const sitemap = await (await get("/sitemap.xml")).text();
    for (const { slug } of roles) expect(sitemap).toContain(`/roles/${slug}</loc>`);
    // The pages of long sections too.
    for (const { slug, pages } of roles) for (const page of pages) expect(sitemap).toContain(`/roles/${slug}/${page.id}</loc>`);
    expect(roles.some((role) => role.pages.length > 0)).toBe(true);
    for (const path of ["/guide", "/sources"]) expect(sitemap).toContain(`${path}</loc>`);
    expect(await (await get("/robots.txt")).text()).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  });

  it("prerenders role pages and gives them a canonical URL and JSON-LD", async () => {
    const response = await get("/roles/content-manager");
    expect(response.headers.get("x-nextjs-cache")).toBe("HIT");
    const html = await response.text();
    expect(html).toMatch(/<html lang="fr"/);
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/roles\/content-manager"/);
    expect(html).toContain('property="og:title"');
    expect(html).toContain('name="twitter:card"');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    expect(jsonLd.mainEntity["@type"]).toBe("Occupation");
    expect(jsonLd.mainEntity.occupationalCategory[0].codeValue).toBe("E1127");
    // schema.org `citation`: every source the page itself cites, by the identifier under which
    // the bibliography's JSON-LD describes it, with its address when it has one.
    const role = roles.find((candidate) => candidate.slug === "content-manager")!;
    const cited = role.sources.filter((source) => role.rolePageSourceIds.includes(source.id));
    expect(cited.length).toBeGreaterThan(3);
    expect(cited.length).toBeLessThan(role.sources.length);
    const bibliography = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(await (await get("/sources")).text())![1]);
    const works = new Map<string, { name: string; url?: string }>(bibliography.hasPart.map((work: { "@id": string; name: string; url?: string }) => [work["@id"], work]));
    const citedWorks = jsonLd.citation.map((reference: { "@id": string }) => works.get(reference["@id"]));
    expect(citedWorks.map((work: { name: string } | undefined) => work?.name)).toEqual(cited.map((source) => source.title));
    expect(citedWorks.filter((work: { url?: string }) => work.url).length).toBe(cited.filter((source) => source.url).length);
  });
});
