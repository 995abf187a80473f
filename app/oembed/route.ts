import type { NextRequest } from "next/server";
import { API_HEADERS } from "@/lib/api";
import { oembedAnswer } from "@/lib/embed";
import { embeddableRole } from "@/lib/roles";

/**
 * `/oembed?url=<page>&format=json`: the card of a page of the site, as an `<iframe>` (lib/embed.ts).
 * Open to any origin and cacheable like the API: the answer depends on the query alone.
 */
export function GET(request: NextRequest) {
  const { status, body } = oembedAnswer(request.nextUrl.searchParams, embeddableRole);
  return Response.json(body, { status, headers: { ...API_HEADERS, "Content-Type": "application/json; charset=utf-8" } });
}
