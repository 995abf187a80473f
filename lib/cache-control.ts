/**
 * Cache-Control of the prerendered pages. A CDN or the nginx cache of deploy/ keeps them a year
 * (`s-maxage`, what `next start` sends by default): they change only with a new build, and the
 * cache is emptied at each deployment. A browser may reuse a page for 5 minutes (`max-age`,
 * which Next.js leaves out) instead of asking again at every visit.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=300, s-maxage=31536000";

/**
 * A redirect to a canonical address (`/roles/cm` → `/roles/community-manager`): kept ten minutes,
 * by browsers and by nginx's cache alike, so that a renamed role's new address reaches everyone soon.
 */
export const REDIRECT_CACHE_CONTROL = "public, max-age=600, s-maxage=600";

/**
 * The prerendered pages, as next.config.ts `headers()` sources; deploy/nginx.conf serves them from
 * files (scripts/support/static-site.ts). `/roles?q=` is the dynamic search.
 */
export const PRERENDERED_PAGE_SOURCES = [
  "/",
  "/roles",
  "/roles/:slug",
  "/roles/:slug/:section",
  "/roles/:slug/editions/:date",
  "/roles/:slug/editions/:date/:part",
  "/roles/:slug/historique",
  "/roles/:slug/historique/:from/:to",
  "/historique",
  "/compare",
  "/compare/:a/:b",
  "/sources",
  "/en",
  "/en/roles",
  "/en/roles/:slug",
  "/en/roles/:slug/:section",
  "/en/roles/:slug/editions/:date",
  "/en/roles/:slug/editions/:date/:part",
  "/en/roles/:slug/historique",
  "/en/roles/:slug/historique/:from/:to",
  "/en/historique",
  "/en/compare",
  "/en/compare/:a/:b",
  "/en/sources",
] as const;

/**
 * The embeddable cards (route handlers, prerendered, components/embed-card.ts), as next.config.ts
 * `headers()` sources: cached as the pages are. Next.js's `s-maxage` alone would let browsers
 * ask again at every view of the frame.
 */
export const EMBED_CARD_SOURCES = ["/embed/roles/:slug", "/embed/roles/:slug/editions/:date", "/en/embed/roles/:slug", "/en/embed/roles/:slug/editions/:date"] as const;

/**
 * Cache-Control of the icons that browsers request at fixed paths (public/). Their URLs carry no
 * content hash, so `immutable` for a year would keep showing an old icon after a change: a day,
 * then the browser asks again with the ETag and gets a bodiless 304 while the icon is unchanged.
 */
export const FIXED_PATH_ICON_CACHE_CONTROL = "public, max-age=86400, must-revalidate";

/** The files of public/, as next.config.ts `headers()` sources (scripts/icons.ts makes them). */
export const FIXED_PATH_ICON_SOURCES = ["/favicon.ico", "/apple-touch-icon.png"] as const;
