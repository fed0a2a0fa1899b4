import { buildSite } from "../../build.ts";
import { fixtureSnapshot, hostilePolicy, tempDir, writeSnapshotDir } from "./snapshot.ts";

/** Builds the fixture snapshot (plus the hostile-text policy) under `base`; returns the folders. */
export async function buildFixtureSite(base: string) {
  const snapshot = await fixtureSnapshot();
  snapshot.policies.push(hostilePolicy(snapshot.departments[0]?.id));
  const snapshotDir = await writeSnapshotDir(snapshot);
  const outDir = await tempDir("lw-site-out-");
  await buildSite({ snapshotDir, outDir, base });
  return { snapshot, snapshotDir, outDir };
}
