import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ComparisonSources, ComparisonTable } from "@/components/comparison-table";
import { compareRoles } from "@/lib/compare";
import { loadContent } from "@/lib/content/load";
import type { Role } from "@/lib/schema";
import { ALPHA_BETA, writeContentDir } from "@/scripts/support/synthetic";

const [alpha, beta] = loadContent(writeContentDir(ALPHA_BETA)).roles;
const item = (key: string, text = `Mission ${key}`) => ({ key, text, sources: ["ref"] });
const a: Role = { ...alpha, missions: { strategic: [item("veille")], operational: [item("moderation")] }, channels: [] };
const b: Role = { ...beta, missions: { strategic: [item("veille"), item("strategie")], operational: [] }, channels: [] };

describe("ComparisonTable", () => {
  it("is a table with a column header per role and a row header per dimension, without ARIA roles", () => {
    const { container } = render(<ComparisonTable comparison={compareRoles(a, b)} />);
    const table = screen.getByRole("table");
    const columns = within(table).getAllByRole("columnheader");
    expect(columns.map((header) => header.textContent)).toEqual(["Alpha Manager", "Beta Manager"]);
    expect(within(columns[0]).getByRole("link")).toHaveAttribute("href", "/roles/alpha");
    const rows = within(table).getAllByRole("rowheader");
    expect(rows[0]).toHaveTextContent("Raison d’être");
    expect(rows[0]).toHaveAttribute("scope", "row");
    expect(container.querySelectorAll("tbody")).toHaveLength(11);
    expect(container.querySelectorAll("[role]")).toHaveLength(0);
  });

  it("puts shared items in one cell across both role columns, and specific ones side by side with a label", () => {
    render(<ComparisonTable comparison={compareRoles(a, b)} />);
    const shared = screen.getByRole("row", { name: /Activités principales\s:\sen commun/ });
    const [sharedCell] = within(shared).getAllByRole("cell");
    expect(sharedCell).toHaveAttribute("colspan", "2");
    expect(sharedCell).toHaveTextContent("En commun aux deux (1)");
    expect(sharedCell).toHaveTextContent("Mission veille");
    const specific = screen.getByRole("row", { name: /Activités principales\s:\spropre/ });
    const [cellA, cellB] = within(specific).getAllByRole("cell");
    expect(cellA).toHaveTextContent(/Propre au .+ \(1\).*Mission moderation/);
    expect(cellB).toHaveTextContent(/Propre au .+ \(1\).*Mission strategie/);
  });

  it("shows each role's wording of a shared item when they differ", () => {
    const worded: Role = { ...b, missions: { strategic: [item("veille", "Veiller autrement")], operational: [] } };
    render(<ComparisonTable comparison={compareRoles(a, worded)} />);
    const [cell] = within(screen.getByRole("row", { name: /Activités principales\s:\sen commun/ })).getAllByRole("cell");
    expect(cell).toHaveTextContent("Mission veille");
    expect(cell).toHaveTextContent("Veiller autrement");
  });

  it("leaves out empty lists and links each statement, once, to the table's numbered sources", () => {
    const comparison = compareRoles(a, b);
    render(
      <>
        <ComparisonTable comparison={comparison} />
        <ComparisonSources comparison={comparison} />
      </>,
    );
    expect(screen.queryByRole("row", { name: /Canaux\s:\sen commun/ })).toBeNull();
    const row = screen.getByRole("row", { name: /^Canaux/ });
    const marks = within(within(row).getAllByRole("cell")[0]).getAllByRole("link");
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveAccessibleName(/^source ?\[1\]\s?: Référence de test/);
    expect(marks[0]).toHaveAttribute("href", "#source-ref");
    expect(document.getElementById("source-ref")).toHaveTextContent(/^1\./);
  });
});
