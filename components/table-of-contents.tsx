import type { Section } from "@/lib/schema";

type TableOfContentsProps = { sections: Section[] };

export function TableOfContents({ sections }: TableOfContentsProps) {
  return (
    <nav aria-labelledby="sommaire-titre" className="no-print rounded-lg border border-line bg-surface p-4 text-sm">
      <h2 id="sommaire-titre" className="mb-2 text-base font-bold">
        Sommaire
      </h2>
      <ol className="space-y-1.5">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
