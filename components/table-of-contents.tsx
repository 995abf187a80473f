import { useTranslations } from "next-intl";
import type { Section } from "@/lib/schema";

type TableOfContentsProps = { sections: Section[] };

export function TableOfContents({ sections }: TableOfContentsProps) {
  const t = useTranslations("role");
  return (
    <nav aria-labelledby="sommaire-titre" className="no-print rounded-lg border border-line bg-surface p-4 text-sm">
      <h2 id="sommaire-titre" className="mb-2 text-base font-bold">
        {t("toc")}
      </h2>
      {/* On a phone, the links wrap like words (a few lines instead of a screen); a column beside the text on a wide screen. */}
      <ol className="flex flex-wrap gap-x-4 gap-y-1.5 lg:block lg:space-y-1.5">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
