import { ImageResponse } from "next/og";
import { OgCard } from "@/components/og-card";
import { pairsToPrerender } from "@/lib/compare";
import { OG_SIZE, ogFonts } from "@/lib/og";
import { getAllRoles, getRole } from "@/lib/roles";

export function generateStaticParams() {
  return pairsToPrerender(getAllRoles());
}

type RouteContext = { params: Promise<{ a: string; b: string }> };

/** The link preview of a comparison page. */
export async function GET(_request: Request, { params }: RouteContext) {
  const { a, b } = await params;
  const first = getRole(a);
  const second = getRole(b);
  if (!first || !second || first.slug === second.slug) return new Response("Introuvable", { status: 404 });
  return new ImageResponse(
    <OgCard eyebrow="Comparaison" title={`${first.title} ou ${second.title} ?`} subtitle="Positionnement, rattachement, missions, compétences et indicateurs, côte à côte et sourcés." />,
    { ...OG_SIZE, fonts: ogFonts() },
  );
}
