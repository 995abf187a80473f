import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { recommend } from "../../lib/guide";
import { sharedBrowser } from "./browser";
import { realContent } from "../support/content";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();
const { guide, roles } = realContent();
const titles = Object.fromEntries(roles.map((role) => [role.slug, role.title]));

/** The answers of the worked example of the issue: a small community, many visits, few conversions. */
const ANSWERS = { besoin: "animation", audience: "petite", conversion: "visites", postes: "un", agence: "non" };
const expected = recommend(guide!, ANSWERS)!;

async function answerAll(page: Page) {
  for (const question of guide!.questions) {
    const option = question.options.find((entry) => entry.value === ANSWERS[question.id as keyof typeof ANSWERS])!;
    await page.getByRole("group", { name: question.label }).getByLabel(option.label).check();
  }
}

/** True when the top of the element is within the window. */
const inView = (page: Page, selector: string) =>
  page.evaluate((target) => {
    const box = document.querySelector(target)!.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  }, selector);

describe(guide!.title, () => {
  it("asks before it answers: nothing preselected, no recommendation until every question is answered", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/guide`);
    expect(await page.locator("input[type=radio]:checked").count()).toBe(0);
    const result = page.getByRole("region", { name: "Notre recommandation" });
    expect(await result.textContent()).toContain(`Répondez aux ${guide!.questions.length} questions`);
    expect(await result.getByRole("heading", { name: "Pour" }).count()).toBe(0);
    await page.close();
  });

  it("without JavaScript: the GET form opens at a server-rendered recommendation, with reasons for and against", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/guide`);
    await answerAll(page);
    await page.getByRole("button", { name: "Voir la recommandation" }).click();
    await page.waitForURL(/\/guide\?besoin=animation.*#recommandation$/);
    const result = page.getByRole("region", { name: "Notre recommandation" });
    expect(await result.locator("p").first().textContent()).toBe(expected.roles.map((slug) => titles[slug]).join(" + "));
    expect(await result.textContent()).toContain(`Ce qui a décidé\u00a0: votre réponse «\u00a0${expected.decisive.answer}\u00a0»`);
    expect(await result.getByRole("heading", { name: "Pour" }).count()).toBe(1);
    expect(await result.getByRole("heading", { name: "Contre-arguments" }).count()).toBe(expected.reasons.some((reason) => reason.stance === "against") ? 1 : 0);
    expect(await inView(page, "#recommandation")).toBe(true);
    const shared = await result.getByRole("link", { name: "Lien vers ce résultat" }).getAttribute("href");
    expect(shared).toMatch(/#recommandation$/);
    await context.close();
  });

  it("with JavaScript: the recommendation appears once every question is answered, in view, and the address stays shareable", async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(`${baseUrl}/guide`);
    await answerAll(page);
    const headline = page.getByRole("region", { name: "Notre recommandation" }).locator("p").first();
    await expect.poll(() => headline.textContent()).toBe(expected.roles.map((slug) => titles[slug]).join(" + "));
    await expect.poll(() => inView(page, "#recommandation")).toBe(true);
    expect(new URL(page.url()).searchParams.get("besoin")).toBe("animation");
    await page.close();
  });
  // axe: /guide and a result are pages of their own kind (tests/e2e/pages.e2e.ts, both schemes).
});

describe("pictures on the home page", () => {
  it("show the organisation and the surveys with text alternatives", async () => {
    const { organisation, surveys } = realContent();
    const page = await browser().newPage();
    await page.goto(baseUrl);
    expect(await page.getByRole("img", { name: organisation!.title }).count()).toBe(1);
    for (const survey of surveys) {
      const [first] = survey.values;
      expect(await page.getByRole("img", { name: new RegExp(`${titles[first.role]}\\s: ${first.percent}\\s%`) }).count()).toBe(1);
    }
    await page.getByText("Voir les chiffres en tableau").first().click();
    expect(await page.getByRole("table").first().getByRole("row").count()).toBe(surveys[0].values.length + 1);
    await page.close();
  });
});
