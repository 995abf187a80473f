import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseAd, MAX_AD_LENGTH, textOfMarkup } from "@/lib/analyse/analyse";
import { analyserModel } from "@/lib/analyse/language";
import type { LabelledAd } from "@/lib/analyse/evaluate";
import { realContent } from "@/tests/support/content";
import { PATHOLOGICAL, repeated } from "@/scripts/support/pathological";

/**
 * No text makes the analyser work more than linearly in its length: the worst inputs of the
 * largest size accepted cost a small multiple of a realistic ad of 5 000 characters, measured
 * in the same run (processor time, the least of several runs, so that a busy machine slows both).
 */
const model = analyserModel(realContent(), "fr");
const ads = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "eval-set.json"), "utf8")) as { ads: LabelledAd[] }).ads;

/** Real job-ad text, the ads of the evaluation set one after the other, cut at `length`. */
function realisticAd(length: number): string {
  let text = "";
  for (let index = 0; text.length < length; index++) text += `${ads[index % ads.length].text}\n\n`;
  return text.slice(0, length);
}

/** The least processor time, in microseconds, of `runs` calls. */
function cpuTime(run: () => void, runs = 5): number {
  let least = Infinity;
  for (let index = 0; index < runs; index++) {
    const start = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(start);
    least = Math.min(least, user + system);
  }
  return least;
}

/** Linear work on 4 times the text of the reference costs about 4 times as much; quadratic work, hundreds of times. */
const MAX_RATIO = 25;

describe("the analyser on pathological inputs of the largest size", () => {
  const reference = realisticAd(5_000);
  analyseAd(model, reference);
  const referenceTime = Math.max(cpuTime(() => analyseAd(model, reference)), 1_000);

  it.each(Object.entries(PATHOLOGICAL))("%s: within a small multiple of a realistic ad of 5 000 characters", (_name, input) => {
    expect(input.length).toBe(MAX_AD_LENGTH);
    const time = cpuTime(() => analyseAd(model, input));
    expect(time / referenceTime, `${Math.round(time / 1000)} ms against ${Math.round(referenceTime / 1000)} ms`).toBeLessThan(MAX_RATIO);
  });

  it("reads markup in one pass: a text 10 times longer costs about 10 times as much, not 100", () => {
    const small = cpuTime(() => textOfMarkup(repeated("<p", 2_000)), 9);
    const large = cpuTime(() => textOfMarkup(repeated("<p", 20_000)), 9);
    expect(large / Math.max(small, 50)).toBeLessThan(30);
  });
});
