import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * The temporary name `writeFileAtomic` writes `file` under before renaming it: a hidden sibling
 * in the same folder (so the rename never crosses file systems) carrying the writer's pid, so
 * that `isLeftoverOf` can tell a dead writer's leftover from a live writer's file.
 */
export function tempSibling(file: string): string {
  return join(dirname(file), `.${basename(file)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
}

/**
 * Writes `data` to `file` so that `file` holds either its old bytes or all the new ones, never a
 * part: the bytes go to a temporary sibling (`tempSibling`), are flushed to disk (fsync), and the
 * sibling is renamed over `file`; the folder is then flushed too, so the rename survives a power
 * loss. A crash or a full disk (ENOSPC) leaves at most the temporary sibling, which is removed on
 * error and otherwise swept by its owner's next run.
 * `write-file-atomic` does the same but leaves the folder unsynced; this is the whole of it.
 * @throws the write's error (ENOSPC, EACCES …) after removing the temporary file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  const tmp = tempSibling(file);
  try {
    const handle = await open(tmp, "wx", mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDir(dirname(file));
}

/** Flushes a folder's entries (a rename in it) to disk; best effort, as some file systems refuse it. */
export async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // fsync of a directory is not supported everywhere (e.g. some network file systems).
  }
}
