import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";

/**
 * True when a process with this pid exists (signal 0 probes without sending anything). EPERM
 * means it exists but belongs to another user: alive.
 */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the entries of `dir` left by writers that died (SIGKILL, power loss, a full disk):
 * those whose name matches `pattern` and whose pid (the pattern's first capture group) is not a
 * live process. Entries of live writers, including this process's, are left alone; a missing
 * `dir` is fine. Returns the names removed.
 */
export async function sweepLeftovers(dir: string, pattern: RegExp): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const dead = names.filter((name) => {
    const pid = pattern.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !isPidAlive(Number(pid));
  });
  await Promise.all(dead.map((name) => rm(join(dir, name), { recursive: true, force: true })));
  return dead;
}

/** `text` with every RegExp special character escaped, to build a `sweepLeftovers` pattern from a file name. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
