import Link from "next/link";
import type { ComponentProps } from "react";
import { localisePath, type Locale } from "@/lib/i18n/locales";

type SiteLinkProps = Omit<ComponentProps<typeof Link>, "prefetch" | "href"> & {
  href: string;
  /** The language of the page the link is on: a site path is led to the same language (`/roles` → `/en/roles`). */
  locale?: Locale;
};

/**
 * The site's internal link: Next.js's Link (client-side navigation) without its prefetching.
 * By default Link fetches every route whose link scrolls into view; on a role page that is
 * a dozen requests and as many payloads to parse while a phone is still starting the page,
 * for links the reader mostly will not follow. The route is fetched on click instead; every
 * page is prerendered and cached, so that costs one short request.
 */
export function SiteLink({ href, locale, ...props }: SiteLinkProps) {
  return <Link {...props} href={locale ? localisePath(href, locale) : href} prefetch={false} />;
}
