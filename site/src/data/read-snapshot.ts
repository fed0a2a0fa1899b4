import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseContent, type Snapshot, snapshotSchema } from "@lifewelfare/content-models";

const cache = new Map<string, Promise<Snapshot>>();

/**
 * Reads and validates `<dir>/snapshot.json` with content-models' `snapshotSchema` (every policy,
 * department and cross-reference). Memoised per file version (path, size, mtime), so the several
 * collections of one build parse the file once while a changed file is always re-read.
 * @throws ContentValidationError naming the document and field; Error when the file is missing.
 */
export async function readSnapshot(dir: string): Promise<Snapshot> {
  const file = join(dir, "snapshot.json");
  const info = await stat(file).catch((error: unknown) => {
    throw new Error(`Snapshot not found at ${file}: set SNAPSHOT_DIR or run the export first.`, { cause: error });
  });
  const key = `${file}:${info.size}:${info.mtimeMs}`;
  let snapshot = cache.get(key);
  if (!snapshot) {
    cache.clear();
    snapshot = readFile(file, "utf8").then((text) => parseContent(snapshotSchema, JSON.parse(text), file));
    cache.set(key, snapshot);
  }
  return snapshot;
}
