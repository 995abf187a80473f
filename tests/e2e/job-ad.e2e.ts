import { describe, expect, inject, it } from "vitest";
import { contextWithRefusedClipboard, sharedBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect([...bytes.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join("")).toBe("PNG");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("the job-ad panel", () => {
  it("copies the link of the chosen section when the clipboard is allowed", async () => {
    const context = await browser().newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles/social-media-manager`);
    const panel = page.getByRole("region", { name: "Lier ce rôle dans une offre d’emploi" });
    await panel.getByLabel("Partie de la page à lier").selectOption("competences");
    await panel.getByRole("button", { name: /Copier.*lien markdown/ }).click();
    await expect.poll(() => panel.getByRole("status").textContent()).toContain("copié");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^\[Social Media Manager\u00a0: compétences\]\(https?:\/\/[^)]+\/roles\/social-media-manager#competences\)$/);
    await context.close();
  });

  it("selects the text for a manual copy when the clipboard is refused", async () => {
    const context = await contextWithRefusedClipboard(browser());
    const page = await context.newPage();
    await page.goto(`${baseUrl}/roles/community-manager`);
    const panel = page.getByRole("region", { name: "Lier ce rôle dans une offre d’emploi" });
    await panel.getByRole("button", { name: /Copier.*adresse seule/ }).click();
    await expect.poll(() => panel.getByRole("status").textContent()).toContain("le texte est sélectionné");
    expect(await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLTextAreaElement).value.slice((document.activeElement as HTMLTextAreaElement).selectionStart, (document.activeElement as HTMLTextAreaElement).selectionEnd))).toMatch(/\/roles\/community-manager$/);
    await context.close();
  });

  it("is usable with the keyboard alone", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles/content-manager#lier-ce-role`);
    const select = page.getByLabel("Partie de la page à lier");
    await select.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Copier/);
    expect(await page.getByLabel("Adresse seule").inputValue()).toMatch(/#definition$/);
    await page.close();
  });
});

describe("link previews", () => {
  it.each([
    ["/roles/community-manager", "Community Manager\u00a0: "],
    ["/roles/content-manager", "Content Manager\u00a0: "],
    ["/roles/social-media-manager", "Social Media Manager\u00a0: "],
    ["/compare/community-manager/social-media-manager", "Comparaison de Community Manager et de Social Media Manager"],
  ])(
    "%s has its own 1200 × 630 PNG preview with absolute URLs",
    async (path, altStart) => {
      const html = await (await fetch(`${baseUrl}${path}`)).text();
      const meta = (attribute: string) => new RegExp(`<meta (?:property|name)="${attribute}" content="([^"]+)"`).exec(html)?.[1];
      const image = meta("og:image");
      expect(image).toMatch(/^https?:\/\/[^/]+\/og\//);
      expect(meta("og:url")).toMatch(/^https?:\/\//);
      expect(meta("og:image:alt")?.startsWith(altStart), meta("og:image:alt")).toBe(true);
      expect(meta("twitter:card")).toBe("summary_large_image");
      const response = await fetch(`${baseUrl}${new URL(image!).pathname}`);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    },
  );

  it("shows the update date on the page, in the JSON and in the JSON-LD", async () => {
    const html = await (await fetch(`${baseUrl}/roles/community-manager`)).text();
    const updated = /Mis à jour le <time dateTime="(\d{4}-\d{2}-\d{2})">/.exec(html)?.[1];
    expect(updated).toBeTruthy();
    expect(html).toContain(`"dateModified":"${updated}"`);
    const record = await (await fetch(`${baseUrl}/api/roles/community-manager`)).json();
    expect(record.role.updated).toBe(updated);
  });
});

describe("title lookup from a recruiter's words", () => {
  it.each([
    ["animatrice de communauté web", "Community Manager", "Animatrice de communauté"],
    ["responsable réseaux sociaux", "Social Media Manager", "Responsable de réseaux sociaux"],
    ["brand content", "Content Manager", "Content Manager"],
  ])("« %s » lands on %s first, matched by « %s »", async (query, title, matched) => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles?q=${encodeURIComponent(query)}`);
    const first = page.getByRole("article").first();
    expect(await first.getByRole("link").first().textContent()).toBe(title);
    expect(await first.textContent()).toContain(matched);
    await page.close();
  });

  it("offers the closest roles instead of an empty page", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/roles?q=${encodeURIComponent("chargé de clientèle")}`);
    expect(await page.getByText("Les rôles les plus proches de votre recherche").count()).toBe(1);
    const offered = await page.getByRole("article").evaluateAll((cards) => cards.map((card) => card.querySelector("a")?.textContent));
    expect([...offered].sort()).toEqual(["Community Manager", "Content Manager", "Social Media Manager"]);
    await page.close();
  });
});
