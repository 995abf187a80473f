import { SiteLink } from "./site-link";
import { CHECK_AD_PATH } from "@/lib/analyse/paths";
import { SITE_NAME } from "@/lib/site";

const NAVIGATION = [
  { href: "/roles", label: "Rôles" },
  { href: "/compare", label: "Comparer" },
  { href: "/guide", label: "Guide" },
  { href: CHECK_AD_PATH, label: "Vérifier une offre" },
] as const;

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-line bg-paper">
      <a href="#contenu" className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-3">
        Aller au contenu
      </a>
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <SiteLink href="/" className="text-lg font-bold text-ink no-underline">
          {SITE_NAME}
        </SiteLink>
        <nav aria-label="Navigation principale">
          <ul className="flex gap-5 text-base">
            {NAVIGATION.map((item) => (
              <li key={item.href}>
                <SiteLink href={item.href} className="font-medium">
                  {item.label}
                </SiteLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
