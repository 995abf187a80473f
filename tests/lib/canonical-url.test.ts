import { describe, expect, it } from "vitest";
import { NOT_FOUND_PATH, routeRequest } from "@/lib/canonical-url";

const SLUGS: Record<string, string> = { "community-manager": "community-manager", cm: "community-manager", "social-media-manager": "social-media-manager", smm: "social-media-manager" };
const resolve = (segment: string) => SLUGS[segment.toLowerCase()] ?? null;
const route = (url: string) => {
  const parsed = new URL(url, "http://x");
  return routeRequest(parsed.pathname, parsed.searchParams, resolve);
};

describe("routeRequest", () => {
  it("lets canonical role pages through", () => {
    expect(route("/roles/community-manager")).toEqual({ kind: "next" });
    expect(route("/roles")).toEqual({ kind: "next" });
  });

  it("redirects other titles and case variants to the canonical role", () => {
    expect(route("/roles/cm")).toEqual({ kind: "redirect", location: "/roles/community-manager" });
    expect(route("/roles/Community-Manager")).toEqual({ kind: "redirect", location: "/roles/community-manager" });
  });

  it("lets unknown roles through to the 404 page", () => {
    expect(route("/roles/communty-manager")).toEqual({ kind: "next" });
  });

  it("serves /roles?q= and ?positionnement= from the search page", () => {
    expect(route("/roles?q=animatrice")).toEqual({ kind: "rewrite", path: "/recherche?q=animatrice" });
    expect(route("/roles?positionnement=strategic")).toEqual({ kind: "rewrite", path: "/recherche?positionnement=strategic" });
  });

  it("serves /guide with answers from the server-rendered result page", () => {
    expect(route("/guide?besoin=contenu&postes=un")).toEqual({ kind: "rewrite", path: "/guide/resultat?besoin=contenu&postes=un" });
    expect(route("/guide")).toEqual({ kind: "next" });
    expect(route("/guide?utm_source=x")).toEqual({ kind: "next" });
  });

  it("answers 404 for malformed percent-encoding instead of letting Next.js fail", () => {
    expect(route("/roles/%ZZ")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    expect(route("/api/roles/%E0%A4%A")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
  });

  it("turns the comparison form's GET into the canonical pair", () => {
    expect(route("/compare?a=cm&b=smm")).toEqual({ kind: "redirect", location: "/compare/community-manager/social-media-manager" });
    expect(route("/compare?a=cm&b=community-manager")).toEqual({ kind: "redirect", location: "/roles/community-manager" });
    expect(route("/compare?a=cm")).toEqual({ kind: "next" });
    expect(route("/compare?a=inconnu&b=smm")).toEqual({ kind: "redirect", location: "/compare/inconnu/social-media-manager" });
  });

  it("canonicalises comparison paths and sends a role compared with itself to its page", () => {
    expect(route("/compare/CM/smm")).toEqual({ kind: "redirect", location: "/compare/community-manager/social-media-manager" });
    expect(route("/compare/community-manager/social-media-manager")).toEqual({ kind: "next" });
    expect(route("/compare/cm/community-manager")).toEqual({ kind: "redirect", location: "/roles/community-manager" });
    expect(route("/compare/inconnu/smm")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
  });
});
