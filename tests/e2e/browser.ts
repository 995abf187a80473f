import { afterAll, beforeAll, inject } from "vitest";
import { chromium, type Browser } from "playwright-core";

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
