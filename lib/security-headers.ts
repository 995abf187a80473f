import { LOCALES, localisePath } from "./i18n/locales";
import { EMBED_ROOT } from "./site";

/**
 * The security headers of every response, defined once: next.config.ts sends them with every
 * page, file and redirect, and lib/http-guard.ts with the few answers given before Next.js.
 *
 * Every page is prerendered, so per-request nonces are not possible: Next.js's inline
 * bootstrap scripts need 'unsafe-inline' in script-src. The pages nginx serves as files are
 * stricter: their inline scripts are known at build time, and each carries a policy that allows
 * those scripts only, by their hashes (strictScriptPolicy; scripts/support/static-site.ts).
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

/**
 * The embeddable cards (`/embed/…`, `/en/embed/…`: components/embed-card.ts) are the only
 * documents another site may frame, any site (`frame-ancestors *`, no X-Frame-Options). They are
 * self-contained: no script at all, their one stylesheet inline, nothing else loaded.
 */
const embedContentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

export const embedSecurityHeaders = [
  { key: "Content-Security-Policy", value: embedContentSecurityPolicy },
  ...securityHeaders.filter(({ key }) => key !== "Content-Security-Policy" && key !== "X-Frame-Options"),
];

/** Where the cards live, in every language: `/embed`, `/en/embed`. */
const EMBED_PREFIXES = LOCALES.map((locale) => localisePath(EMBED_ROOT, locale));

/** Whether a path is under a card's root (`/embed/…`, `/en/embed/…`), which other sites may frame. */
export function isFrameablePath(pathname: string): boolean {
  return EMBED_PREFIXES.some((prefix) => pathname.startsWith(`${prefix}/`));
}

/** The security headers of a path's responses: the cards' under their roots, everyone else's elsewhere. */
export function securityHeadersFor(pathname: string): typeof securityHeaders {
  return isFrameablePath(pathname) ? embedSecurityHeaders : securityHeaders;
}

/**
 * The same split as next.config.ts `headers()` rules: every path but the cards' roots gets
 * securityHeaders, the cards' roots get embedSecurityHeaders.
 */
export const SECURITY_HEADER_RULES = [
  { source: `/((?!${EMBED_PREFIXES.map((prefix) => `${prefix.slice(1)}/`).join("|")}).*)`, headers: securityHeaders },
  ...EMBED_PREFIXES.map((prefix) => ({ source: `${prefix}/:path+`, headers: embedSecurityHeaders })),
];

/**
 * HSTS, for answers the browser received over HTTPS: a year, subdomains included (deploy/README.md).
 * Sent only when the request says it came over HTTPS (`X-Forwarded-Proto: https` from the reverse
 * proxy): over plain HTTP, browsers ignore it, and a local server must stay reachable.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/**
 * The policy a page whose inline scripts are known carries in a `<meta>`: scripts from the site,
 * and inline scripts whose SHA-256 (base64) is listed, nothing else. Browsers enforce it beside the
 * header's policy, so the stricter of the two applies.
 */
export function strictScriptPolicy(hashes: string[]): string {
  return ["script-src 'self'", ...[...new Set(hashes)].map((hash) => `'sha256-${hash}'`)].join(" ");
}
