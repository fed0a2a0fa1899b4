import { cp } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { snapshotDir } from "../config/site-env.ts";

/** Files of the snapshot folder published as they are: open data, the read API (`api/`) and media. */
const PASS_THROUGH = ["policies.json", "policies.schema.json", "policies.csv", "policies.xlsx", "api", "media"];

/**
 * After Astro writes the pages: copies the open-data files, the read API and media from the snapshot
 * folder into the output. (The search index is written after Astro's process has exited: `buildSite`.)
 */
export function guidebookOutput(): AstroIntegration {
  return {
    name: "lifewelfare-guidebook-output",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const source = snapshotDir();
        for (const name of PASS_THROUGH) {
          await cp(join(source, name), join(out, name), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== "ENOENT") throw error;
            logger.warn(`${name} is not in ${source}; the output will not have it.`);
          });
        }
      },
    },
  };
}
