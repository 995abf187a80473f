import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../scripts/support/chromium";
import { ensureBuild, startNextServer, type NextServer } from "../../scripts/support/next-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The one Chromium of the suite (tests/e2e/browser.ts). */
    browserEndpoint: string;
  }
}

/**
 * The server's SITE_URL at run time, unlike the build's: links must keep naming the address the
 * build was made with (tests/e2e/site-url.e2e.ts).
 */
export const RUNTIME_SITE_URL = "http://runtime-address.invalid";

let server: NextServer | undefined;
let browser: BrowserServer | undefined;

/** Builds once if there is no production build, then serves it with `next start` on a free port; starts one Chromium. */
export async function setup(project: TestProject) {
  ensureBuild();
  const [started, launched] = await Promise.allSettled([
    // Hundreds of bodies from one address: the rate limit is tested on its own (tests/lib/http-guard.test.ts).
    startNextServer(".", { stdio: ["ignore", "inherit", "inherit"], env: { ANALYSES_PER_SECOND: "10000", SITE_URL: RUNTIME_SITE_URL } }),
    chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS }),
  ]);
  if (started.status === "fulfilled") server = started.value;
  if (launched.status === "fulfilled") browser = launched.value;
  if (started.status === "rejected" || launched.status === "rejected") {
    await teardown();
    throw started.status === "rejected" ? started.reason : (launched as PromiseRejectedResult).reason;
  }
  project.provide("baseUrl", started.value.url);
  project.provide("browserEndpoint", launched.value.wsEndpoint());
}

export async function teardown() {
  await Promise.all([server?.stop(), browser?.close()]);
}
