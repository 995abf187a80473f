import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { READING_BUDGET } from "../../lib/reading";
import { roleSectionPath, rolePath } from "../../lib/site";
import { sharedBrowser } from "./browser";
import { realContent } from "../support/content";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();
const pairUrl = `${baseUrl}/compare/community-manager/social-media-manager`;
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

const { roles } = realContent();

describe("finding one's way in a role page on a phone", () => {
  const [role] = roles;

  it("keeps the role's name and the way to the contents in view after landing on an anchor, the section's title below them", async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${baseUrl}${rolePath(role.slug, "remuneration")}`);
    const bar = page.locator(".role-bar");
    const barBox = (await bar.boundingBox())!;
    expect(barBox.y).toBe(0);
    expect(await bar.textContent()).toContain(role.title);
    const heading = (await page.locator("h2#remuneration").boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(barBox.height - 1);
    expect(heading.y).toBeLessThan(740 / 2);
    // An older anchor, merged into a section, still lands on that section.
    await page.goto(`${baseUrl}${rolePath(role.slug, "vue-officielle")}`);
    const definition = (await page.locator("h2#definition").boundingBox())!;
    expect(definition.y).toBeGreaterThanOrEqual(barBox.height - 1);
    expect(definition.y).toBeLessThan(740 / 2);
    // From the first screen, the contents are one tap away.
    await page.goto(`${baseUrl}${rolePath(role.slug)}`);
    await page.locator(".role-bar a").click();
    const contents = (await page.locator("#sommaire-titre").boundingBox())!;
    expect(contents.y).toBeGreaterThanOrEqual(0);
    expect(contents.y).toBeLessThan(740);
    await page.close();
  });

  it("leads from a source of the list back to the sentence that cites it", async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${baseUrl}${rolePath(role.slug)}`);
    const mark = page.locator(".prose-role a.source-mark").first();
    const [id, href] = await Promise.all([mark.getAttribute("id"), mark.getAttribute("href")]);
    // Followed with the keyboard (the marks' touch targets are checked below).
    await mark.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`${href}$`));
    const back = page.locator(`${href} a[href="#${id}"]`);
    await expect.poll(() => back.count()).toBe(1);
    await back.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`#${id}$`));
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(740);
    await page.close();
  });
});

