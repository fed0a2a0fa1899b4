import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A new empty folder `<os tmpdir>/<prefix>XXXXXX` (prefix e.g. `lw-site-out-`); remove it with `removeDirs`. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Removes each folder given with all it holds; `undefined` entries (never created) are skipped. */
export async function removeDirs(...dirs: (string | undefined)[]): Promise<void> {
  await Promise.all(dirs.flatMap((dir) => (dir ? [rm(dir, { recursive: true, force: true, maxRetries: 3 })] : [])));
}
