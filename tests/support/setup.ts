import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

afterEach(() => cleanup());

// Components read their words through next-intl: every render gets the French messages unless a
// test passes `{ wrapper: intlWrapper("en") }` (tests/support/intl.tsx).
vi.mock("@testing-library/react", async (importOriginal) => {
  const original = await importOriginal<typeof import("@testing-library/react")>();
  const { intlWrapper } = await import("./intl");
  const render = (ui: Parameters<typeof original.render>[0], options?: Parameters<typeof original.render>[1]) => original.render(ui, { wrapper: intlWrapper("fr"), ...options });
  return { ...original, render: render as typeof original.render };
});
