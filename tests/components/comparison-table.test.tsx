import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ComparisonTable } from "@/components/comparison-table";
import { compareRoles } from "@/lib/compare";
import { loadContent } from "@/lib/content/load";
import type { Role } from "@/lib/schema";
import { ALPHA_BETA, writeContentDir } from "../support/synthetic";

const [alpha, beta] = loadContent(writeContentDir(ALPHA_BETA)).roles;
const item = (key: string) => ({ key, text: `Mission ${key}`, sources: ["ref"] });
const a: Role = { ...alpha, missions: { strategic: [item("veille")], operational: [item("moderation")] }, channels: [] };
const b: Role = { ...beta, missions: { strategic: [item("veille"), item("strategie")], operational: [] }, channels: [] };

describe("ComparisonTable", () => {
  it("is a table with a column header per role and a row header per dimension", () => {
    render(<ComparisonTable comparison={compareRoles(a, b)} />);
    const table = screen.getByRole("table");
    const columns = within(table).getAllByRole("columnheader");
    expect(columns.map((header) => header.textContent)).toEqual(["Alpha Manager", "Beta Manager"]);
    expect(within(columns[0]).getByRole("link")).toHaveAttribute("href", "/roles/alpha");
    const rows = within(table).getAllByRole("rowheader");
    expect(rows[0]).toHaveTextContent("Raison d’être");
    expect(rows[0]).toHaveAttribute("scope", "row");
    expect(rows).toHaveLength(11);
  });

  it("marks shared and specific missions in each role's cell", () => {
    render(<ComparisonTable comparison={compareRoles(a, b)} />);
    const row = screen.getByRole("row", { name: /Activités principales/ });
    const [cellA, cellB] = within(row).getAllByRole("cell");
    expect(within(cellA).getByText("En commun avec Beta Manager").nextElementSibling).toHaveTextContent("Mission veille");
    expect(within(cellA).getByText("Propre au Alpha Manager").nextElementSibling).toHaveTextContent("Mission moderation");
    expect(within(cellB).getByText("Propre au Beta Manager").nextElementSibling).toHaveTextContent("Mission strategie");
  });

  it("leaves out empty lists and links each value to its sources", () => {
    render(<ComparisonTable comparison={compareRoles(a, b)} />);
    const row = screen.getByRole("row", { name: /Canaux/ });
    expect(within(row).queryByText(/En commun/)).toBeNull();
    const mark = within(within(row).getAllByRole("cell")[0]).getByRole("link", { name: /source 1 : Référence de test/ });
    expect(mark).toHaveAttribute("href", "/roles/alpha#source-ref");
  });
});
