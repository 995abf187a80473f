import { NextResponse, type NextRequest } from "next/server";
import { routeRequest } from "@/lib/canonical-url";
import { resolveRoleSlug } from "@/lib/roles";

/**
 * Canonical role and comparison URLs (308), /roles?q=… and /guide?besoin=… served by their
 * server-rendered pages (rewrite),
 * and a 404 for malformed addresses. The rules live in lib/canonical-url.ts.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const routing = routeRequest(pathname, searchParams, resolveRoleSlug);
  if (routing.kind === "redirect") return NextResponse.redirect(new URL(routing.location, request.url), 308);
  if (routing.kind === "rewrite") return NextResponse.rewrite(new URL(routing.path, request.url));
  return NextResponse.next();
}

export const config = {
  matcher: ["/roles", "/roles/:path*", "/compare", "/compare/:path*", "/api/:path*", "/og/:path*", "/guide"],
};
