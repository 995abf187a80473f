import fs from "node:fs";
import path from "node:path";
import { DEFAULT_LOCALE, localePrefix, type Locale } from "./i18n/locales";

/** Open Graph image size recommended by the major networks. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

type OgFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

let fonts: OgFont[] | null = null;

/** Inter from the @fontsource/inter package, read from disk once: no font is ever fetched. */
export function ogFonts(): OgFont[] {
  if (fonts) return fonts;
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", "inter", "files");
  fonts = ([400, 700] as const).map((weight) => ({
    name: "Inter",
    data: fs.readFileSync(path.join(dir, `inter-latin-${weight}-normal.woff`)),
    weight,
    style: "normal",
  }));
  return fonts;
}

/** The Open Graph image of a role page, in the page's language: `/og/roles/<slug>`, `/en/og/roles/<slug>`. */
export function roleOgPath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/og/roles/${slug}`;
}

export function compareOgPath(a: string, b: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/og/compare/${a}/${b}`;
}
