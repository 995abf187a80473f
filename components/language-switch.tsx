"use client";

import { usePathname } from "next/navigation";
import { LOCALE_TAGS, localisePath, splitLocale, type Locale } from "@/lib/i18n/locales";

type LanguageSwitchProps = {
  /** The other language, and how to name the link in it: « English », “Français”. */
  target: Locale;
  label: string;
  name: string;
};

/**
 * The same page in the other language. The path is the page's own (prerendered with it, so the
 * link works without JavaScript, and kept current by React across client-side navigations under
 * `next start`); in the browser the `#anchor` follows (`data-keep-hash`, components/enhance.ts),
 * since anchors are the same in both languages. A plain link: the languages have separate root layouts.
 */
export function LanguageSwitch({ target, label, name }: LanguageSwitchProps) {
  const pathname = usePathname() ?? "/";
  const href = localisePath(splitLocale(pathname).path, target);
  const { lang } = LOCALE_TAGS[target];
  return (
    <a
      href={href}
      hrefLang={lang}
      lang={lang}
      aria-label={name}
      className="language-switch font-medium"
      data-keep-hash=""
    >
      {label}
    </a>
  );
}
