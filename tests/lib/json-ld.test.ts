import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { roleJsonLd, serializeJsonLd, sourcesJsonLd } from "@/lib/json-ld";
import { SCHEMA_VERSION, roleRecord } from "@/lib/records";
import { ALPHA_BETA, writeContentDir } from "@/scripts/support/synthetic";

const [alpha] = loadContent(writeContentDir(ALPHA_BETA)).roles;

describe("roleJsonLd", () => {
  it("describes a WebPage whose main entity is the Occupation with its codes", () => {
    const data = roleJsonLd(alpha, "fr");
    expect(data["@type"]).toBe("WebPage");
    expect(data.dateModified).toBe("2026-11-23");
    expect(data.mainEntity).toMatchObject({
      "@type": "Occupation",
      name: "Alpha Manager",
      alternateName: ["Animateur alpha", "Animatrice alpha"],
      occupationalCategory: [
        { "@type": "CategoryCode", codeValue: "E1101" },
        { "@type": "CategoryCode", codeValue: "2432" },
      ],
    });
    expect(data.mainEntity.url).toMatch(/^https?:\/\/.+\/roles\/alpha$/);
    expect(data.mainEntity.skills).toContain("Compétence ecrire");
    expect(data.mainEntity).not.toHaveProperty("estimatedSalary");
  });

  it("adds estimatedSalary only where the content has pay figures: a median as a distribution, a range as an amount", () => {
    const row = { level: "beginner" as const, period: "month" as const, basis: "gross" as const, year: 2024, area: "france" as const, source: "ref", covers: "Offres" };
    const paid = { ...alpha, pay: [{ ...row, statistic: "median" as const, amount: 2200 }, { ...row, statistic: "range" as const, amount: 2000, amountMax: 2600 }] };
    expect(roleJsonLd(paid, "fr").mainEntity.estimatedSalary).toEqual([
      expect.objectContaining({ "@type": "MonetaryAmountDistribution", median: 2200, duration: "P1M", currency: "EUR", name: "Offres (2024)" }),
      expect.objectContaining({ "@type": "MonetaryAmount", minValue: 2000, maxValue: 2600, currency: "EUR" }),
    ]);
  });

  it("cites each source by its bibliography entry, which the bibliography's JSON-LD describes", () => {
    const data = roleJsonLd(alpha, "fr");
    const cited = alpha.sources.filter((source) => alpha.rolePageSourceIds.includes(source.id));
    expect(cited.length).toBeGreaterThan(0);
    expect(data.citation).toEqual(cited.map((source) => ({ "@id": expect.stringMatching(new RegExp(`/sources#source-${source.id}$`)) })));
    expect(roleJsonLd(alpha, "en").citation[0]["@id"]).toMatch(/\/en\/sources#source-/);
    const bibliography = sourcesJsonLd(alpha.sources, "fr", "Sources");
    const described = new Map(bibliography.hasPart.map((work) => [work["@id"], work]));
    for (const [index, source] of cited.entries()) {
      expect(described.get(data.citation[index]["@id"])).toMatchObject({ "@type": "CreativeWork", name: source.title, ...(source.url && { url: source.url }) });
    }
  });

  it("cannot close its script element", () => {
    expect(serializeJsonLd({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});

describe("roleRecord", () => {
  it("exposes the documented fields with absolute URLs", () => {
    const record = roleRecord(alpha);
    expect(SCHEMA_VERSION).toBe(2);
    expect(Object.keys(record)).toEqual(expect.arrayContaining(["slug", "title", "otherTitles", "aliasSlugs", "url", "summary", "positioning", "missions", "skills", "indicators", "dimensions", "codes", "pay", "sources"]));
    expect(record.aliasSlugs[0]).toMatchObject({ slug: "animateur-alpha", url: expect.stringMatching(/\/roles\/animateur-alpha$/) });
    expect(record.dimensions.map((dimension) => dimension.id)).toContain("whenToChoose");
  });
});
