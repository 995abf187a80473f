import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, NOT_FOUND_PATH, routeRequest } from "@/lib/canonical-url";
import { MAX_QUERY_LENGTH } from "@/lib/search";

const SLUGS: Record<string, string> = { "community-manager": "community-manager", cm: "community-manager", "social-media-manager": "social-media-manager", smm: "social-media-manager" };
const resolve = (segment: string) => SLUGS[segment.toLowerCase()] ?? null;
const GUIDE_PARAMS = ["besoin", "audience", "conversion", "postes", "agence"];
const route = (url: string) => {
  const parsed = new URL(url, "http://x");
  return routeRequest(parsed.pathname, parsed.searchParams, () => resolve, GUIDE_PARAMS);
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

  it("sends a section's page to its role's canonical slug, and lets canonical ones through", () => {
    expect(route("/roles/cm/remuneration")).toEqual({ kind: "redirect", location: "/roles/community-manager/remuneration" });
    expect(route("/roles/community-manager/remuneration")).toEqual({ kind: "next" });
    expect(route("/roles/inconnu/remuneration")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
  });

  it("sends a role's card to its canonical slug, in each language, and unknown roles to the 404 page", () => {
    expect(route("/embed/roles/community-manager")).toEqual({ kind: "next" });
    expect(route("/embed/roles/community-manager/editions/2026-12-08")).toEqual({ kind: "next" });
    expect(route("/embed/roles/cm")).toEqual({ kind: "redirect", location: "/embed/roles/community-manager" });
    expect(route("/embed/roles/cm/editions/2026-12-08")).toEqual({ kind: "redirect", location: "/embed/roles/community-manager/editions/2026-12-08" });
    expect(route("/en/embed/roles/smm")).toEqual({ kind: "redirect", location: "/en/embed/roles/social-media-manager" });
    for (const url of ["/embed/roles/inconnu", "/embed/roles/inconnu/editions/2026-12-08", "/embed/roles/%ZZ", "/en/embed/roles/inconnu"]) {
      expect(route(url), url).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    }
  });

  it("sends unknown roles to the 404 page", () => {
    expect(route("/roles/communty-manager")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
  });

  it("serves /roles?q= and ?positionnement= from the search page", () => {
    expect(route("/roles?q=animatrice")).toEqual({ kind: "rewrite", path: "/recherche?q=animatrice" });
    expect(route("/roles?positionnement=strategic")).toEqual({ kind: "rewrite", path: "/recherche?positionnement=strategic" });
  });

  it("passes on only what the search page reads, so that a huge query cannot overflow the rewrite", () => {
    expect(route("/roles?q=a&q=b&utm=x&positionnement=both")).toEqual({ kind: "rewrite", path: "/recherche?q=a&positionnement=both" });
    const rewritten = route(`/roles?q=${"%E9".repeat(5000)}`);
    expect(rewritten.kind === "rewrite" && new URL(rewritten.path, "http://x").searchParams.get("q")).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("serves /guide with answers from the server-rendered result page", () => {
    expect(route("/guide?besoin=contenu&postes=un")).toEqual({ kind: "rewrite", path: "/guide/resultat?besoin=contenu&postes=un" });
    expect(route("/guide")).toEqual({ kind: "next" });
    expect(route("/guide?utm_source=x")).toEqual({ kind: "next" });
  });

  it("passes on only the guide's answers, each cut short, whatever else the query holds", () => {
    expect(route(`/guide?besoin=contenu&besoin=animation&x=${"y".repeat(5000)}&postes=${"z".repeat(5000)}`)).toEqual({
      kind: "rewrite",
      path: `/guide/resultat?besoin=contenu&postes=${"z".repeat(MAX_QUERY_LENGTH)}`,
    });
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

  it("answers 404 instead of echoing an oversized value into the redirect's headers", () => {
    const long = "a".repeat(MAX_SLUG_LENGTH + 1);
    expect(route(`/compare?a=${long}&b=smm`)).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    expect(route(`/compare?a=cm&b=${"é".repeat(MAX_SLUG_LENGTH + 1)}`)).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    expect(route(`/compare?a=${"a".repeat(MAX_SLUG_LENGTH)}&b=smm`)).toEqual({ kind: "redirect", location: `/compare/${"a".repeat(MAX_SLUG_LENGTH)}/social-media-manager` });
  });

  it("never redirects markup or another origin: values are reduced to slugs", () => {
    expect(route("/compare?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=smm")).toEqual({ kind: "redirect", location: "/compare/script-alert-1-script/social-media-manager" });
    expect(route("/compare?a=%2F%2Fevil.example&b=smm")).toEqual({ kind: "redirect", location: "/compare/evil-example/social-media-manager" });
    expect(route("/compare?a=%0d%0aSet-Cookie:x&b=smm")).toEqual({ kind: "redirect", location: "/compare/set-cookie-x/social-media-manager" });
  });

  it("canonicalises comparison paths and sends a role compared with itself to its page", () => {
    expect(route("/compare/CM/smm")).toEqual({ kind: "redirect", location: "/compare/community-manager/social-media-manager" });
    expect(route("/compare/community-manager/social-media-manager")).toEqual({ kind: "next" });
    expect(route("/compare/cm/community-manager")).toEqual({ kind: "redirect", location: "/roles/community-manager" });
    expect(route("/compare/inconnu/smm")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
  });
});
