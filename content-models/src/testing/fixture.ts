import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SnapshotInput } from "../snapshot.ts";

/** `content-models/test/fixtures/snapshot.json`, the one fixture snapshot every package's tests share. */
const FIXTURE_SNAPSHOT_PATH = fileURLToPath(new URL("../../test/fixtures/snapshot.json", import.meta.url));

/**
 * The shared fixture snapshot as raw JSON input (a fresh copy each call, safe to mutate): the 2026
 * 광양시 edition with the 12 flagship policies and a few more, valid against `snapshotSchema`.
 */
export function fixtureSnapshot(): SnapshotInput {
  return JSON.parse(readFileSync(FIXTURE_SNAPSHOT_PATH, "utf8"));
}
