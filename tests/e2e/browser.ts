import { afterAll, beforeAll, inject } from "vitest";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/**
 * The suite's one Chromium (started by global-setup.ts), reached by each test file over its own
 * connection: a file's pages and contexts are closed with the connection, the browser stays.
 * Call at the top level of the file.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject("browserEndpoint"));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("navigateur non démarré");
    return browser;
  };
}

/** A browser context whose clipboard refuses every write, as a browser does without the permission. */
export async function contextWithRefusedClipboard(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("refusé", "NotAllowedError")) } });
  });
  return context;
}
