import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { NotFoundMessage } from "@/components/not-found-message";

export const metadata: Metadata = { title: "Page introuvable", robots: { index: false } };

/**
 * 404 of a page that calls notFound(). Next.js sends this component with every page of the site
 * (it is the root layout's not-found boundary), so it stays small and the same whatever the
 * number of roles. Unknown addresses get the full 404 page, app/global-not-found.tsx.
 */
export default function NotFound() {
  return (
    <div className="space-y-8">
      <NotFoundMessage />
      <p>
        Voyez <SiteLink href="/roles">tous les rôles</SiteLink>, où vous pouvez rechercher un intitulé, ou revenez à l’
        <SiteLink href="/">accueil</SiteLink>.
      </p>
    </div>
  );
}
