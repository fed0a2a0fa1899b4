import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseContent, type Snapshot, snapshotSchema } from "@lifewelfare/content-models";

/**
 * Reads `<snapshotDir>/snapshot.json` and validates it with `snapshotSchema`.
 * @throws Error when the file is missing or not JSON (naming the path).
 * @throws ContentValidationError naming the document and field when the content is invalid.
 */
export async function loadSnapshot(snapshotDir: string): Promise<Snapshot> {
  const path = join(snapshotDir, "snapshot.json");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`스냅숏 파일을 읽을 수 없습니다 (cannot read snapshot): ${path}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`스냅숏 파일이 올바른 JSON이 아닙니다 (invalid JSON): ${path}`, { cause: error });
  }
  return parseContent(snapshotSchema, json, `스냅숏(${path})`);
}
