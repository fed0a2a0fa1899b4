import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseContent } from "../errors.ts";
import { type Snapshot, snapshotSchema } from "../snapshot.ts";

/**
 * Reads `<dir>/snapshot.json` and validates it with `snapshotSchema`: the one snapshot reader of
 * the import, the handbook and the site (node only; subpath export
 * `@lifewelfare/content-models/read-snapshot`). Statuses are the stored ones; callers apply
 * `snapshotOn` for a day. Messages are Korean first, then English, and name the file.
 * @throws Error `스냅숏 파일을 읽을 수 없습니다 …` when the file is missing or unreadable (the
 *   cause keeps the `ENOENT`/`EACCES` error), `스냅숏 파일이 올바른 JSON이 아닙니다 …` when it is not JSON.
 * @throws ContentValidationError naming the document and field when the content is invalid.
 */
export async function readSnapshotDir(dir: string): Promise<Snapshot> {
  const file = join(dir, "snapshot.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new Error(
      `스냅숏 파일을 읽을 수 없습니다. SNAPSHOT_DIR을 확인하거나 먼저 내보내기를 하세요 (cannot read the snapshot; set SNAPSHOT_DIR or run the export first): ${file}`,
      { cause: error },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`스냅숏 파일이 올바른 JSON이 아닙니다 (invalid JSON): ${file}`, { cause: error });
  }
  return parseContent(snapshotSchema, json, `스냅숏(${file})`);
}
