import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { BODY_DEADLINE_MS, MAX_AD_LENGTH, MAX_BODY_BYTES, TOO_LONG_MESSAGE } from "@/lib/analyse/limits";
import { refusalPage } from "@/lib/http-guard";

/** One limit, said once (lib/analyse/limits.ts): nginx, Next.js and the application agree on it. */
const nginx = fs.readFileSync(path.join(import.meta.dirname, "../../deploy/nginx.conf"), "utf8");

describe("the body limits", () => {
  it("hold the longest ad in the costliest encoding, and the no-JavaScript form sent again", () => {
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(MAX_AD_LENGTH * 6);
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(MAX_AD_LENGTH * 4 * 2);
  });

  it("are nginx's: the same size, the same time between reads, and the same answers past them", () => {
    expect(nginx).toMatch(new RegExp(`\\n\\s*client_max_body_size ${MAX_BODY_BYTES / 1024}k;`));
    expect(nginx).toMatch(new RegExp(`\\n\\s*client_body_timeout ${BODY_DEADLINE_MS / 1000}s;`));
    expect(nginx).toContain(`return 413 '${JSON.stringify({ error: TOO_LONG_MESSAGE })}';`);
    const page = refusalPage(TOO_LONG_MESSAGE).replace(/"\/verifier-une-offre"/, '"$uri"');
    expect(nginx).toContain(`return 413 '${page}';`);
  });

  it("are Next.js's, for the form's server action and for what the proxy buffers", () => {
    const config = typeof nextConfig === "function" ? nextConfig("phase-production-server") : nextConfig;
    expect(config.experimental?.serverActions?.bodySizeLimit).toBe(MAX_BODY_BYTES);
    expect(config.experimental?.proxyClientMaxBodySize).toBe(MAX_BODY_BYTES);
  });
});
