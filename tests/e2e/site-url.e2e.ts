import { describe, expect, inject, it } from "vitest";
import { realContent } from "../support/content";
import { RUNTIME_SITE_URL } from "./global-setup";

const baseUrl = inject("baseUrl");
const [role] = realContent("fr").roles;

/** The address the build was made with, as a prerendered page names itself. */
async function buildAddress(): Promise<string> {
  const html = await (await fetch(`${baseUrl}/roles/${role.slug}`)).text();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  expect(canonical, "a role page names its canonical address").toBeDefined();
  return canonical!.replace(/\/roles\/.*$/, "");
}

describe("one address everywhere", () => {
  // The server runs with another SITE_URL than the build's (tests/e2e/global-setup.ts).
  it("gives the build's address in the links of dynamic pages, whatever SITE_URL the server has", async () => {
    const site = await buildAddress();
    expect(site).not.toBe(RUNTIME_SITE_URL);
    for (const path of [`/rediger-une-offre?role=${role.slug}`, `/en/rediger-une-offre?role=${role.slug}`]) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`${site}${path.startsWith("/en") ? "/en" : ""}/roles/${role.slug}`);
      expect(html, path).not.toContain(new URL(RUNTIME_SITE_URL).host);
    }
  });
});
