import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseContent, type Snapshot, snapshotOn, snapshotSchema } from "@lifewelfare/content-models";
import { buildDate } from "../config/site-env.ts";

const cache = new Map<string, Promise<Snapshot>>();

/**
 * Reads and validates `<dir>/snapshot.json` with content-models' `snapshotSchema` (every policy,
 * department and cross-reference). Memoised per file version (path, size, mtime), so the several
 * collections of one build parse the file once while a changed file is always re-read.
 * Statuses are the ones residents see on the build's date (`snapshotOn` with `buildDate()`), so a
 * stored 시행예정 past its start date is built as 시행중.
 * @throws ContentValidationError naming the document and field; Error when the file is missing.
 */
export async function readSnapshot(dir: string): Promise<Snapshot> {
  const file = join(dir, "snapshot.json");
  const info = await stat(file).catch((error: unknown) => {
    throw new Error(`Snapshot not found at ${file}: set SNAPSHOT_DIR or run the export first.`, { cause: error });
  });
  const today = buildDate();
  const key = `${file}:${info.size}:${info.mtimeMs}:${today}`;
  let snapshot = cache.get(key);
  if (!snapshot) {
    cache.clear();
    snapshot = readFile(file, "utf8").then((text) =>
      snapshotOn(parseContent(snapshotSchema, JSON.parse(text), file), today),
    );
    cache.set(key, snapshot);
  }
  return snapshot;
}
