import type { NextConfig } from "next";
import { PAGE_CACHE_CONTROL, PRERENDERED_PAGE_SOURCES } from "./lib/cache-control";

/**
 * Every page is prerendered, so per-request nonces are not possible: Next.js's inline
 * bootstrap scripts need 'unsafe-inline' in script-src (see README, "Sécurité").
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

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

export default nextConfig;
