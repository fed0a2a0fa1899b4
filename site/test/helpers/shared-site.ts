import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseContent, type Snapshot, snapshotSchema } from "@lifewelfare/content-models";
import { inject } from "vitest";
import { buildFixtureSite } from "./build.ts";

/** The fixture site built at `/`, shared by the site e2e files of one run. */
export type SharedSite = {
  /** The snapshot it was built from, parsed (defaults filled). */
  snapshot: Snapshot;
  outDir: string;
  snapshotDir: string;
  /** A secret that was in the build's environment (PAYLOAD_SECRET) and must appear nowhere. */
  canary: string;
};

/**
 * The fixture site (`buildFixtureSite("/")`), built once per vitest run into the folder the
 * project's global setup provides and reused by every later file: an Astro + Pagefind build takes
 * about a minute. The build runs with a random PAYLOAD_SECRET (`canary`) in its environment.
 */
export async function sharedFixtureSite(): Promise<SharedSite> {
  const dir = inject("sharedSiteDir");
  const manifest = join(dir, "site.json");
  if (existsSync(manifest)) return JSON.parse(await readFile(manifest, "utf8")) as SharedSite;
  const canary = `canary-${Math.random().toString(36).slice(2)}`;
  const previous = process.env.PAYLOAD_SECRET;
  process.env.PAYLOAD_SECRET = canary;
  try {
    await mkdir(dir, { recursive: true });
    const built = await buildFixtureSite("/", dir);
    const site: SharedSite = {
      snapshot: parseContent(snapshotSchema, built.snapshot, "fixture"),
      outDir: built.outDir,
      snapshotDir: built.snapshotDir,
      canary,
    };
    await writeFile(manifest, JSON.stringify(site));
    return site;
  } finally {
    if (previous === undefined) delete process.env.PAYLOAD_SECRET;
    else process.env.PAYLOAD_SECRET = previous;
  }
}
