import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildLegalModel } from "@/lib/analyse/legal";
import { evaluateLegal, type LegallyLabelledAd } from "@/lib/analyse/legal-evaluate";
import { realContent } from "@/tests/support/content";

/**
 * The legal checks against the `legal` labels of the real ads (content/job-ads/ads.json, 98 when measured, 128 since 2026-12-08;
 * `npm run eval:legal` prints the figures). Measured on 2026-12-07: sexMark P 100 % R 89 %,
 * notFrench P 100 % R 100 %, payGiven P 80 % R 100 %, criteria 2/2 with no false positive,
 * ageLimit no false positive (no ad of the set has an age limit).
 *
 * The floors sit one or two ads below those figures on the tune split, and lower on the holdout
 * split, which no rule was adjusted on: they catch a rule that breaks, not an ad that moves.
 * - title marks: the label is a fact of form, so ≥ 90 % precision and ≥ 80 % recall;
 * - language: stop-word shares separate French from English ads by a wide margin: ≥ 95 %;
 * - pay: ≥ 70 % precision (sums of money in company blurbs are the known confusion), ≥ 90 % recall;
 * - criteria and age: at most 2 false positives over the set (a warning on a clean ad costs a
 *   recruiter's trust), and both labelled criteria found.
 */
const content = realContent("fr");
const model = buildLegalModel(content.jobAdChecks, content.sources, "fr");
const ads = (JSON.parse(fs.readFileSync(path.join(process.cwd(), "content/job-ads/ads.json"), "utf8")) as { ads: LegallyLabelledAd[] }).ads;

describe("the legal checks on the labelled real ads", () => {
  const report = evaluateLegal(model, ads);

  it("find the sex marks of titles", () => {
    expect(report.sexMark.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.sexMark.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("find the ads not in French", () => {
    expect(report.notFrench.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.notFrench.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("find the figures of pay", () => {
    expect(report.payGiven.precision).toBeGreaterThanOrEqual(0.7);
    expect(report.payGiven.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("find the labelled criteria, with few false alarms", () => {
    expect(report.criteria.recall).toBe(1);
    expect(report.criteria.falsePositives).toBeLessThanOrEqual(2);
    expect(report.ageLimit.falsePositives).toBeLessThanOrEqual(2);
  });
});
