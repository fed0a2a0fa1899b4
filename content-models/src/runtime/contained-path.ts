import { isAbsolute, relative, resolve, sep } from "node:path";
import { UnsafePathError } from "@lifewelfare/content-models/escape";

/** Whether the absolute path `path` is `folder` itself or inside it (no symbolic links resolved). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * `root` joined with `segments` (resolved to an absolute path), checked to stay inside `root`:
 * a segment from content such as `../../etc/passwd` or an absolute path is refused.
 * @throws UnsafePathError (Korean) naming the path, when the result is `root` itself or outside it.
 */
export function containedPath(root: string, ...segments: string[]): string {
  const base = resolve(root);
  const path = resolve(base, ...segments);
  if (path === base || !isInside(base, path)) {
    throw new UnsafePathError(`허용된 폴더(${base}) 밖의 경로입니다: ${segments.join("/").slice(0, 200)}`);
  }
  return path;
}
