import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/translate";

/**
 * What the pages give components in the browser build: next-intl's provider, with the real
 * messages of a language. Server components read the same messages through lib/i18n/request.ts.
 */
export function intlWrapper(locale: Locale = "fr") {
  return function IntlWrapper({ children }: { children: ReactNode }) {
    return (
      <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
        {children}
      </NextIntlClientProvider>
    );
  };
}

/** An element inside the provider, for renderToString. */
export function inLocale(ui: ReactNode, locale: Locale = "fr") {
  const Wrapper = intlWrapper(locale);
  return <Wrapper>{ui}</Wrapper>;
}
