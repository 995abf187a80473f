import { jsonResponse } from "@/lib/api";
import { SCHEMA_VERSION, roleRecord } from "@/lib/records";
import { getAllRoles } from "@/lib/roles";

export const dynamic = "force-static";


export function GET() {
  return jsonResponse({ schemaVersion: SCHEMA_VERSION, roles: getAllRoles().map(roleRecord) });
}
