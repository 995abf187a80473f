import fs from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, inject, it } from "vitest";
import { compiledContent } from "../../lib/content/compiled";
import { textHash } from "../../lib/editions/hash";
import type { Manifest } from "../../lib/editions/schema";
import { localisePath, type Locale } from "../../lib/i18n/locales";
import { differencePath, editionPath, historyFeedPath, historyPath, rolePath, siteFeedPath } from "../../lib/site";
import { snapshotFromPages } from "../../scripts/support/edition-snapshot";
import { validateAtom } from "../support/atom";
import { sharedBrowser } from "./browser";

/**
 * Dated editions as the built site serves them (issue 26): each still says what its manifest says,
 * the change log and its differences work without JavaScript, feeds are valid Atom, and the API,
 * the JSON-LD and the sitemap name the editions.
 */
const baseUrl = inject("baseUrl");
const browser = sharedBrowser();
const { languages } = compiledContent("content");
const manifests: Record<Locale, Manifest> = {
  fr: JSON.parse(fs.readFileSync("content/editions/manifest.json", "utf8")),
  en: JSON.parse(fs.readFileSync("content/en/editions/manifest.json", "utf8")),
};
const editions = (Object.keys(languages) as Locale[]).flatMap((locale) => languages[locale].editions.flatMap((role) => role.editions.map((edition) => ({ locale, slug: role.slug, edition }))));
const [{ slug, edition: latest }] = editions;
const earlier = languages.fr.editions[0].editions[1];

const get = async (path: string) => {
  const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
  return { status: response.status, type: response.headers.get("content-type") ?? "", location: response.headers.get("location"), body: await response.text() };
};
const documentOf = (html: string) => new JSDOM(html).window.document;

describe("every published edition, as served", () => {
  it.each(editions.map(({ locale, slug, edition }) => [`${localisePath(editionPath(slug, edition.date), locale)}`, locale, slug, edition.date] as const))(
    "%s still says what the manifest says, section pages included",
    async (path, locale, role, date) => {
      const page = await get(path);
      expect(page.status).toBe(200);
      const snapshot = languages[locale].editions.find((candidate) => candidate.slug === role)!.editions.find((candidate) => candidate.date === date)!.snapshot;
      const sectionPages = Object.fromEntries(await Promise.all(snapshot.pages.map(async ({ id }) => [id, (await get(`${path}/${id}`)).body] as const)));
      const served = snapshotFromPages({ slug: role, locale, date, commit: snapshot.commit, rolePage: page.body, sectionPages, livingPrefix: path, editionPrefix: path });
      expect(textHash(served)).toBe(manifests[locale][`${role}/${date}`].text);
    },
  );
});

describe("an edition page", () => {
  it("says it is an edition, leads to the current page and to what changed since, and is canonical to itself", async () => {
    const path = editionPath(slug, earlier.date);
    const document = documentOf((await get(path)).body);
    const banner = document.querySelector("aside.edition-banner")!;
    expect(banner.textContent).toContain("ne changera plus");
    expect([...banner.querySelectorAll("a")].map((link) => link.getAttribute("href"))).toEqual([rolePath(slug), differencePath(slug, earlier.date, latest.date), historyPath(slug)]);
    expect(new URL(document.querySelector('link[rel="canonical"]')!.getAttribute("href")!).pathname).toBe(path);
    // French only: no English alternate for an edition that has none.
    expect(document.querySelector('link[rel="alternate"][hreflang="en"]')).toBeNull();
  });

  it("keeps the anchors of its day: each section's id, and the older ids it answered to", async () => {
    const document = documentOf((await get(editionPath(slug, latest.date))).body);
    for (const section of latest.snapshot.sections) {
      expect(document.getElementById(section.id)?.tagName, section.id).toBe("H2");
      for (const alias of section.aliases) expect(document.getElementById(alias), alias).not.toBeNull();
    }
  });

  it("leads its sections to the edition's own section pages", async () => {
    const [page] = latest.snapshot.pages;
    const document = documentOf((await get(editionPath(slug, latest.date))).body);
    expect(document.querySelector(`a[href="${editionPath(slug, latest.date, page.id)}"]`)).not.toBeNull();
    expect((await get(editionPath(slug, latest.date, page.id))).status).toBe(200);
  });

  it("describes itself as a version of the role page in JSON-LD, and the role page lists its editions", async () => {
    const jsonLd = (html: string) => JSON.parse(documentOf(html).querySelector('script[type="application/ld+json"]')!.textContent!);
    const edition = jsonLd((await get(editionPath(slug, latest.date))).body);
    expect(edition).toMatchObject({ version: latest.date, datePublished: latest.date, exampleOfWork: { url: expect.stringMatching(new RegExp(`${rolePath(slug)}$`)) }, isBasedOn: { version: earlier.date } });
    const role = jsonLd((await get(rolePath(slug))).body);
    expect(role.version).toBe(latest.date);
    expect(role.workExample.map((work: { version: string }) => work.version)).toEqual([latest.date, earlier.date]);
  });

  it.each(["/roles/community-manager/editions/2000-01-01", `${editionPath(slug, latest.date)}/inconnue`, `${differencePath(slug, latest.date, "2000-01-01")}`, `${differencePath(slug, latest.date, latest.date)}`])("%s is a 404", async (path) => {
    expect((await get(path)).status).toBe(404);
  });
});

