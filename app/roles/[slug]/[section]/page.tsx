import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MarkdownBody } from "@/components/markdown-body";
import { PageSources } from "@/components/page-sources";
import { SiteLink } from "@/components/site-link";
import { formatDate } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { roleOgPath } from "@/lib/og";
import { getRole, getRoleSlugs, numberedSources } from "@/lib/roles";
import { rolePath, roleSectionPath } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoleSlugs().flatMap((slug) => getRole(slug)!.pages.map((page) => ({ slug, section: page.id })));
}

type SectionPageProps = { params: Promise<{ slug: string; section: string }> };

function find(slug: string, section: string) {
  const role = getRole(slug);
  const index = role?.pages.findIndex((page) => page.id === section) ?? -1;
  return role && index >= 0 ? { role, page: role.pages[index], previous: role.pages[index - 1], next: role.pages[index + 1] } : null;
}

export async function generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
  const { slug, section } = await params;
  const found = find(slug, section);
  if (!found) return {};
  const { role, page } = found;
  return pageMetadata({
    title: `${page.title} — ${role.title}`,
    description: `${role.title} : ${page.title.toLowerCase()}, avec chaque chiffre daté et sa source. ${role.summary}`,
    path: roleSectionPath(role.slug, page.id),
    image: { path: roleOgPath(role.slug), alt: `${role.title} : ${role.summary}` },
    modifiedTime: role.updated,
  });
}

/** A section of a profile that has a page of its own: the whole section, with its numbered sources. */
export default async function RoleSectionPage({ params }: SectionPageProps) {
  const { slug, section } = await params;
  const found = find(slug, section);
  if (!found) notFound();
  const { role, page, previous, next } = found;
  const sources = numberedSources(page.sourceIds);

  return (
    <article className="space-y-8">
      <nav aria-label="Fil d’Ariane" className="no-print text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li><SiteLink href="/">Accueil</SiteLink> ›</li>
          <li><SiteLink href="/roles">Rôles</SiteLink> ›</li>
          <li><SiteLink href={rolePath(role.slug)}>{role.title}</SiteLink> ›</li>
          <li aria-current="page">{page.title}</li>
        </ol>
      </nav>

      <header className="max-w-prose space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{role.title}</p>
        <h1 id={page.id} className="text-3xl font-bold leading-tight">
          {page.title}
        </h1>
        <p className="text-sm text-muted">
          Section de la fiche <SiteLink href={rolePath(role.slug, page.id)}>{role.title}</SiteLink>, mise à jour le{" "}
          <time dateTime={role.updated}>{formatDate(role.updated)}</time>
        </p>
      </header>

      <MarkdownBody html={page.html} />

      {sources.length > 0 && (
        <section aria-labelledby="sources" className="max-w-prose space-y-3">
          <h2 id="sources" className="border-t border-line pt-6 text-2xl font-bold">
            Sources
          </h2>
          <PageSources sources={sources} />
        </section>
      )}

      <nav aria-label="Autres sections de la fiche" className="no-print flex max-w-prose flex-wrap justify-between gap-4 border-t border-line pt-4">
        {previous ? <SiteLink href={roleSectionPath(role.slug, previous.id)}>← {previous.title}</SiteLink> : <span />}
        <SiteLink href={rolePath(role.slug)}>Toute la fiche {role.title}</SiteLink>
        {next ? <SiteLink href={roleSectionPath(role.slug, next.id)}>{next.title} →</SiteLink> : <span />}
      </nav>
    </article>
  );
}