describe("the reading budget of a role page (README: « Budget de lecture »)", () => {
  it.each(roles.map((role) => [role.slug]))("%s: on a phone, the definition ends and En bref starts within the first screen; En bref keeps to its word count", async (slug) => {
    const page = await browser().newPage({ viewport: { width: READING_BUDGET.phoneWidthPx, height: 800 } });
    await page.goto(`${baseUrl}${rolePath(slug)}`);
    const definition = await page.locator("header p.text-lg").boundingBox();
    const essentials = page.getByRole("region", { name: "En bref" });
    const box = await essentials.boundingBox();
    expect(definition!.y + definition!.height).toBeLessThanOrEqual(READING_BUDGET.firstScreenPx);
    expect(box!.y).toBeLessThanOrEqual(READING_BUDGET.firstScreenPx);
    // What the reader reads: the definition and the En bref values, without labels, marks or screen-reader text.
    const words = await page.evaluate(() => {
      const text = (element: Element) => {
        const copy = element.cloneNode(true) as Element;
        copy.querySelectorAll(".sr-only, .source-mark, a[href^='#']").forEach((node) => node.remove());
        return copy.textContent ?? "";
      };
      const parts = [document.querySelector("header p.text-lg")!, ...document.querySelectorAll("#en-bref ~ dl dd")].map(text);
      return parts.join(" ").split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    });
    expect(words).toBeGreaterThan(20);
    expect(words).toBeLessThanOrEqual(READING_BUDGET.essentialsWords);
    await page.close();
  });

  it.each(roles.map((role) => [role.slug]))("%s: every citation mark of the body is at least 24 × 24 px on a touch screen and leads to an entry of the page", async (slug) => {
    const context = await browser().newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${rolePath(slug)}`);
    const marks = await page.locator(".prose-role a.source-mark, #en-bref ~ dl a.source-mark").evaluateAll((links) =>
      links.map((link) => {
        const { width, height } = link.getBoundingClientRect();
        const target = document.getElementById((link.getAttribute("href") ?? "").slice(1));
        return { width, height, listed: target?.closest("ol.source-entries") !== null && target !== null };
      }),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark.width).toBeGreaterThanOrEqual(24);
      expect(mark.height).toBeGreaterThanOrEqual(24);
      expect(mark.listed).toBe(true);
    }
    await context.close();
  });

  const withPages = roles.filter((role) => role.pages.length > 0);
  it.each(withPages.map((role) => [role.slug, role.pages[0].id, role.pages[0].title]))("%s: a long section's lead links to its own page, which has the whole section and its sources", async (slug, id, title) => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}${rolePath(slug)}#${id}`);
    await page.getByRole("link", { name: `Toute la section « ${title} », avec ses sources` }).click();
    await page.waitForURL(`${baseUrl}${roleSectionPath(slug, id)}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    const marks = await page.locator(".prose-role a.source-mark").evaluateAll((links) =>
      links.map((link) => document.getElementById((link.getAttribute("href") ?? "").slice(1))?.closest("ol.source-entries") != null),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every(Boolean)).toBe(true);
    await page.getByRole("link", { name: /^Toute la fiche/ }).click();
    await page.waitForURL(`${baseUrl}${rolePath(slug)}`);
    await page.close();
  });
});

describe("the link panel of a role page", () => {
  it("gives the address of the page as the browser reached it, whatever SITE_URL the build had", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles/content-manager`);
    const origin = await page.evaluate(() => window.location.origin);
    const panel = page.getByRole("region", { name: "Lier ce rôle dans une offre d’emploi" });
    await expect.poll(() => panel.getByLabel("Adresse seule").inputValue()).toBe(`${origin}/roles/content-manager`);
    expect(await panel.getByRole("list", { name: "L’adresse de chaque partie" }).textContent()).toContain(`${origin}/roles/content-manager#missions`);
    await page.close();
  });

  it("is reachable from the top of the page and from the table of contents", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles/community-manager`);
    await page.locator("header").getByRole("link", { name: "Lier ce rôle dans une offre d’emploi" }).click();
    await page.waitForURL(/#lier-ce-role$/);
    const top = await page.locator("#lier-ce-role").evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(100);
    expect(await page.getByRole("navigation", { name: "Sommaire" }).getByRole("link", { name: /Lier ce rôle/ }).getAttribute("href")).toBe("#lier-ce-role");
    await page.close();
  });

  it("shows, without JavaScript, every section's full address ready to copy, and no button that would do nothing", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles/social-media-manager`);
    const panel = page.locator("#lier-ce-role");
    const sections = await page.locator(".prose-role h2[id]").evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(sections.length).toBeGreaterThan(5);
    const addresses = await panel.locator("code").allTextContents();
    expect(addresses).toEqual(sections.map((id) => expect.stringMatching(new RegExp(`^https?://[^/]+/roles/social-media-manager#${id}$`))));
    expect(await panel.getByLabel("Adresse seule").inputValue()).toMatch(/^https?:\/\/[^/]+\/roles\/social-media-manager$/);
    expect(await panel.getByRole("button").count()).toBe(0);
    await context.close();
  });

  it("says « Adresse seule copiée »", async () => {
    const context = await browser().newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles/community-manager`);
    const panel = page.locator("#lier-ce-role");
    await panel.getByRole("button", { name: /Copier.*adresse seule/ }).click();
    await expect.poll(() => panel.getByRole("status").textContent()).toBe("Adresse seule copiée dans le presse-papiers.");
    await context.close();
  });

  it("gives each heading of the body a link to itself, with a « # » mark", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles/community-manager`);
    const link = page.locator("h2#competences a");
    expect(await link.getAttribute("href")).toBe("#competences");
    expect(await page.getByRole("heading", { name: "Compétences", exact: true }).count()).toBe(1);
    expect(await link.evaluate((element) => getComputedStyle(element, "::after").content)).toContain("#");
    await page.close();
  });
});

