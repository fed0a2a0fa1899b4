import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type BuildOrigin, resolveBuildOrigin } from "@lifewelfare/content-models";

/**
 * The address of the local site server, used when no public address is set so that staff can
 * still test QR codes and links: `http://localhost:<SITE_PORT>` (default port 4321, `npm start`).
 */
export function localSiteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return `http://localhost:${Number(env.SITE_PORT) || 4321}`;
}

/**
 * The build origin of the snapshot in `snapshotDir` (`resolveBuildOrigin` over `override`, its
 * `guidebook.siteOrigin` and `localOrigin`). Reads only that field of `snapshot.json`; the full
 * snapshot is validated where it is used.
 * @throws Error when `snapshot.json` cannot be read.
 */
export async function snapshotBuildOrigin(
  snapshotDir: string,
  options: { override?: string; localOrigin: string },
): Promise<BuildOrigin> {
  const raw = JSON.parse(await readFile(join(snapshotDir, "snapshot.json"), "utf8")) as {
    guidebook?: { siteOrigin?: unknown };
  };
  const configured = raw.guidebook?.siteOrigin;
  return resolveBuildOrigin({
    override: options.override,
    configured: typeof configured === "string" ? configured : undefined,
    localOrigin: options.localOrigin,
  });
}
