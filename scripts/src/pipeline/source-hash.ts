import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * SHA-256 over every file under `dirs` (relative to `root`), skipping node_modules, build output
 * and dot-folders. Used to decide whether a build can be reused: the same sources and content give
 * the same hash.
 */
export async function hashSources(root: string, dirs: string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of dirs) {
    const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .filter((f) => !/[/\\](node_modules|dist|\.next|\.astro|\.[^/\\]+)[/\\]/.test(f.slice(root.length)))
      .sort();
    for (const file of files) hash.update(file.slice(root.length)).update(await readFile(file));
  }
  return hash.digest("hex");
}
