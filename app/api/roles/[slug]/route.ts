import { roleResponse } from "@/lib/api";
import { getRoleSlugs } from "@/lib/roles";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoleSlugs().map((slug) => ({ slug }));
}

type RouteContext = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  return roleResponse((await params).slug, "fr");
}
