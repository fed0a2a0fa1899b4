import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseContent, type Snapshot, type SnapshotInput, snapshotSchema } from "@lifewelfare/content-models";
import { toOpenDataCsv, toOpenDataJson } from "./open-data.ts";

/** The only files a snapshot holds besides its JSON and CSV: `media/<one plain file name>`. */
const SNAPSHOT_MEDIA_PATH = /^media\/(?!\.)[^/\\]+$/;

/** A file to place in the snapshot's folder: `path` relative to it, from a source file on disk. */
export type SnapshotFile = { path: string; source: string };

/**
 * Validates a snapshot and writes it atomically to `dir`: `snapshot.json`, its media files (each
 * `media/<file name>`, else an error), `policies.json` and `policies.csv`. Everything is written to a temporary sibling folder first and
 * swapped in only when complete, so a failure leaves the previous snapshot byte-identical.
 *
 * Deterministic: policies, departments and mascots are sorted by stable id, so the same content
 * gives the same bytes. Returns the validated snapshot and the SHA-256 of `snapshot.json`.
 * @throws ContentValidationError naming the document and field when the snapshot is invalid.
 */
export async function writeSnapshot(options: {
  dir: string;
  snapshot: SnapshotInput;
  files: SnapshotFile[];
  siteUrl: (policyId: string) => string;
}): Promise<{ snapshot: Snapshot; sha256: string }> {
  const byId = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const input = {
    ...options.snapshot,
    departments: byId(options.snapshot.departments),
    mascots: byId(options.snapshot.mascots),
    policies: byId(options.snapshot.policies),
  };
  const snapshot = parseContent(snapshotSchema, input, "스냅숏(snapshot.json)");
  const json = `${JSON.stringify(snapshot, null, 2)}\n`;

  const tmp = `${options.dir}.tmp-${process.pid}`;
  const old = `${options.dir}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    await writeFile(join(tmp, "snapshot.json"), json);
    for (const file of [...options.files].sort((a, b) => a.path.localeCompare(b.path))) {
      if (!SNAPSHOT_MEDIA_PATH.test(file.path)) {
        throw new Error(
          `Snapshot file path "${file.path}" is not media/<file name> (스냅숏 파일 경로가 올바르지 않습니다).`,
        );
      }
      const target = join(tmp, file.path);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(file.source, target);
    }
    await writeFile(join(tmp, "policies.json"), toOpenDataJson(snapshot, options.siteUrl));
    await writeFile(join(tmp, "policies.csv"), toOpenDataCsv(snapshot, options.siteUrl));
    await mkdir(dirname(options.dir), { recursive: true });
    const hadPrevious = await rename(options.dir, old).then(
      () => true,
      () => false,
    );
    await rename(tmp, options.dir);
    if (hadPrevious) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  return { snapshot, sha256: createHash("sha256").update(json).digest("hex") };
}

/** Reads and validates the snapshot in `dir`. @throws ContentValidationError, or ENOENT when absent. */
export async function readSnapshot(dir: string): Promise<Snapshot> {
  const raw = JSON.parse(await readFile(join(dir, "snapshot.json"), "utf8"));
  return parseContent(snapshotSchema, raw, join(dir, "snapshot.json"));
}