describe("the comparison table", () => {
  it("keeps the role headers in view while the table scrolls by, on a desktop screen", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pairUrl);
    await page.locator("#dimension-skills").scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 300));
    const header = await page.getByRole("columnheader").first().boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(-1);
    expect(header!.y).toBeLessThan(5);
    const table = await page.locator("table").boundingBox();
    expect(table!.y).toBeLessThan(-1000);
    await page.close();
  });

  it("puts what both roles share in one cell across the two role columns, and the rest side by side with a label", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pairUrl);
    const shared = page.locator("#dimension-activities td[colspan='2']");
    expect(await shared.count()).toBe(1);
    const [first, second] = await page.getByRole("columnheader").evaluateAll((headers) => headers.map((header) => header.getBoundingClientRect().toJSON()));
    const box = (await shared.boundingBox())!;
    expect(box.x).toBeLessThanOrEqual(first.x + 1);
    expect(box.x + box.width).toBeGreaterThanOrEqual(second.x + second.width - 1);
    expect(await shared.textContent()).toMatch(/En commun aux deux \(\d+\)/);
    const specific = page.locator("#dimension-activities .items-specific");
    expect(await specific.allTextContents()).toEqual([expect.stringMatching(/Propre au CM/), expect.stringMatching(/Propre au SMM/)]);
    await page.close();
  });

  it("numbers the sources once for the whole table: one number, one source", async () => {
    const page = await browser().newPage();
    await page.goto(pairUrl);
    const marks = await page.locator("table a.source-mark").evaluateAll((links) => links.map((link) => ({ href: link.getAttribute("href")!, text: link.textContent! })));
    const listed = await page.locator("#sources-du-tableau + ol > li").evaluateAll((items) => items.map((item) => ({ id: item.id, number: item.textContent!.match(/^\d+/)![0] })));
    const numberOf = new Map(listed.map(({ id, number }) => [id, number]));
    expect(new Set(listed.map(({ number }) => number)).size).toBe(listed.length);
    for (const { href, text } of marks) {
      expect(text).toMatch(/\[\d+(, \d+)*\]/);
      expect(text).toContain(`[${numberOf.get(href.slice(1))}`);
    }
    await page.close();
  });

  it("gives citation marks a 24 × 24 px target on a touch screen", async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(pairUrl);
    expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
    const sizes = await page.locator("a.source-mark").evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map(({ width, height }) => ({ width, height })));
    expect(sizes.length).toBeGreaterThan(20);
    for (const size of sizes) {
      expect(size.width).toBeGreaterThanOrEqual(24);
      expect(size.height).toBeGreaterThanOrEqual(24);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("has fewer keyboard stops than sources cited: one per statement", async () => {
    const page = await browser().newPage();
    await page.goto(pairUrl);
    const { links, numbers } = await page.locator("table").evaluate((table) => ({
      links: table.querySelectorAll("a").length,
      numbers: [...table.querySelectorAll("a.source-mark")].reduce((sum, link) => sum + link.textContent!.split(",").length, 0),
    }));
    expect(links).toBeLessThan(numbers);
    await page.close();
  });
});

