/**
 * Renders the handbook from the snapshot and writes PNGs of its key pages for a design review:
 * the cover, the TOC, the first chapter opener and the first policy page of each edition.
 *
 * Usage: tsx src/cli/review-png.ts [outDir]
 * Env: SNAPSHOT_DIR (default <repo>/.data/snapshot). outDir defaults to <repo>/.tmp/handbook-review.
 * Needs poppler's `pdftoppm` (apt package poppler-utils).
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { chapterAnchor, MATTER, policyAnchor, readAnchorPages, renderHandbooks } from "@lifewelfare/handbook";
import { REPO_ROOT, SNAPSHOT_DIR } from "../lib/paths.ts";

const run = promisify(execFile);

/** Renders `pageNumber` of `pdf` to `<prefix>.png` at `dpi`. */
async function pageToPng(pdf: string, pageNumber: number, prefix: string, dpi = 80): Promise<string> {
  await run("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(pageNumber),
    "-l",
    String(pageNumber),
    "-singlefile",
    pdf,
    prefix,
  ]);
  return `${prefix}.png`;
}

const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, ".tmp/handbook-review"));
const results = await renderHandbooks({ snapshotDir: SNAPSHOT_DIR, outDir, log: (m) => console.log(m) });
/** The anchor with the lowest page among those starting with `prefix`. */
const firstPage = (pages: Map<string, number>, prefix: string) =>
  Math.min(...[...pages].filter(([id]) => id.startsWith(prefix)).map(([, page]) => page));

for (const result of results) {
  const { pages } = await readAnchorPages(new Uint8Array(await readFile(result.file)));
  const wanted: [string, number | undefined][] = [
    ["cover", 1],
    ["toc", pages.get(MATTER.toc)],
    ["opener", firstPage(pages, chapterAnchor(""))],
    ["policy", firstPage(pages, policyAnchor(""))],
    ["back", result.pages],
  ];
  for (const [name, page] of wanted) {
    if (!page || !Number.isFinite(page)) continue;
    const png = await pageToPng(result.file, page, join(outDir, `${result.edition.id}-${name}`));
    console.log(`${result.edition.label} ${name} (${page}쪽): ${png}`);
  }
}
