import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { notFound } from "next/navigation";
import { JobAdPanel } from "@/components/job-ad-panel";
import { writeAdPath } from "@/lib/analyse/paths";
import { JsonLd } from "@/components/json-ld";
import { MarkdownBody } from "@/components/markdown-body";
import { RoleFacts } from "@/components/role-facts";
import { PageSources } from "@/components/page-sources";
import { RoleEssentials } from "@/components/role-essentials";
import { TableOfContents } from "@/components/table-of-contents";
import { comparisonPartners } from "@/lib/compare";
import { formatDate } from "@/lib/format";
import { roleJsonLd } from "@/lib/json-ld";
import { getAllRoles, getRole, getRoleSlugs, numberedSources } from "@/lib/roles";
import { pageMetadata } from "@/lib/metadata";
import { roleOgPath } from "@/lib/og";
import { comparePath, rolePath, siteUrl } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoleSlugs().map((slug) => ({ slug }));
}

type RolePageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: RolePageProps): Promise<Metadata> {
  const { slug } = await params;
  const role = getRole(slug);
  if (!role) return {};
  return pageMetadata({
    title: `${role.title} : définition, missions, compétences`,
    description: role.summary,
    path: rolePath(role.slug),
    image: { path: roleOgPath(role.slug), alt: `${role.title} : ${role.summary}` },
    modifiedTime: role.updated,
  });
}

export default async function RolePage({ params }: RolePageProps) {
  const { slug } = await params;
  const role = getRole(slug);
  if (!role) notFound();

  const roles = getAllRoles();
  const partners = comparisonPartners(role, roles);
  const sources = numberedSources(role.rolePageSourceIds);
  const elsewhere = role.sources.length - sources.length;
  const sections = [{ id: "en-bref", title: "En bref" }, ...role.sections, { id: "sources", title: "Sources" }, { id: "lier-ce-role", title: "Lier ce rôle dans une offre" }];

  return (
    <article className="space-y-8">
      <JsonLd data={roleJsonLd(role)} />
      <nav aria-label="Fil d’Ariane" className="no-print text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li><SiteLink href="/">Accueil</SiteLink> ›</li>
          <li><SiteLink href="/roles">Rôles</SiteLink> ›</li>
          <li aria-current="page">{role.title}</li>
        </ol>
      </nav>

      <header className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">
          {role.title}
          {role.abbreviation && <span className="ml-3 text-2xl font-normal text-muted">({role.abbreviation})</span>}
        </h1>
        <p className="text-lg">{role.summary}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          <span>
            Mis à jour le <time dateTime={role.updated}>{formatDate(role.updated)}</time>
          </span>
          <a href="#lier-ce-role" className="no-print">
            Lier ce rôle dans une offre d’emploi
          </a>
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-4 lg:col-start-1">
          <RoleEssentials role={role} sources={new Map(sources.map((source) => [source.id, source]))} />
          <RoleFacts role={role} />
        </div>

        <aside className="no-print lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div className="space-y-4 lg:sticky lg:top-4">
            <TableOfContents sections={sections} />
            <nav aria-labelledby="comparer-avec" className="rounded-lg border border-line p-4 text-sm">
              <h2 id="comparer-avec" className="mb-2 text-base font-bold">Comparer avec…</h2>
              <ul className="space-y-1.5">
                {partners.map((other) => (
                  <li key={other.slug}>
                    <SiteLink href={comparePath(role.slug, other.slug)}>{other.title}</SiteLink>
                  </li>
                ))}
                {partners.length < roles.length - 1 && (
                  <li>
                    <SiteLink href="/compare">Un autre rôle…</SiteLink>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </aside>

        <div className="min-w-0 space-y-8 lg:col-start-1">
          <MarkdownBody html={role.html} />
          <section aria-labelledby="sources" className="max-w-prose space-y-4">
            <h2 id="sources" className="border-t border-line pt-6 text-2xl font-bold">
              Sources
            </h2>
            <PageSources sources={sources} />
            {elsewhere > 0 && (
              <p className="text-sm text-muted">
                Les sections qui ont leur propre page citent {elsewhere} autres sources, listées sur chacune d’elles et dans la{" "}
                <SiteLink href="/sources">bibliographie</SiteLink>.
              </p>
            )}
          </section>
          <JobAdPanel path={rolePath(role.slug)} siteOrigin={siteUrl()} writeAdHref={writeAdPath(role.slug)} title={role.title} summary={role.summary} sections={role.sections} />
        </div>
      </div>

    </article>
  );
}
