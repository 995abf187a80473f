import { useTranslations } from "next-intl";
import type { SourceLink } from "@/lib/citations";
import type { Survey } from "@/lib/schema";

type SurveyChartProps = {
  survey: Survey;
  titles: Record<string, string>;
  /** The survey's source, and the source that reports it when it is known only through another. */
  source: SourceLink;
  reportedBy?: SourceLink;
};

const ROW = 44;
const LABEL = 170;
const WIDTH = 420;

/** Horizontal bars in inline SVG, rendered on the server, with the same figures as a table. */
export function SurveyChart({ survey, titles, source, reportedBy }: SurveyChartProps) {
  const values = survey.values.filter((entry) => titles[entry.role]);
  const height = values.length * ROW + 8;
  const scale = (WIDTH - LABEL - 50) / 100;
  const t = useTranslations("figures");
  const percent = (value: number) => t("percent", { value });
  const caption = `${survey.question}${t("colon")} ${survey.title}, ${survey.date}, ${survey.sample}.`;
  return (
    <div className="space-y-3">
      <figure className="figure-grid space-y-3">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="sondage-titre" className="chart w-full max-w-xl">
        <title id="sondage-titre">
          {`${caption} ${values.map((entry) => `${titles[entry.role]}${t("colon")} ${percent(entry.percent)}`).join(", ")}.`}
        </title>
        {values.map((entry, index) => {
          const y = index * ROW + 8;
          return (
            <g key={entry.role}>
              <text x={LABEL - 10} y={y + 19} textAnchor="end" className="chart-label">
                {titles[entry.role]}
              </text>
              <rect x={LABEL} y={y} width={entry.percent * scale} height={26} rx={3} className="chart-bar" />
              <text x={LABEL + entry.percent * scale + 8} y={y + 19} className="chart-value">
                {percent(entry.percent)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-muted">
        {caption} {t("source")} <a href={source.href}>{source.label}</a>
        {reportedBy && t.rich("reportedBy", { label: reportedBy.label, link: (chunks) => <a href={reportedBy.href}>{chunks}</a> })}
        . {survey.caveat}
      </figcaption>
      </figure>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent">{t("table")}</summary>
        <table className="mt-2 border-collapse">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line py-1 pr-6 text-left">{t("role")}</th>
              <th scope="col" className="border-b border-line py-1 text-right">{t("companies")}</th>
            </tr>
          </thead>
          <tbody>
            {values.map((entry) => (
              <tr key={entry.role}>
                <th scope="row" className="py-1 pr-6 text-left font-normal">{titles[entry.role]}</th>
                <td className="py-1 text-right">{percent(entry.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
