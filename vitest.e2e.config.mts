import path from "node:path";
import { defineConfig } from "vitest/config";

/** Real-browser suite: Debian's Chromium against the production build (see tests/e2e/global-setup.ts). */
export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: [path.join(import.meta.dirname, "tests/e2e/global-setup.ts")],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
