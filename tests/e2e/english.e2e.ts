import { describe, expect, inject, it } from "vitest";
import { compiledContent } from "../../lib/content/compiled";
import { recommend } from "../../lib/guide";
import { localisePath } from "../../lib/i18n/locales";
import { sharedBrowser } from "./browser";
import { FRENCH_ROUTES } from "./routes";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();
const { languages } = compiledContent("content");
const english = languages.en;
const [first] = english.roles;
const pairPath = "/compare/community-manager/social-media-manager";

describe("the English edition", () => {
  it("leaves the French addresses as they were, in French", async () => {
    for (const route of FRENCH_ROUTES.filter((path) => !path.includes("inconnu") && !path.endsWith("x"))) {
      const response = await fetch(`${baseUrl}${route}`, { redirect: "manual" });
      expect([route, response.status]).toEqual([route, 200]);
      expect(await response.text()).toContain('<html lang="fr"');
    }
  });

  it.each(["/en/nimporte/quoi", `/en/roles/${first.slug}x`, `/en/roles/${first.slug}/inconnue`, `/en/compare/${first.slug}/inconnu`, "/en/roles/%ZZ"])(
    "answers %s with a 404 page in English",
    async (route) => {
      const response = await fetch(`${baseUrl}${route}`);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain('<html lang="en"');
      expect(html).toContain("<title>Page not found");
      expect(html).toContain('href="/en/roles"');
    },
  );

  it("suggests, on the English 404 page, the English role nearest to a mistyped address", async () => {
    const page = await browser().newPage();
    // One letter dropped from the slug, as in a copied link.
    const response = await page.goto(`${baseUrl}/en/roles/${first.slug.slice(0, 5)}${first.slug.slice(6)}`);
    expect(response?.status()).toBe(404);
    const suggestions = page.getByRole("region", { name: "Did you mean…" });
    await expect.poll(() => suggestions.getByRole("link").allTextContents()).toEqual([first.title]);
    expect(await suggestions.getByRole("link").getAttribute("href")).toBe(`/en/roles/${first.slug}`);
    expect(await page.getByRole("region", { name: "All the roles" }).getByRole("listitem").count()).toBe(english.roles.length);
    await page.close();
  });

  it("switches language on the same page, keeping the section's anchor", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles/${first.slug}#missions`);
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await page.waitForURL(`${baseUrl}/en/roles/${first.slug}#missions`);
    expect(await page.locator("h2#missions").isVisible()).toBe(true);
    await page.getByRole("link", { name: "Lire cette page en français" }).click();
    await page.waitForURL(`${baseUrl}/roles/${first.slug}#missions`);
    await page.close();
  });

  it("has the same anchors in both languages, so a job ad's link works in either", async () => {
    for (const role of english.roles) {
      const ids = async (path: string) => (await (await fetch(`${baseUrl}${path}`)).text()).match(/<h[23] id="[^"]+"/g)?.map((tag) => tag.slice(8, -1));
      expect(await ids(`/en/roles/${role.slug}`)).toEqual(await ids(`/roles/${role.slug}`));
    }
  });

  it("reads a role: home, role card, section anchor, section page and back, in English", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en`);
    await page.getByRole("link", { name: first.title, exact: true }).first().click();
    await page.waitForURL(`${baseUrl}/en/roles/${first.slug}`);
    expect(await page.getByRole("heading", { name: "In brief" }).isVisible()).toBe(true);
    const duties = first.sections.find((section) => section.id === "missions")!.title;
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: duties, exact: true }).click();
    await page.waitForURL(/#missions$/);
    const split = first.pages[0];
    await page.locator(`a[href="/en/roles/${first.slug}/${split.id}"]`).first().click();
    await page.waitForURL(`${baseUrl}/en/roles/${first.slug}/${split.id}`);
    expect(await page.locator("h1").textContent()).toBe(split.title);
    const marks = await page.locator("main a.source-mark").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    for (const mark of marks) expect(await page.locator(`main li${mark}`).count()).toBe(1);
    await page.getByRole("link", { name: `The whole ${first.title} profile` }).click();
    await page.waitForURL(`${baseUrl}/en/roles/${first.slug}`);
    await page.close();
  });

  it.each([true, false])("compares two roles from the English home page (JavaScript %s)", async (javaScriptEnabled) => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en`);
    await page.getByLabel("Second role").selectOption("social-media-manager");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(`${baseUrl}/en${pairPath}`);
    expect(await page.locator("h1").textContent()).toBe("Community Manager or Social Media Manager?");
    expect(await page.getByText(/Common to both/).count()).toBeGreaterThan(0);
    expect(await page.getByRole("heading", { name: "Sources of the table" }).isVisible()).toBe(true);
    await context.close();
  });

  it.each([true, false])("answers the guide in English (JavaScript %s)", async (javaScriptEnabled) => {
    const guide = english.guide!;
    const answers = Object.fromEntries(guide.questions.map((question) => [question.id, question.options[0].value]));
    const expected = recommend(guide, answers)!;
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/guide`);
    for (const question of guide.questions) await page.getByRole("group", { name: question.label }).getByLabel(question.options[0].label).check();
    if (!javaScriptEnabled) {
      await page.getByRole("button", { name: "See the recommendation" }).click();
      await page.waitForURL(/\/en\/guide\?/);
    }
    const result = page.getByRole("region", { name: "Our recommendation" });
    await expect.poll(() => result.textContent()).toContain("What decided: your answer");
    const titles = Object.fromEntries(english.roles.map((role) => [role.slug, role.title]));
    expect(await result.getByRole("link", { name: titles[expected.roles[0]], exact: true }).getAttribute("href")).toBe(`/en/roles/${expected.roles[0]}`);
    await context.close();
  });

  it("links a role from a job ad with its English address", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/roles/${first.slug}#lier-ce-role`);
    const panel = page.getByRole("region", { name: "Link this role from a job ad" });
    await expect.poll(() => panel.getByLabel("Address only").inputValue()).toBe(`${baseUrl}/en/roles/${first.slug}`);
    await panel.getByLabel("Part of the page to link").selectOption("missions");
    const duties = first.sections.find((section) => section.id === "missions")!.title.toLowerCase();
    expect(await panel.getByLabel("Markdown link").inputValue()).toBe(`[${first.title}: ${duties}](${baseUrl}/en/roles/${first.slug}#missions)`);
    await page.close();
  });

  it("finds a role by one of its English titles, and redirects English titles to the role", async () => {
    const other = english.roles.find((role) => role.otherTitles.length > 0)!;
    const title = other.otherTitles[0].title;
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/roles`);
    await page.getByLabel("Job title").fill(title.toLowerCase());
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/en\/roles\?q=/);
    expect(await page.getByRole("article").first().getByRole("link").first().textContent()).toBe(other.title);
    await page.close();
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const response = await fetch(`${baseUrl}/en/roles/${slug}`, { redirect: "manual" });
    if (slug !== other.slug) {
      expect(response.status).toBe(308);
      expect(new URL(response.headers.get("location")!, baseUrl).pathname).toBe(`/en/roles/${other.slug}`);
    }
  });

  it("serves the JSON API in English with ?lang=en, French by default, and refuses an unknown language", async () => {
    const french = await (await fetch(`${baseUrl}/api/roles/${first.slug}`)).json();
    const translated = await (await fetch(`${baseUrl}/api/roles/${first.slug}?lang=en`)).json();
    expect(french.schemaVersion).toBe(translated.schemaVersion);
    expect([french.role.language, translated.role.language]).toEqual(["fr", "en"]);
    expect(translated.role.summary).toBe(first.summary);
    expect(translated.role.url).toMatch(new RegExp(`/en/roles/${first.slug}$`));
    expect(translated.role.dimensions.map((dimension: { id: string }) => dimension.id)).toEqual(french.role.dimensions.map((dimension: { id: string }) => dimension.id));
    const list = await (await fetch(`${baseUrl}/api/roles?lang=en`)).json();
    expect(list.roles.map((role: { summary: string }) => role.summary)).toEqual(english.roles.map((role) => role.summary));
    const refused = await fetch(`${baseUrl}/api/roles?lang=xx`);
    expect(refused.status).toBe(400);
    expect((await refused.json()).languages).toEqual(["fr", "en"]);
  });

  it("lists both languages in the sitemap, each entry naming the other", async () => {
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    for (const role of english.roles) {
      expect(sitemap).toContain(`/en/roles/${role.slug}</loc>`);
      expect(sitemap).toMatch(new RegExp(`hreflang="en" href="[^"]*${localisePath(`/roles/${role.slug}`, "en")}"`));
    }
    expect(sitemap).toContain('hreflang="x-default"');
  });

  it("gives English pages English link previews", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/roles/${first.slug}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(new URL(image!).pathname).toBe(`/en/og/roles/${first.slug}`);
    expect(await page.locator('meta[property="og:locale"]').getAttribute("content")).toBe("en_GB");
    const png = await fetch(image!.replace(/^https?:\/\/[^/]+/, baseUrl));
    expect([png.status, png.headers.get("content-type")]).toEqual([200, "image/png"]);
    await page.close();
  });
});