describe("the change log, without JavaScript", () => {
  it("lists each edition with what changed, and compares two editions through its form", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${historyPath(slug)}`);
    expect(await page.getByText(latest.summary.slice(0, 60)).count()).toBe(1);
    expect(await page.locator("ol > li h2 time").allTextContents()).toHaveLength(languages.fr.editions[0].editions.length);
    await page.getByLabel("Édition de départ").selectOption(earlier.date);
    await page.getByLabel("Édition d’arrivée").selectOption(latest.date);
    await page.getByRole("button", { name: "Voir les différences" }).click();
    await page.waitForURL(`**${differencePath(slug, earlier.date, latest.date)}`);
    expect(await page.locator("ins").count()).toBeGreaterThan(0);
    expect(await page.locator("del").count()).toBeGreaterThan(0);
    // Each mark is named for screen readers, not only by its colour.
    expect(await page.locator("ins .sr-only").first().textContent()).toBe("ajouté : ".replace(" :", "\u00a0:"));
    await context.close();
  });

  it("names its Atom feed in the page and in the head", async () => {
    const document = documentOf((await get(historyPath(slug))).body);
    const feeds = [...document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((link) => new URL(link.getAttribute("href")!).pathname);
    expect(feeds).toEqual([historyFeedPath(slug), siteFeedPath()]);
  });
});

describe("the feeds", () => {
  it.each([historyFeedPath(slug), siteFeedPath(), localisePath(historyFeedPath(slug), "en"), localisePath(siteFeedPath(), "en")])("%s is valid Atom, served as such, one entry per edition", async (path) => {
    const feed = await get(path);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe("application/atom+xml; charset=utf-8");
    expect(validateAtom(feed.body)).toEqual([]);
    expect(feed.body).toContain(`/editions/${latest.date}</id>`);
  });
});

describe("machines", () => {
  it("find the editions in the API, and each edition by ?edition=", async () => {
    const { role } = JSON.parse((await get(`/api/roles/${slug}`)).body);
    expect(role.edition).toBe(latest.date);
    expect(role.editions.map((edition: { date: string }) => edition.date)).toEqual([latest.date, earlier.date]);
    const { edition } = JSON.parse((await get(`/api/roles/${slug}?edition=${earlier.date}`)).body);
    expect(edition).toMatchObject({ slug, date: earlier.date, next: latest.date, previous: null, title: earlier.snapshot.title });
    expect(edition.sections.map((section: { id: string }) => section.id)).toEqual(earlier.snapshot.sections.map((section) => section.id));
    const english = JSON.parse((await get(`/api/roles/${slug}?edition=${latest.date}&lang=en`)).body);
    expect(english.edition.language).toBe("en");
  });

  it("get a JSON 404 for an unknown edition and a 400 for a malformed one", async () => {
    const unknown = await get(`/api/roles/${slug}?edition=2000-01-01`);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).editions).toContain(latest.date);
    expect((await get(`/api/roles/${slug}?edition=hier`)).status).toBe(400);
  });

  it("find every edition in the sitemap", async () => {
    const sitemap = (await get("/sitemap.xml")).body;
    for (const { locale, slug: role, edition } of editions) expect(sitemap).toContain(`${localisePath(editionPath(role, edition.date), locale)}</loc>`);
  });
});

describe("the link kit", () => {
  it("offers the dated link beside the living one on the role page", async () => {
    const document = documentOf((await get(rolePath(slug))).body);
    const panel = document.getElementById("lier-ce-role")!;
    expect([...panel.querySelectorAll("textarea")].map((field) => field.textContent)).toContain(`${new URL(document.querySelector('link[rel="canonical"]')!.getAttribute("href")!).origin}${editionPath(slug, latest.date)}`);
  });

  it("lets the writer link the dated edition", async () => {
    const page = await get(`/rediger-une-offre?role=${slug}&envoye=1&lien=edition`);
    expect(page.body).toContain(`${editionPath(slug, latest.date)}`);
    const living = await get(`/rediger-une-offre?role=${slug}&envoye=1&lien=fiche`);
    expect(living.body).not.toContain(`${editionPath(slug, latest.date)}`);
  });
});
