import { ImageResponse } from "next/og";
import { OgCard } from "@/components/og-card";
import { OG_SIZE, ogFonts } from "@/lib/og";
import { getRole, getRoleSlugs } from "@/lib/roles";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoleSlugs().map((slug) => ({ slug }));
}

type RouteContext = { params: Promise<{ slug: string }> };

/** The link preview of a role page, generated at build time. */
export async function GET(_request: Request, { params }: RouteContext) {
  const role = getRole((await params).slug);
  if (!role) return new Response("Introuvable", { status: 404 });
  return new ImageResponse(<OgCard eyebrow="Fiche métier" title={role.title} subtitle={role.summary} />, { ...OG_SIZE, fonts: ogFonts() });
}
