import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";

/** The source articles' tool: lists passages of 8+ words copied from them. Facts may stay, sentences may not. */
const TOOL = path.resolve("../shared/tools/seed-overlap");

/**
 * The bibliography gives each article's exact title: a quotation the tool cannot tell from a
 * copied sentence. A passage is let through only when it lies inside the title of an entry.
 */
const fold = (text: string) => text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}_']+/gu)?.join(" ") ?? "";
const titles = loadContent("content").sources.map((source) => fold(source.title));
const copied = (line: string) => !titles.some((title) => title.includes(/"(.*)"$/.exec(line)?.[1] ?? line));

describe.skipIf(!fs.existsSync(TOOL))("no sentence copied from the source articles", () => {
  it.each(["content", "lib", "components", "app"])("%s/ shares no passage with the articles, quoted titles aside", (dir) => {
    const run = spawnSync("python3", [TOOL, dir, "8"], { encoding: "utf8" });
    const passages = run.stdout.split("\n").filter((line) => line.includes(" words shared with "));
    expect(passages.filter(copied)).toEqual([]);
  });
});
