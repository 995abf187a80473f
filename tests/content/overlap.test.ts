import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SEED_OVERLAP_TOOL, seedsMissing, titleWithSkipReason } from "./seeds";
import { realContent } from "@/tests/support/content";

/** The source articles' tool lists passages of 8+ words copied from them. Facts may stay, sentences may not. */
const missing = seedsMissing({ tool: true });

/**
 * The bibliography gives each article's exact title: a quotation the tool cannot tell from a
 * copied sentence. A passage is let through only when it lies inside the title of an entry.
 */
const fold = (text: string) => text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}_']+/gu)?.join(" ") ?? "";
const titles = realContent().sources.map((source) => fold(source.title));
const copied = (line: string) => !titles.some((title) => title.includes(/"(.*)"$/.exec(line)?.[1] ?? line));

describe.skipIf(missing !== null)(titleWithSkipReason("no sentence copied from the source articles", missing), () => {
  it.each(["content", "lib", "components", "app"])("%s/ shares no passage with the articles, quoted titles aside", (dir) => {
    const run = spawnSync("python3", [SEED_OVERLAP_TOOL, dir, "8"], { encoding: "utf8" });
    // 0: nothing shared, 1: passages listed (then only quoted titles may be among them), 2: bad usage.
    expect([run.status, run.stderr]).toEqual([run.stdout === "" ? 0 : 1, ""]);
    const passages = run.stdout.split("\n").filter((line) => line.includes(" words shared with "));
    expect(passages.filter(copied)).toEqual([]);
  });
});
