import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { notFound } from "next/navigation";
import { ComparisonSources, ComparisonTable } from "@/components/comparison-table";
import { canonicalPair, compareRoles, comparisonPartners, pairsToPrerender } from "@/lib/compare";
import { getAllRoles, getRole } from "@/lib/roles";
import { pageMetadata } from "@/lib/metadata";
import { compareOgPath } from "@/lib/og";
import { comparePath, rolePath } from "@/lib/site";

/** Pairs not prerendered (large catalogues, see lib/compare.ts) are rendered on first request, then cached. */
export const dynamicParams = true;

export function generateStaticParams() {
  return pairsToPrerender(getAllRoles());
}

type ComparePageProps = { params: Promise<{ a: string; b: string }> };

async function loadPair(params: ComparePageProps["params"]) {
  const { a, b } = await params;
  const first = getRole(a);
  const second = getRole(b);
  return first && second && first.slug !== second.slug ? ([first, second] as const) : null;
}

export async function generateMetadata({ params }: ComparePageProps): Promise<Metadata> {
  const pair = await loadPair(params);
  if (!pair) return {};
  const [a, b] = pair;
  const [first, second] = canonicalPair(a.slug, b.slug);
  return pageMetadata({
    title: `${a.title} ou ${b.title} : les différences`,
    description: compareRoles(a, b).summary.join(" "),
    path: comparePath(first, second),
    image: { path: compareOgPath(a.slug, b.slug), alt: `Comparaison de ${a.title} et de ${b.title}` },
  });
}

export default async function ComparePage({ params }: ComparePageProps) {
  const pair = await loadPair(params);
  if (!pair) notFound();
  const [a, b] = pair;
  const comparison = compareRoles(a, b);
  const roles = getAllRoles();
  const partnersOfA = new Set(comparisonPartners(a, roles).map((role) => role.slug));
  const partnersOfB = new Set(comparisonPartners(b, roles).map((role) => role.slug));
  const others = roles.filter((role) => role.slug !== a.slug && role.slug !== b.slug && (partnersOfA.has(role.slug) || partnersOfB.has(role.slug)));

  return (
    <article className="space-y-6">
      <nav aria-label="Fil d’Ariane" className="no-print text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li><SiteLink href="/">Accueil</SiteLink> ›</li>
          <li><SiteLink href="/compare">Comparer</SiteLink> ›</li>
          <li aria-current="page">{a.title} ou {b.title}</li>
        </ol>
      </nav>
      <header className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">
          {a.title} ou {b.title} ?
        </h1>
        <div className="space-y-1 text-lg">
          {comparison.summary.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      </header>

      <nav aria-label="Autres comparaisons" className="no-print flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <SiteLink href={comparePath(b.slug, a.slug)}>Inverser l’ordre</SiteLink>
        {others.map((other) => (
          <span key={other.slug} className="contents">
            {partnersOfA.has(other.slug) && <SiteLink href={comparePath(a.slug, other.slug)}>{a.title} ou {other.title}</SiteLink>}
            {partnersOfB.has(other.slug) && <SiteLink href={comparePath(b.slug, other.slug)}>{b.title} ou {other.title}</SiteLink>}
          </span>
        ))}
      </nav>

      <ComparisonTable comparison={comparison} />

      <p className="text-sm text-muted">
        Les valeurs viennent des fiches <SiteLink href={rolePath(a.slug)}>{a.title}</SiteLink> et{" "}
        <SiteLink href={rolePath(b.slug)}>{b.title}</SiteLink>. Un élément est « en commun » quand les deux fiches le décrivent,
        chacune avec ses mots ; les numéros renvoient aux sources ci-dessous.
      </p>

      <ComparisonSources comparison={comparison} />
    </article>
  );
}
