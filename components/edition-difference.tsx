import { useTranslations } from "next-intl";
import type { EditionDifference, SectionDifference, SentenceChange } from "@/lib/editions/diff";

/** Unchanged sentences shown around a change; the others fold into « n phrases inchangées ». */
const CONTEXT = 1;

type Run = { kind: "change"; change: SentenceChange } | { kind: "folded"; sentences: string[] };

/** Keeps CONTEXT unchanged sentences on each side of a change and folds longer stretches. */
function runs(changes: SentenceChange[]): Run[] {
  const result: Run[] = [];
  let index = 0;
  while (index < changes.length) {
    if (changes[index].kind !== "same") {
      result.push({ kind: "change", change: changes[index] });
      index += 1;
      continue;
    }
    let end = index;
    while (end < changes.length && changes[end].kind === "same") end += 1;
    const stretch = changes.slice(index, end);
    const keepBefore = index === 0 ? 0 : CONTEXT;
    const keepAfter = end === changes.length ? 0 : CONTEXT;
    if (stretch.length <= keepBefore + keepAfter + 1) stretch.forEach((change) => result.push({ kind: "change", change }));
    else {
      stretch.slice(0, keepBefore).forEach((change) => result.push({ kind: "change", change }));
      result.push({ kind: "folded", sentences: stretch.slice(keepBefore, stretch.length - keepAfter).map((change) => (change.kind === "changed" ? change.after : change.text)) });
      stretch.slice(stretch.length - keepAfter).forEach((change) => result.push({ kind: "change", change }));
    }
    index = end;
  }
  return result;
}

function Sentence({ change }: { change: SentenceChange }) {
  const t = useTranslations("difference");
  switch (change.kind) {
    case "same":
      return <li className="diff-same">{change.text}</li>;
    case "added":
      return (
        <li className="diff-added">
          <ins>
            <span className="sr-only">{t("addedLabel")}</span>
            {change.text}
          </ins>
        </li>
      );
    case "removed":
      return (
        <li className="diff-removed">
          <del>
            <span className="sr-only">{t("removedLabel")}</span>
            {change.text}
          </del>
        </li>
      );
    case "changed":
      return (
        <li className="diff-changed">
          <span className="sr-only">{t("changedLabel")}</span>
          {change.parts.map((part, index) =>
            part.kind === "added" ? (
              <ins key={index}>
                <span className="sr-only">{t("addedLabel")}</span>
                {part.text}
              </ins>
            ) : part.kind === "removed" ? (
              <del key={index}>
                <span className="sr-only">{t("removedLabel")}</span>
                {part.text}
              </del>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </li>
      );
  }
}

function SectionStatus({ section }: { section: SectionDifference }) {
  const t = useTranslations("difference");
  if (section.status === "same") return <>{t("sectionSame")}</>;
  if (section.status === "added") return <>{t("sectionAdded")}</>;
  if (section.status === "removed") return <>{t("sectionRemoved")}</>;
  if (section.status === "rewritten") return <>{t("sectionRewritten")}</>;
  const { added, removed, changed } = section.counts;
  const sep1 = added > 0 && removed + changed > 0 ? ", " : "";
  const sep2 = (added > 0 || removed > 0) && changed > 0 ? ", " : "";
  return <>{t("counts", { added, removed, changed, sep1, sep2 })}</>;
}

type EditionDifferenceViewProps = {
  difference: EditionDifference;
  fromLabel: string;
  toLabel: string;
  /** The earlier edition's page: a rewritten section's earlier text is read there, at its anchor. */
  fromHref: string;
};

/**
 * What changed between two editions, section by section (the editions' own words, `data-frozen`): added sentences underlined, removed
 * ones struck through (`<ins>`, `<del>`, each also named for screen readers), a rewritten sentence
 * marked word by word. Long stretches of unchanged sentences fold into a `<details>`: no script.
 */
export function EditionDifferenceView({ difference, fromLabel, toLabel, fromHref }: EditionDifferenceViewProps) {
  const t = useTranslations("difference");
  const changed = difference.sections.filter((section) => section.status !== "same");
  return (
    <div className="space-y-8">
      {changed.length === 0 && <p>{t("nothing")}</p>}
      {difference.sections.map((section) => (
        <section key={`${section.status}-${section.id}`} aria-labelledby={`diff-${section.status}-${section.id}`} className="max-w-prose space-y-3">
          <h2 id={`diff-${section.status}-${section.id}`} className="text-xl font-bold">
            <span data-frozen="">{section.title}</span> <span className="text-base font-normal text-muted">({<SectionStatus section={section} />})</span>
          </h2>
          {section.status === "rewritten" && (
            <p>
              {t.rich("rewritten", {
                removed: section.counts.removed,
                date: fromLabel,
                link: (chunks) => <a href={`${fromHref}#${section.earlier[0]}`}>{chunks}</a>,
              })}
            </p>
          )}
          {section.status !== "same" && (
            <ul className="diff-list space-y-2" data-frozen="">
              {runs(section.status === "rewritten" ? section.changes.filter((change) => change.kind !== "removed") : section.changes).map((run, index) =>
                run.kind === "change" ? (
                  <Sentence key={index} change={run.change} />
                ) : (
                  <li key={index} className="diff-folded">
                    <details>
                      <summary>{t("unchanged", { count: run.sentences.length })}</summary>
                      <ul className="mt-2 space-y-2">
                        {run.sentences.map((sentence, inner) => (
                          <li key={inner} className="diff-same">
                            {sentence}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ),
              )}
            </ul>
          )}
        </section>
      ))}
      <section aria-labelledby="diff-sources" className="max-w-prose space-y-3">
        <h2 id="diff-sources" className="text-xl font-bold">
          {t("sourcesTitle")}
        </h2>
        {difference.sources.added.length + difference.sources.removed.length === 0 && <p>{t("sourcesSame")}</p>}
        {difference.sources.added.length > 0 && (
          <>
            <h3 className="font-semibold">{t("sourcesAdded", { date: toLabel })}</h3>
            <ul className="diff-list space-y-1" data-frozen="">
              {difference.sources.added.map((entry) => (
                <Sentence key={entry} change={{ kind: "added", text: entry }} />
              ))}
            </ul>
          </>
        )}
        {difference.sources.removed.length > 0 && (
          <>
            <h3 className="font-semibold">{t("sourcesRemoved", { date: fromLabel })}</h3>
            <ul className="diff-list space-y-1" data-frozen="">
              {difference.sources.removed.map((entry) => (
                <Sentence key={entry} change={{ kind: "removed", text: entry }} />
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
