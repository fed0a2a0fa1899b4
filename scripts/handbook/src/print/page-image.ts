import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Page `pageNumber` (1-based) of a PDF as a PNG at `dpi`, drawn by poppler's `pdftoppm` (apt
 * package poppler-utils, which CI installs), in a temporary folder removed before returning.
 * @throws Error when `pdftoppm` is missing or the page does not exist.
 */
export async function pdfPagePng(pdf: Uint8Array, pageNumber = 1, dpi = 96): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), `lifewelfare-preview-png-${process.pid}-`));
  try {
    const file = join(dir, "page.pdf");
    await writeFile(file, pdf);
    const page = String(pageNumber);
    await run("pdftoppm", ["-png", "-r", String(dpi), "-f", page, "-l", page, "-singlefile", file, join(dir, "page")]);
    return await readFile(join(dir, "page.png"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
