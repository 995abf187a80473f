import { SiteLink } from "./site-link";
import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-page gap-4 px-4 py-8 text-sm text-muted sm:grid-cols-2">
        <p>
          <strong className="text-ink">{SITE_NAME}</strong>{"\u00a0"}: des définitions sourcées, comparables et stables, à citer dans
          une offre d’emploi. Chaque affirmation renvoie à sa source.
        </p>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 sm:justify-end [&_a]:inline-block [&_a]:py-1">
          <li><SiteLink href="/roles">Tous les rôles</SiteLink></li>
          <li><SiteLink href="/compare">Comparer deux rôles</SiteLink></li>
          <li><SiteLink href="/guide">Quel profil recruter{"\u202f"}?</SiteLink></li>
          <li><SiteLink href="/sources">Sources</SiteLink></li>
          <li>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON file, not a page to prefetch */}
            <a href="/api/roles">Données (JSON)</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
