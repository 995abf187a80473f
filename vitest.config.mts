import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const resolve = {
  alias: {
    "@": import.meta.dirname,
    "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
  },
};

/**
 * Unit tests run in Node; only the tests that render components (`*.test.tsx`) get a DOM (jsdom),
 * whose set-up costs more than most unit tests themselves.
 */
export default defineConfig({
  plugins: [react()],
  resolve,
  test: {
    projects: [
      {
        extends: true,
        // Files share their worker's modules (no isolation): a third of the time, and no unit test
        // keeps state between files (those that set an environment variable restore it).
        test: { name: "unit", environment: "node", isolate: false, include: ["tests/**/*.test.ts"], exclude: ["tests/e2e/**", "node_modules/**"] },
      },
      {
        extends: true,
        test: { name: "components", environment: "jsdom", include: ["tests/**/*.test.tsx"], exclude: ["tests/e2e/**", "node_modules/**"], setupFiles: ["tests/support/setup.ts"] },
      },
    ],
  },
});