describe("print", () => {
  it.each(["light", "dark"] as const)("prints a role page in the light palette from a %s screen, with full addresses and no footer links", async (colorScheme) => {
    const context = await browser().newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles/community-manager`);
    await page.emulateMedia({ media: "print", colorScheme });
    const colours = await page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
    expect(colours).toEqual({ background: "rgb(255, 255, 255)", text: "rgb(0, 0, 0)" });
    const after = await page.locator(".prose-role a[href^='/roles/']").first().evaluate((link) => getComputedStyle(link, "::after").content);
    expect(after).toMatch(/^" \(" "https?:\/\/[^"]+" "\/roles\/[^"]+" "\)"$|^" \(https?:\/\/[^"]+\/roles\/[^"]+\)"$/);
    expect(await page.locator("footer ul").isVisible()).toBe(false);
    expect(await page.locator("#lier-ce-role").isVisible()).toBe(false);
    // Folded blocks print unfolded: the official codes are on paper.
    expect(await page.locator("#codes ul").isVisible()).toBe(true);
    expect(await axeViolations(page, ["color-contrast"])).toEqual([]);
    await context.close();
  });

  it.each(["light", "dark"] as const)("prints the comparison in the light palette from a %s screen, with enough contrast", async (colorScheme) => {
    const context = await browser().newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(pairUrl);
    await page.emulateMedia({ media: "print", colorScheme });
    expect(await page.locator(".comparison tbody th").first().evaluate((cell) => getComputedStyle(cell).backgroundColor)).toBe("rgb(243, 244, 246)");
    expect(await axeViolations(page, ["color-contrast"])).toEqual([]);
    await context.close();
  });
});

describe("search by what a role does", () => {
  it.each([
    ["rédacteurs", "Content Manager"],
    ["modération des échanges", "Community Manager"],
  ])("« %s » leads first to the %s, with the reason", async (query, title) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles?q=${encodeURIComponent(query)}`);
    const results = page.getByRole("region", { name: /Aucun rôle/ }).getByRole("listitem");
    expect(await results.first().getByRole("link").first().textContent()).toBe(title);
    expect(await results.first().textContent()).toMatch(new RegExp(`Proche du ${title} par ses \\S+\\s:\\s«`));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("layout on a desktop screen", () => {
  const ROUTES = ["/", "/roles/community-manager", "/compare/community-manager/social-media-manager", "/guide", "/roles?q=r%C3%A9dacteur%20web"];

  it.each(ROUTES)("%s keeps lines of text under 80 characters", async (route) => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}${route}`);
    const widest = await page.locator("main").evaluate((main) => {
      const lines: Array<{ text: string; perLine: number }> = [];
      for (const element of main.querySelectorAll("p, li")) {
        if (element.closest("table") || element.querySelector("p, li, ul, ol")) continue;
        const style = getComputedStyle(element);
        // Characters in the element's own font size (citation marks are smaller).
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let text = "";
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (getComputedStyle(node.parentElement!).fontSize === style.fontSize) text += node.textContent;
        }
        text = text.replace(/\s+/g, " ").trim();
        const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
        const count = Math.round(element.getBoundingClientRect().height / lineHeight);
        // Full lines only: a paragraph of n lines has n − 1 of them, and a last one of any length.
        if (count >= 3) lines.push({ text: text.slice(0, 40), perLine: text.length / (count - 0.5) });
      }
      return lines.sort((a, b) => b.perLine - a.perLine)[0];
    });
    if (widest) expect(widest.perLine, widest.text).toBeLessThanOrEqual(80);
    await page.close();
  });

  it("uses the width of the screen on the home page: the introduction beside its readers, figures beside their captions", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    const mainWidth = (await page.locator("main").boundingBox())!.width;
    for (const section of ["#intro", "#organisation-titre", "[id^='sondage-']"]) {
      const used = await page.locator(`section:has(> ${section})`).evaluate((element) => {
        const boxes = [...element.querySelectorAll("p, li, svg, h1, h2, h3")].map((child) => child.getBoundingClientRect());
        return Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left));
      });
      expect(used, section).toBeGreaterThan(mainWidth * 0.75);
    }
    await page.close();
  });

});
