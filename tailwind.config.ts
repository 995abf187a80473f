import type { Config } from "tailwindcss";

/**
 * Design tokens, read by Tailwind v4 through `@config` in app/globals.css. Only keys that v4 applies
 * are here: no `content` (v4 finds the class names in the project itself) and no `maxWidth.prose`
 * (v4's own `max-w-prose`, 65ch, takes precedence over a theme value). Colours are CSS variables
 * (see app/globals.css) so that dark mode swaps them in one place.
 */
const config: Config = {
  theme: {
    extend: {
      colors: {
        ink: "rgb(var(--color-ink) / <alpha-value>)",
        muted: "rgb(var(--color-muted) / <alpha-value>)",
        paper: "rgb(var(--color-paper) / <alpha-value>)",
        surface: "rgb(var(--color-surface) / <alpha-value>)",
        line: "rgb(var(--color-line) / <alpha-value>)",
        accent: "rgb(var(--color-accent) / <alpha-value>)",
        "accent-strong": "rgb(var(--color-accent-strong) / <alpha-value>)",
        "accent-soft": "rgb(var(--color-accent-soft) / <alpha-value>)",
        strategic: "rgb(var(--color-strategic) / <alpha-value>)",
        operational: "rgb(var(--color-operational) / <alpha-value>)",
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Noto Sans", "sans-serif"],
      },
      maxWidth: {
        page: "72rem",
      },
    },
  },
};

export default config;
