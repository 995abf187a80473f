import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The source articles' tool: lists passages of 8+ words copied from them. Facts may stay, sentences may not. */
const TOOL = path.resolve("../shared/tools/seed-overlap");

describe.skipIf(!fs.existsSync(TOOL))("no sentence copied from the source articles", () => {
  it.each(["content", "lib", "components", "app"])("%s/ shares no passage with the articles", (dir) => {
    const run = spawnSync("python3", [TOOL, dir, "8"], { encoding: "utf8" });
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);
  });
});
