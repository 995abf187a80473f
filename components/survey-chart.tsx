import type { SurveyFigure } from "@/lib/figures";

type SurveyChartProps = {
  survey: SurveyFigure;
  titles: Record<string, string>;
  sources: Record<string, { title: string; href: string }>;
};

const ROW = 44;
const LABEL = 170;
const WIDTH = 420;

/** Horizontal bars in inline SVG, rendered on the server, with the same figures as a table. */
export function SurveyChart({ survey, titles, sources }: SurveyChartProps) {
  const height = survey.values.length * ROW + 8;
  const scale = (WIDTH - LABEL - 50) / 100;
  const caption = `${survey.question} : ${survey.title}, ${survey.date}, ${survey.sample}.`;
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="sondage-titre" className="chart w-full max-w-xl">
        <title id="sondage-titre">
          {`${caption} ${survey.values.map((entry) => `${titles[entry.slug]} : ${entry.percent} %`).join(", ")}.`}
        </title>
        {survey.values.map((entry, index) => {
          const y = index * ROW + 8;
          return (
            <g key={entry.slug}>
              <text x={LABEL - 10} y={y + 19} textAnchor="end" className="chart-label">
                {titles[entry.slug]}
              </text>
              <rect x={LABEL} y={y} width={entry.percent * scale} height={26} rx={3} className="chart-bar" />
              <text x={LABEL + entry.percent * scale + 8} y={y + 19} className="chart-value">
                {entry.percent} %
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-muted">
        {caption} Source : <a href={sources[survey.sourceId]?.href}>{sources[survey.sourceId]?.title ?? survey.title}</a>, cité par{" "}
        <a href={sources[survey.citedBy]?.href}>{sources[survey.citedBy]?.title ?? survey.citedBy}</a>. {survey.caveat}
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent">Voir les chiffres en tableau</summary>
        <table className="mt-2 border-collapse">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line py-1 pr-6 text-left">Rôle</th>
              <th scope="col" className="border-b border-line py-1 text-right">Entreprises</th>
            </tr>
          </thead>
          <tbody>
            {survey.values.map((entry) => (
              <tr key={entry.slug}>
                <th scope="row" className="py-1 pr-6 text-left font-normal">{titles[entry.slug]}</th>
                <td className="py-1 text-right">{entry.percent} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
