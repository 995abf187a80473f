"use client";

import { SiteLink } from "./site-link";
import { usePathname } from "next/navigation";
import type { RoleSummary } from "@/lib/role-summary";
import type { Locale } from "@/lib/i18n/locales";
import { nearestRoles } from "@/lib/search";
import { rolePath } from "@/lib/site";
import { decodeSegment } from "@/lib/url";

type NearestRolesProps = { roles: RoleSummary[]; locale: Locale; words: { didYouMean: string; colon: string } };

/** The roles spelled closest to the segments of the address that was not found (`/roles/communty-manager`). */
export function NearestRoles({ roles, locale, words }: NearestRolesProps) {
  const pathname = usePathname() ?? "";
  const segments = pathname
    .split("/")
    .filter((segment) => segment !== "" && segment !== "roles" && segment !== "compare")
    .map((segment) => decodeSegment(segment) ?? "");
  const suggestions = [...new Set(segments.flatMap((segment) => nearestRoles(segment, roles, 2, 0.45)))];
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="suggestions" className="rounded-lg border border-accent bg-accent-soft p-5">
      <h2 id="suggestions" className="mb-2 text-2xl font-bold">
        {words.didYouMean}
      </h2>
      <ul className="space-y-1 text-lg">
        {suggestions.map((role) => (
          <li key={role.slug}>
            <SiteLink href={rolePath(role.slug)} locale={locale} className="font-semibold">
              {role.title}
            </SiteLink>
            <span className="text-base text-muted">{words.colon} {role.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
