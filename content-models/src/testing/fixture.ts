import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SnapshotInput } from "../snapshot.ts";

/**
 * Absolute path of the shared fixture snapshot, `content-models/test/fixtures/snapshot.json`:
 * the 2026 광양시 edition with the 12 flagship policies and a few more, valid against `snapshotSchema`.
 */
export const FIXTURE_SNAPSHOT_PATH = fileURLToPath(new URL("../../test/fixtures/snapshot.json", import.meta.url));

/** The fixture snapshot as raw JSON input (a fresh copy each call, safe to mutate). */
export function fixtureSnapshot(): SnapshotInput {
  return JSON.parse(readFileSync(FIXTURE_SNAPSHOT_PATH, "utf8"));
}
