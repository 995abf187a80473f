import type { CSSProperties, ReactNode } from "react";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site";
import { Enhancements } from "./enhancements";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The site's address for print style sheets, which show it before each link's path (app/globals.css). */
const PRINT_ORIGIN = { "--site-origin": JSON.stringify(siteUrl()) } as CSSProperties;

/** The document around every page: the root layout of each language and the 404 page for unknown addresses use it. */
export function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={LOCALE_TAGS[locale].lang} style={PRINT_ORIGIN}>
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-page flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <Enhancements />
      </body>
    </html>
  );
}
