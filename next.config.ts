import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_BODY_BYTES } from "./lib/analyse/limits";
import { SECURITY_HEADER_RULES } from "./lib/security-headers";
import { siteUrl } from "./lib/site";
import { EMBED_CARD_SOURCES, FIXED_PATH_ICON_CACHE_CONTROL, FIXED_PATH_ICON_SOURCES, PAGE_CACHE_CONTROL, PRERENDERED_PAGE_SOURCES } from "./lib/cache-control";
import { compiledContent } from "./lib/content/compiled";
import { contentDir } from "./lib/content/load";
import type { RoutingTable } from "./lib/routes";

/**
 * What proxy.ts needs of the content (lib/routes.ts), read when building (or in `next dev`) and
 * inlined into the proxy: `next start` neither reads the content nor needs it.
 */
function routingTable(): RoutingTable {
  const { languages } = compiledContent(contentDir());
  const roles = Object.fromEntries(Object.entries(languages).map(([locale, language]) => [locale, language.routes]));
  return {
    roles,
    guideParams: languages.fr.guide?.questions.map((question) => question.id) ?? [],
    sections: Object.fromEntries(languages.fr.roles.map((role) => [role.slug, role.pages.map((page) => page.id)])),
    editions: Object.fromEntries(Object.entries(languages).map(([locale, language]) => [locale, Object.fromEntries(language.editions.map((role) => [role.slug, role.editions.map((edition) => edition.date)]))])),
  };
}

/**
 * A prerendered page's source, its role segments narrowed to the canonical slugs and its section
 * segment to the sections' page ids: another title (`/roles/cm`) or an older section name is a
 * redirect, which proxy.ts gives a short Cache-Control (REDIRECT_CACHE_CONTROL) that a header rule
 * for `/roles/:slug` would replace with a page's year.
 */
function onlyCanonical(source: string): string {
  if (!/:(slug|a|b|section)\b/.test(source)) return source;
  const { roles } = compiledContent(contentDir()).languages.fr;
  const slugs = roles.map((role) => role.slug).join("|");
  const sections = [...new Set(roles.flatMap((role) => role.pages.map((page) => page.id)))].join("|");
  return source.replace(/:(slug|a|b)\b/g, `:$1(${slugs})`).replace(/:section\b/g, `:section(${sections})`);
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // app/global-not-found.tsx: the full 404 page is sent only with 404s, not with every page.
  experimental: {
    globalNotFound: true,
    // One limit for every body (lib/analyse/limits.ts): the form's server action, and what the
    // proxy buffers of a request (10 MB by default). lib/http-guard.ts refuses more, before Next.js.
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
    proxyClientMaxBodySize: MAX_BODY_BYTES,
  },
  async headers() {
    return [
      // Every page refuses to be framed, except the embeddable cards (lib/security-headers.ts).
      ...SECURITY_HEADER_RULES,
      // Next.js answers 404s with `private, no-store` whatever this says.
      ...PRERENDERED_PAGE_SOURCES.map((source) => ({
        source: onlyCanonical(source),
        missing: [
          { type: "query" as const, key: "q" },
          { type: "query" as const, key: "positionnement" },
          // The change log's form, which the proxy redirects to a difference.
          { type: "query" as const, key: "de" },
        ],
        headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }],
      })),
      ...EMBED_CARD_SOURCES.map((source) => ({ source: onlyCanonical(source), headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }] })),
      ...FIXED_PATH_ICON_SOURCES.map((source) => ({ source, headers: [{ key: "Cache-Control", value: FIXED_PATH_ICON_CACHE_CONTROL }] })),
    ];
  },
};

/** next-intl reads its request configuration (the language of each page) from lib/i18n/request.ts. */
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER) return withNextIntl(nextConfig);
  // SITE_URL is inlined at build time: every absolute link, on prerendered and on dynamic pages
  // (the job-ad writer, the checker without JavaScript), names the address the build was made
  // with, whatever the environment of `next start`.
  return withNextIntl({ ...nextConfig, env: { ROUTING_TABLE: JSON.stringify(routingTable()), SITE_URL: siteUrl() } });
}
