import { execFile } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

/** Total bytes and file count of a folder (recursively; symlinks not followed). */
export async function folderSize(
  dir: string,
  exclude: (relative: string) => boolean = () => false,
): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (exclude(path.slice(dir.length + 1))) continue;
    bytes += (await stat(path)).size;
    files += 1;
  }
  return { bytes, files };
}

/** Number of `index.html` pages under a built site folder. */
export async function countPages(dir: string, under = ""): Promise<number> {
  const entries = await readdir(join(dir, under), { recursive: true });
  return entries.filter((e) => e === "index.html" || e.endsWith("/index.html")).length;
}

/** Page count of a PDF (poppler `pdfinfo`). */
export async function pdfPages(file: string): Promise<number> {
  const { stdout } = await promisify(execFile)("pdfinfo", [file]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo did not report a page count for ${file}`);
  return Number(match[1]);
}
