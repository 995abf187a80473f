import type { TestProject } from "vitest/node";
import { ensureBuild, startNextServer, type NextServer } from "../../scripts/support/next-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: NextServer | undefined;

/** Builds once if there is no production build, then serves it with `next start` on a free port. */
export async function setup(project: TestProject) {
  ensureBuild();
  server = await startNextServer(".", { stdio: ["ignore", "inherit", "inherit"] });
  project.provide("baseUrl", server.url);
}

export async function teardown() {
  await server?.stop();
}
