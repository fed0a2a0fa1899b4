import { fixtureSnapshot } from "@lifewelfare/content-models/testing";
import { tempDir } from "@lifewelfare/test-support/temp-dir";
import { buildSite } from "../../build.ts";
import { hostilePolicy, writeSnapshotDir } from "./snapshot.ts";

/**
 * The build date of the fixture site: fixed, so the fixture's 시행예정 2027. 3. 1. stays 시행예정
 * whatever day the tests run (statuses are derived for the build's date).
 */
export const FIXTURE_BUILD_DATE = "2026-11-30";

/** Builds the fixture snapshot (plus the hostile-text policy) under `base`; returns the folders. */
export async function buildFixtureSite(base: string) {
  const snapshot = await fixtureSnapshot();
  snapshot.policies.push(hostilePolicy(snapshot.departments[0]?.id));
  const snapshotDir = await writeSnapshotDir(snapshot);
  const outDir = await tempDir("lw-site-out-");
  await buildSite({ snapshotDir, outDir, base, today: FIXTURE_BUILD_DATE });
  return { snapshot, snapshotDir, outDir };
}
