import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { securityHeaders } from "./lib/security-headers";
import { PAGE_CACHE_CONTROL, PRERENDERED_PAGE_SOURCES } from "./lib/cache-control";
import { contentDir, loadContent } from "./lib/content/load";
import type { RoutingTable } from "./lib/routes";

/**
 * What proxy.ts needs of the content (lib/routes.ts), read when building (or in `next dev`) and
 * inlined into the proxy: `next start` neither reads the content nor needs it.
 */
function routingTable(): RoutingTable {
  const { routes, guide } = loadContent(contentDir());
  return { roles: routes, guideParams: guide?.questions.map((question) => question.id) ?? [] };
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // app/global-not-found.tsx: the full 404 page is sent only with 404s, not with every page.
  experimental: { globalNotFound: true },
  async headers() {
    return [
      { source: "/(.*)", headers: securityHeaders },
      // Next.js answers 404s with `private, no-store` whatever this says.
      ...PRERENDERED_PAGE_SOURCES.map((source) => ({
        source,
        missing: [
          { type: "query" as const, key: "q" },
          { type: "query" as const, key: "positionnement" },
        ],
        headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }],
      })),
    ];
  },
};

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  return { ...nextConfig, env: { ROUTING_TABLE: JSON.stringify(routingTable()) } };
}
