/** Headers of the JSON API: open to any origin for GET, cacheable by CDNs. */
export const API_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD",
  "Cache-Control": "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800",
} as const;

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: API_HEADERS });
}
