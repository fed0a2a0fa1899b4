import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Folder where the first site e2e file of the run builds the fixture site for the others. */
    sharedSiteDir: string;
  }
}

/**
 * Global setup of the `site` project: hands every test file one folder for the shared fixture
 * build (built lazily by `sharedFixtureSite`, so a run without e2e files builds nothing) and
 * removes it when the run ends.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), "lw-site-shared-"));
  project.provide("sharedSiteDir", dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
