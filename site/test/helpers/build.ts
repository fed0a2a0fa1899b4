import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SnapshotInput } from "@lifewelfare/content-models";
import { fixtureSnapshot } from "@lifewelfare/content-models/testing";
import { tempDir } from "@lifewelfare/test-support/temp-dir";
import sharp from "sharp";
import { buildSite } from "../../build.ts";
import { hostilePolicy, writeSnapshotDir } from "./snapshot.ts";

/**
 * The build date of the fixture site: fixed, so the fixture's 시행예정 2027. 3. 1. stays 시행예정
 * whatever day the tests run (statuses are derived for the build's date).
 */
export const FIXTURE_BUILD_DATE = "2026-11-30";

/** The fixture policy the site build gives previous slugs and an image (임신축하금). */
export const ILLUSTRATED_POLICY_ID = "g-pregnancy-gift";
/** Addresses 임신축하금 had before: each must lead to its current page. */
export const PREVIOUS_SLUGS = ["임신-축하금", "pregnancy-gift-2025"];
/** The image added to 임신축하금: a real 64×48 PNG in the snapshot's media folder. */
export const POLICY_IMAGE = {
  id: "img-pregnancy-gift",
  alt: "임신축하금 신청서 작성 예시",
  original: { name: "original", src: "media/pregnancy-gift.png", width: 64, height: 48, mimeType: "image/png" },
  variants: [],
};

/** Gives the illustrated policy its previous slugs and image; writes the image into `snapshotDir`. */
async function illustrate(snapshot: SnapshotInput, snapshotDir: string): Promise<void> {
  const policy = snapshot.policies.find((p) => p.id === ILLUSTRATED_POLICY_ID);
  if (!policy) throw new Error(`the fixture has no ${ILLUSTRATED_POLICY_ID}`);
  Object.assign(policy, { previousSlugs: PREVIOUS_SLUGS, images: [POLICY_IMAGE] });
  const { width, height, src } = POLICY_IMAGE.original;
  await mkdir(join(snapshotDir, "media"), { recursive: true });
  const png = await sharp({ create: { width, height, channels: 3, background: "#2d6a4f" } })
    .png()
    .toBuffer();
  await writeFile(join(snapshotDir, src), png);
}

/**
 * Builds the fixture snapshot (plus the hostile-text policy, and 임신축하금 with previous slugs and
 * an image) under `base`; returns the folders, made inside `parent` when given.
 */
export async function buildFixtureSite(base: string, parent?: string) {
  const snapshot = await fixtureSnapshot();
  snapshot.policies.push(hostilePolicy(snapshot.departments[0]?.id));
  const snapshotDir = parent ? await mkdtemp(join(parent, "snapshot-")) : await tempDir("lw-site-snapshot-");
  await illustrate(snapshot, snapshotDir);
  await writeSnapshotDir(snapshot, snapshotDir);
  const outDir = parent ? await mkdtemp(join(parent, "out-")) : await tempDir("lw-site-out-");
  await buildSite({ snapshotDir, outDir, base, today: FIXTURE_BUILD_DATE });
  return { snapshot, snapshotDir, outDir };
}
