import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { LabelledAd } from "@/lib/analyse/evaluate";
import { sharedBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

const ads = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../analyse/eval-set.json"), "utf8")) as { ads: LabelledAd[] }).ads;
/** An ad whose title names another role than the one its content describes. */
const misleading = ads.find((ad) => ad.role !== null && ad.titleMisleads)!;
const WIDTHS = [375, 1280] as const;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/**
 * axe needs JavaScript: the page a JavaScript-less browser got is copied, without its scripts,
 * into a page of the same origin and width, and checked there (with its width).
 */
async function checkStaticCopy(page: Page, width: number): Promise<{ violations: string[]; fits: boolean }> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  const copy = await context.newPage();
  await copy.goto(`${baseUrl}/robots.txt`);
  await copy.setContent(html, { waitUntil: "load" });
  const outcome = { violations: await axeViolations(copy), fits: await fitsWidth(copy) };
  await context.close();
  return outcome;
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

async function roleTitle(slug: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/roles/${slug}`);
  return ((await response.json()) as { role: { title: string } }).role.title;
}

describe("Vérifier une offre", () => {
  it.each(WIDTHS)("without JavaScript, the form posts and the server answers with the result (%i px, axe clean)", async (width) => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/verifier-une-offre`);
    expect(await page.getByText("Votre texte n’est ni enregistré, ni journalisé, ni envoyé ailleurs").count()).toBe(1);
    await page.getByLabel("Texte de l’offre").fill(misleading.text);
    const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.request().method() === "POST"), page.getByRole("button", { name: "Analyser l’offre" }).click()]);
    expect(response.status()).toBe(200);
    await page.waitForLoadState();
    const result = page.getByRole("region", { name: "Résultat de l’analyse" });
    const title = await roleTitle(misleading.role!);
    expect(await result.textContent()).toContain(`les missions décrivent un ${title}`);
    expect(await page.getByLabel("Titre conseillé").inputValue()).toBe(`${title} (H/F)`);
    expect(await page.getByLabel(/^Lien à coller dans l’offre/).inputValue()).toMatch(new RegExp(`/roles/${misleading.role}#[a-z-]+$`));
    expect(await page.getByLabel("Texte de l’offre").inputValue()).toBe(misleading.text.replace(/\r\n/g, "\n"));
    expect(await checkStaticCopy(page, width)).toEqual({ violations: [], fits: true });
    await context.close();
  });

  it.each(WIDTHS)("with JavaScript, analyses in the browser with no request, and copies the link (%i px, axe clean)", async (width) => {
    const context = await browser().newContext({ viewport: { width, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/verifier-une-offre`);
    await page.waitForLoadState("networkidle");
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.method() !== "GET" || ["document", "fetch", "xhr"].includes(request.resourceType())) requests.push(`${request.method()} ${request.url()}`);
    });
    await page.getByLabel("Texte de l’offre").fill(misleading.text);
    await page.getByRole("button", { name: "Analyser l’offre" }).click();
    const result = page.getByRole("region", { name: "Résultat de l’analyse" });
    await expect.poll(() => result.count()).toBe(1);
    expect(requests).toEqual([]);
    expect(await result.textContent()).toContain("titre trompeur");
    await result.getByRole("button", { name: /Copier.*lien à coller/ }).click();
    await expect.poll(() => result.getByRole("status").filter({ hasText: "copié" }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/roles/${misleading.role}#[a-z-]+$`));
    expect(await fitsWidth(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: /^Réécrire cette offre/ }).click();
    await page.waitForURL(new RegExp(`/rediger-une-offre\\?role=${misleading.role}$`));
    await context.close();
  });

  it("answers « aucun » to an unrelated job", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/verifier-une-offre`);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Texte de l’offre").fill(ads.find((ad) => ad.role === null && ad.text.length < 2_000)!.text);
    await page.getByRole("button", { name: "Analyser l’offre" }).click();
    await expect.poll(() => page.getByRole("region", { name: "Résultat de l’analyse" }).textContent()).toMatch(/aucun des .+ rôles décrits ici/);
    await page.close();
  });
});

describe("Rédiger une offre", () => {
  it.each(WIDTHS)("without JavaScript, the GET form writes the ad from the ticked items and the context (%i px, axe clean)", async (width) => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles/content-manager`);
    await page.getByRole("link", { name: /^Rédiger la partie/ }).click();
    await page.waitForURL(/\/rediger-une-offre\?role=content-manager$/);
    const boxes = page.getByRole("checkbox");
    expect(await boxes.count()).toBeGreaterThan(3);
    // The profile's core items are ticked, listed first; the others are offered unticked.
    const ticked = await Promise.all((await boxes.all()).map((box) => box.isChecked()));
    expect(ticked.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(ticked.filter(Boolean).length).toBeLessThanOrEqual(8);
    expect(ticked[0]).toBe(true);
    expect(ticked).toContain(false);
    const dropped = (await page.locator(`label[for="${await boxes.first().getAttribute("id")}"]`).textContent())!;
    await boxes.first().uncheck();
    await page.getByLabel("Contexte de l’entreprise (facultatif)").fill("Éditeur lyonnais de <logiciels> libres, équipe de 12 personnes.");
    await page.getByRole("button", { name: "Rédiger l’offre" }).click();
    await page.waitForURL(/envoye=1/);
    const text = await page.getByLabel("Texte brut").inputValue();
    const title = await roleTitle("content-manager");
    expect(text.startsWith(`${title} (H/F)\n\nÉditeur lyonnais de <logiciels> libres`)).toBe(true);
    expect(text).not.toContain(dropped);
    expect(text).toMatch(/\/roles\/content-manager#[a-z-]+$/);
    expect(await page.getByLabel("HTML", { exact: true }).inputValue()).toContain("&lt;logiciels&gt;");
    expect(await page.getByLabel("Markdown", { exact: true }).inputValue()).toMatch(/^## /);
    expect(await boxes.first().isChecked()).toBe(false);
    expect(await checkStaticCopy(page, width)).toEqual({ violations: [], fits: true });
    await context.close();
  });

  it("with JavaScript, copies the Markdown", async () => {
    const context = await browser().newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/rediger-une-offre?role=community-manager`);
    await page.getByRole("button", { name: /Copier.*markdown/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^## .+ \(H\/F\)/);
    await context.close();
  });

  it("offers the roles without a role, 404 for an unknown one, and follows other titles", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/rediger-une-offre`);
    expect(await page.getByRole("link", { name: await roleTitle("social-media-manager") }).getAttribute("href")).toBe("/rediger-une-offre?role=social-media-manager");
    expect((await page.goto(`${baseUrl}/rediger-une-offre?role=inconnu`))?.status()).toBe(404);
    // The site's 404 page, rendered on the server, not an empty shell left for the browser to fill.
    for (const prefix of ["", "/en"]) {
      const html = await (await fetch(`${baseUrl}${prefix}/rediger-une-offre?role=inconnu`)).text();
      expect(html).not.toContain("__next_error__");
      expect(html).toMatch(/<h1[^>]*>(Page introuvable|Page not found)<\/h1>/);
    }
    expect((await page.goto(`${baseUrl}/rediger-une-offre?role=cm`))?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toContain(await roleTitle("community-manager"));
    await page.close();
  });
});

