import { rolesResponse } from "@/lib/api";

export const dynamic = "force-static";

export function GET() {
  return rolesResponse("fr");
}
