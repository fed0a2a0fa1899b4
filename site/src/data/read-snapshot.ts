import { stat } from "node:fs/promises";
import { join } from "node:path";
import { type Snapshot, snapshotOn } from "@lifewelfare/content-models";
import { readSnapshotDir } from "@lifewelfare/content-models/read-snapshot";
import { buildDate } from "../config/site-env.ts";

const cache = new Map<string, Promise<Snapshot>>();

/**
 * The snapshot in `dir` (content-models' `readSnapshotDir`: validated with `snapshotSchema`),
 * memoised per file version (path, size, mtime), so the several collections of one build parse
 * the file once while a changed file is always re-read.
 * Statuses are the ones residents see on the build's date (`snapshotOn` with `buildDate()`), so a
 * stored 시행예정 past its start date is built as 시행중.
 * @throws ContentValidationError naming the document and field; Error (Korean first) when the
 *   file is missing or not JSON.
 */
export async function readSnapshot(dir: string): Promise<Snapshot> {
  const info = await stat(join(dir, "snapshot.json")).catch(() => undefined);
  if (!info) return readSnapshotDir(dir); // throws the reader's error naming the file
  const today = buildDate();
  const key = `${dir}:${info.size}:${info.mtimeMs}:${today}`;
  let snapshot = cache.get(key);
  if (!snapshot) {
    cache.clear();
    snapshot = readSnapshotDir(dir).then((read) => snapshotOn(read, today));
    cache.set(key, snapshot);
  }
  return snapshot;
}
