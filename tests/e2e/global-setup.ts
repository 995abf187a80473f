import type { TestProject } from "vitest/node";
import { startProductionServer, type ProductionServer } from "../../scripts/production-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ProductionServer | undefined;

/** Builds once if there is no production build, then serves it with `next start` on a free port. */
export async function setup(project: TestProject) {
  server = await startProductionServer();
  project.provide("baseUrl", server.baseUrl);
}

export async function teardown() {
  await server?.stop();
}
