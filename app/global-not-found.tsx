import type { Metadata, Viewport } from "next";
import { SiteLink } from "@/components/site-link";
import { NearestRoles } from "@/components/nearest-roles";
import { NotFoundMessage } from "@/components/not-found-message";
import { SiteShell } from "@/components/site-shell";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles } from "@/lib/roles";
import { setRequestLocale } from "next-intl/server";
import { SITE_VIEWPORT, rolePath, siteName, siteUrl } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: `Page introuvable | ${siteName()}`,
  robots: { index: false },
};

export const viewport: Viewport = SITE_VIEWPORT;

/**
 * 404 of every unknown address (`/roles/communty-manager`, `/nimporte/quoi`), prerendered once and
 * sent only with it, not with every page as app/not-found.tsx is: it lists every role (enough
 * without JavaScript), and NearestRoles adds, in the browser, the roles spelled closest to the
 * mistyped address.
 */
export default function GlobalNotFound() {
  setRequestLocale("fr");
  const roles = getAllRoles().map(toRoleSummary);
  return (
    <SiteShell locale="fr">
      <div className="space-y-8">
        <NotFoundMessage />
        <NearestRoles roles={roles} />
        <section aria-labelledby="tous-les-roles" className="space-y-3">
          <h2 id="tous-les-roles" className="text-2xl font-bold">Tous les rôles</h2>
          <ul className="list-disc space-y-1 pl-6">
            {roles.map((role) => (
              <li key={role.slug}>
                <SiteLink href={rolePath(role.slug)}>{role.title}</SiteLink> : {role.summary}
              </li>
            ))}
          </ul>
          <p>
            Vous pouvez aussi <SiteLink href="/roles">rechercher un intitulé</SiteLink> ou revenir à l’<SiteLink href="/">accueil</SiteLink>.
          </p>
        </section>
        {/* The address may have been an English one: one line in English, marked as such. */}
        <p lang="en" className="border-t border-line pt-4">
          Page not found. The English edition lists <SiteLink href="/en/roles">all the roles</SiteLink>.
        </p>
      </div>
    </SiteShell>
  );
}
