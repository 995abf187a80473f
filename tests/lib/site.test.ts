import { describe, expect, it } from "vitest";
import { siteUrlProblem, strictSiteUrl } from "@/lib/site";

describe("SITE_URL checks of the production build", () => {
  it("names the variable when it is missing or not an http(s) address", () => {
    expect(siteUrlProblem({})).toMatch(/^SITE_URL n’est pas défini/);
    expect(siteUrlProblem({ SITE_URL: "  " })).toMatch(/^SITE_URL n’est pas défini/);
    expect(siteUrlProblem({ SITE_URL: "exemple.fr" })).toMatch(/^SITE_URL vaut «\u00a0exemple\.fr\u00a0»/);
    expect(siteUrlProblem({ SITE_URL: "https://metiers.exemple.fr" })).toBeNull();
  });

  it("fails instead of warning under CI or with STRICT_SITE_URL", () => {
    expect(strictSiteUrl({})).toBe(false);
    expect(strictSiteUrl({ CI: "true" })).toBe(true);
    expect(strictSiteUrl({ CI: "false" })).toBe(false);
    expect(strictSiteUrl({ STRICT_SITE_URL: "1" })).toBe(true);
    expect(strictSiteUrl({ STRICT_SITE_URL: "0" })).toBe(false);
  });
});
