import { compiledContent, type CompiledLanguage } from "@/lib/content/compiled";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The site's real content, in one language: compiled once for every test file and process
 * (lib/content/compiled.ts keeps it under .next/cache/content), as the build reads it.
 */
export function realContent(locale: Locale = "fr"): CompiledLanguage {
  return compiledContent("content").languages[locale];
}
