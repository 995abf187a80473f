import { NextResponse, type NextRequest } from "next/server";
import { REDIRECT_CACHE_CONTROL } from "@/lib/cache-control";
import { routeRequest } from "@/lib/canonical-url";
import { allowedMethodsFor, allowHeaderFor, isAllowedMethodFor, methodNotAllowedText } from "@/lib/http-methods";
import { lookupRoute, routingTableFromJson } from "@/lib/routes";
import { LOCALE_HEADER, splitLocale, type Locale } from "@/lib/i18n/locales";
import { slugify } from "@/lib/text";

/** Built from the content at build time (next.config.ts): the proxy never reads content files. */
const ROUTING = routingTableFromJson(process.env.ROUTING_TABLE);
const resolverFor = (locale: Locale) => (segment: string) => lookupRoute(ROUTING.roles[locale] ?? {}, slugify(segment));

/**
 * 405 for any method but GET and HEAD (Next.js would serve the page to a PUT or a POST), except
 * on the two routes that take a body (BODY_ROUTES in lib/http-methods.ts: POST only there),
 * canonical role and comparison URLs (308), /roles?q=… and /guide?besoin=… served by their
 * server-rendered pages (rewrite),
 * and a 404 for malformed addresses. The rules live in lib/canonical-url.ts.
 * TRACE never gets here: Next.js cannot build a request for it (see lib/http-guard.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!isAllowedMethodFor(request.method, pathname)) {
    return new NextResponse(methodNotAllowedText(allowedMethodsFor(pathname)), {
      status: 405,
      headers: { Allow: allowHeaderFor(pathname), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const routing = routeRequest(pathname, searchParams, resolverFor, ROUTING.guideParams, ROUTING.sections, ROUTING.editions);
  if (routing.kind === "error") return NextResponse.json(routing.body, { status: routing.status, headers: { "Cache-Control": "no-store" } });
  if (routing.kind === "redirect") {
    const response = NextResponse.redirect(new URL(routing.location, request.url), 308);
    response.headers.set("Cache-Control", REDIRECT_CACHE_CONTROL);
    return response;
  }
  if (routing.kind === "rewrite") {
    // The 404 page speaks the language of the address (`/en/…`): it reads it from this header.
    const headers = new Headers(request.headers);
    headers.set(LOCALE_HEADER, splitLocale(pathname).locale);
    return NextResponse.rewrite(new URL(routing.path, request.url), { request: { headers } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/en/:path*",
    "/roles",
    "/roles/:path*",
    "/historique",
    "/historique.atom",
    "/compare",
    "/compare/:path*",
    "/recherche",
    "/recherche/:path*",
    "/api/:path*",
    "/og/:path*",
    "/embed/:path*",
    "/oembed",
    "/guide",
    "/guide/:path*",
    "/verifier-une-offre",
    "/verifier-une-offre/:path*",
    "/rediger-une-offre",
    "/rediger-une-offre/:path*",
  ],
};
