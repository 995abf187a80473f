import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { GuideResult } from "@/components/guide-result";
import { OrgDiagram } from "@/components/org-diagram";
import { SurveyChart } from "@/components/survey-chart";
import { sourceLink } from "@/lib/citations";
import { recommend } from "@/lib/guide";
import { layoutOrganisation } from "@/lib/organisation";
import { toRoleSummary } from "@/lib/role-summary";
import { guideWords } from "@/app/_views/words";
import { realContent } from "@/tests/support/content";

const content = realContent();
const titles = Object.fromEntries(content.roles.map((role) => [role.slug, role.title]));
const sources = Object.fromEntries(content.sources.map((source, index) => [source.id, sourceLink(source, index + 1)]));
const [survey] = content.surveys;

describe("SurveyChart", () => {
  it("draws one bar per role, proportional to its share, with a text alternative", () => {
    const { container } = render(<SurveyChart survey={survey} titles={titles} source={sources[survey.source]} />);
    const expected = survey.values.map((value) => `${titles[value.role]}\u00a0: ${value.percent}\u00a0%`).join(", ");
    expect(screen.getByRole("img")).toHaveAccessibleName(expect.stringContaining(expected));
    const widths = [...container.querySelectorAll("rect")].map((rect) => Number(rect.getAttribute("width")));
    expect(widths[0] / widths[1]).toBeCloseTo(survey.values[0].percent / survey.values[1].percent, 5);
    expect(container.querySelector("figcaption")).toHaveTextContent(survey.sample);
  });

  it("gives the same figures as a table, outside the figure", () => {
    const { container } = render(<SurveyChart survey={survey} titles={titles} source={sources[survey.source]} />);
    const table = screen.getByRole("table");
    const [first] = survey.values;
    expect(within(table).getByRole("rowheader", { name: titles[first.role] }).nextElementSibling?.textContent).toBe(`${first.percent}\u00a0%`);
    expect(within(table).getAllByRole("row")).toHaveLength(survey.values.length + 1);
    expect(container.querySelector("figure details, figure table")).toBeNull();
  });

  it("leaves out a role that is not in the catalogue instead of drawing a bar without a name", () => {
    const { container } = render(<SurveyChart survey={{ ...survey, values: [...survey.values, { role: "inconnu", percent: 10 }] }} titles={titles} source={sources[survey.source]} />);
    expect(container.querySelectorAll("svg rect")).toHaveLength(survey.values.length);
  });
});

describe("OrgDiagram", () => {
  const organisation = content.organisation!;
  const layout = layoutOrganisation(organisation, content.roles);

  it("is an image with a title and description, and the same information as a list", () => {
    render(<OrgDiagram title={organisation.title} description={organisation.description} layout={layout} note={organisation.note} sources={sources} />);
    expect(screen.getByRole("img")).toHaveAccessibleName(organisation.title);
    expect(screen.getByRole("img")).toHaveAccessibleDescription(organisation.description);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(layout.boxes.length + layout.arrows.length);
    for (const role of content.roles) expect(screen.getByRole("link", { name: role.title })).toHaveAttribute("href", `/roles/${role.slug}`);
  });

  it("draws a box per node and an arrow per link, inside the drawing", () => {
    const { container } = render(<OrgDiagram title="T" description="D" layout={layout} sources={sources} />);
    expect(container.querySelectorAll("svg rect")).toHaveLength(layout.boxes.length);
    expect(container.querySelectorAll("svg line")).toHaveLength(layout.arrows.length);
    const [, , width] = container.querySelector("svg")!.getAttribute("viewBox")!.split(" ").map(Number);
    for (const rect of container.querySelectorAll("svg rect")) expect(Number(rect.getAttribute("x")) + Number(rect.getAttribute("width"))).toBeLessThanOrEqual(width);
  });
});

describe("GuideResult", () => {
  const roles = Object.fromEntries(content.roles.map((role) => [role.slug, toRoleSummary(role)]));
  const guide = content.guide!;

  it("names the roles, the answer that decided, the reasons for and against with their sources, and links onwards", () => {
    const answers = { besoin: "strategie", audience: "petite", conversion: "visites", postes: "un", agence: "non" };
    const recommendation = recommend(guide, answers)!;
    render(<GuideResult words={guideWords("fr", guide.questions.length)} locale="fr" recommendation={recommendation} roles={roles} sources={sources} sharePath="/guide?besoin=strategie#recommandation" />);
    const [first, second] = recommendation.roles;
    expect(screen.getByRole("link", { name: titles[first] })).toHaveAttribute("href", `/roles/${first}`);
    expect(screen.getByText(/Ce qui a décidé/)).toHaveTextContent(recommendation.decisive.answer);
    expect(screen.getByRole("heading", { name: "Pour" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Contre-arguments" })).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Hajjar" })[0]).toHaveAttribute("href", "/sources#source-hajjar");
    if (second) expect(screen.getByRole("link", { name: `Comparer ${titles[first]} et ${titles[second]}` })).toHaveAttribute("href", `/compare/${first}/${second}`);
    expect(screen.getByRole("link", { name: "Lien vers ce résultat" })).toHaveAttribute("href", "/guide?besoin=strategie#recommandation");
  });
});
