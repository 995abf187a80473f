import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site-shell";
import { getAllRoles } from "@/lib/roles";
import { SITE_NAME, SITE_VIEWPORT, siteTagline, siteUrl } from "@/lib/site";
import "./globals.css";

export function generateMetadata(): Metadata {
  const tagline = siteTagline(getAllRoles().map((role) => role.title));
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${SITE_NAME}\u00a0: ${tagline}`, template: `%s | ${SITE_NAME}` },
    description: tagline,
    openGraph: { siteName: SITE_NAME, locale: "fr_FR", type: "website" },
  };
}

export const viewport: Viewport = SITE_VIEWPORT;

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
