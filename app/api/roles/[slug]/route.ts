import { jsonResponse } from "@/lib/api";
import { SCHEMA_VERSION, roleRecord } from "@/lib/records";
import { getRole, getRoleSlugs } from "@/lib/roles";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoleSlugs().map((slug) => ({ slug }));
}

type RouteContext = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: RouteContext) {
  const { slug } = await params;
  const role = getRole(slug);
  if (!role) return jsonResponse({ error: "Rôle inconnu", slug }, 404);
  return jsonResponse({ schemaVersion: SCHEMA_VERSION, role: roleRecord(role) });
}
