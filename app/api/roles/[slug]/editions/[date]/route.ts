import { editionResponse } from "@/lib/api";
import { getRoleEditions, getRoleSlugs } from "@/lib/roles";

/** `/api/roles/<slug>?edition=<date>`, rewritten here by the proxy. The proxy answers an unknown date with a JSON 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getRoleSlugs().flatMap((slug) => getRoleEditions(slug).map((edition) => ({ slug, date: edition.date })));
}

type RouteContext = { params: Promise<{ slug: string; date: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  const { slug, date } = await params;
  return editionResponse(slug, date, "fr");
}
