import AxeBuilder from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

describe("Quel profil recruter ?", () => {
  it("without JavaScript: the GET form gets a server-rendered recommendation with its reasons and a shareable URL", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/guide`);
    await page.getByLabel("Une stratégie sur les réseaux sociaux").check();
    await page.getByLabel("Beaucoup de visites, peu de conversions").check();
    await page.getByRole("button", { name: "Voir la recommandation" }).click();
    await page.waitForURL(/\/guide\?besoin=strategie/);
    const result = page.getByRole("region", { name: "Notre recommandation" });
    expect(await result.locator("p").first().textContent()).toBe("Social Media Manager + Community Manager");
    expect(await result.textContent()).toContain("selon Hajjar");
    expect(await result.getByRole("link", { name: "Comparer Social Media Manager et Community Manager" }).getAttribute("href")).toBe("/compare/social-media-manager/community-manager");
    const shared = await result.getByRole("link", { name: "Lien vers ce résultat" }).getAttribute("href");
    await page.goto(`${baseUrl}${shared}`);
    expect(await page.getByRole("region", { name: "Notre recommandation" }).locator("p").first().textContent()).toBe("Social Media Manager + Community Manager");
    await context.close();
  });

  it("with JavaScript: the recommendation follows each answer and the address stays shareable", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/guide`);
    const headline = page.getByRole("region", { name: "Notre recommandation" }).locator("p").first();
    expect(await headline.textContent()).toBe("Community Manager");
    await page.getByLabel("Des contenus (articles, pages, livres blancs)").check();
    await expect.poll(() => headline.textContent()).toBe("Content Manager");
    expect(page.url()).toContain("besoin=contenu");
    await page.getByLabel("Plusieurs (une équipe)").check();
    await expect.poll(() => headline.textContent()).toBe("Social Media Manager et Content Manager");
    expect(new URL(page.url()).pathname).toBe("/guide");
    await page.close();
  });

  it.each(["light", "dark"] as const)("has no axe violation in %s mode, on the guide and the home page", async (colorScheme) => {
    const context = await browser().newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of ["/guide", "/", "/roles/community-manager", "/compare/community-manager/social-media-manager"]) {
      await page.goto(`${baseUrl}${path}`);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === "dark" ? "rgb(15, 20, 32)" : "rgb(255, 255, 255)");
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    }
    await context.close();
  });
});

describe("pictures on the home page", () => {
  it("show the organisation and the survey with text alternatives", async () => {
    const page = await browser().newPage();
    await page.goto(baseUrl);
    expect(await page.getByRole("img", { name: "Organigramme des rôles du social media" }).count()).toBe(1);
    expect(await page.getByRole("img", { name: /Community Manager : 68 %/ }).count()).toBe(1);
    await page.getByText("Voir les chiffres en tableau").click();
    expect(await page.getByRole("table").getByRole("row").count()).toBe(4);
    await page.close();
  });
});
