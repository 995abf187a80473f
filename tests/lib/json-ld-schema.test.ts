import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { roleJsonLd } from "@/lib/json-ld";
import { propertiesOf, unknownProperties } from "../support/schema-org";
import { ALPHA_BETA, writeContentDir } from "@/scripts/support/synthetic";
import { realContent } from "@/tests/support/content";

describe("JSON-LD against schema.org's definitions", () => {
  it("reads the vocabulary: Occupation inherits Thing's properties", () => {
    const occupation = propertiesOf("Occupation");
    expect(occupation.has("occupationalCategory")).toBe(true);
    expect(occupation.has("name")).toBe(true);
    expect(occupation.has("dateModified")).toBe(false);
    expect(propertiesOf("WebPage").has("dateModified")).toBe(true);
  });

  it("catches a property that does not exist", () => {
    expect(unknownProperties({ "@type": "Occupation", name: "x", salaire: 1 })).toEqual(["Occupation.salaire"]);
  });

  it.each(realContent().roles.map((role) => [role.slug, role] as const))("uses only defined properties on %s", (_slug, role) => {
    expect(unknownProperties(roleJsonLd(role, "fr"))).toEqual([]);
  });

  it("uses only defined properties when a salary is present", () => {
    const [role] = loadContent(writeContentDir(ALPHA_BETA)).roles;
    const paid = { ...role, salary: { amount: 2200, currency: "EUR" as const, period: "month" as const, basis: "gross" as const, year: 2024, source: "ref", covers: "x" } };
    expect(unknownProperties(roleJsonLd(paid, "fr"))).toEqual([]);
  });
});