describe("POST /api/analyse", () => {
  const post = (body: string, type = "application/json") => fetch(`${baseUrl}/api/analyse`, { method: "POST", headers: { "content-type": type }, body });

  it("answers the analysis as JSON (schemaVersion 1)", async () => {
    const response = await post(JSON.stringify({ text: misleading.text }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ schemaVersion: 1, best: { slug: misleading.role }, mismatch: true, suggestedTitle: expect.stringMatching(/\(H\/F\)$/) });
    expect(body.best.url).toMatch(new RegExp(`^https?://[^/]+/roles/${misleading.role}#`));
    expect(body.statedRole).not.toBe(misleading.role);
    expect(body.scores[0]).toEqual({ slug: misleading.role, score: expect.any(Number) });
    expect(body.evidence.length).toBeGreaterThan(0);
    expect(Object.keys(body.evidence[0]).sort()).toEqual(["excerpt", "item", "key", "list", "slug"]);
  });

  it.each([
    ["an empty text", JSON.stringify({ text: " " }), "application/json", 400],
    ["invalid JSON", "{text:", "application/json", 400],
    ["a text over 20 000 characters", JSON.stringify({ text: "a".repeat(20_001) }), "application/json", 413],
    ["another content type", "texte", "text/plain", 415],
  ])("refuses %s with a JSON error", async (_case, body, type, status) => {
    const response = await post(body, type);
    expect(response.status).toBe(status);
    expect(typeof (await response.json()).error).toBe("string");
  });

  it("answers 405 with Allow to other methods", async () => {
    const response = await fetch(`${baseUrl}/api/analyse`);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });
});
