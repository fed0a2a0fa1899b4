import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ImageRef } from "@lifewelfare/content-models";
import { containedPath } from "@lifewelfare/content-models/contained-path";
import sharp from "sharp";
import type { Book } from "./book.ts";
import { printVariant } from "./html/images.ts";

/** JPEG quality of photos in the handbook (mozjpeg): no visible loss at 300 dpi on paper. */
export const PRINT_JPEG_QUALITY = 85;
/** Widest image printed (px): 300 dpi over a 210 mm page, as the CMS's `print` size. */
export const PRINT_MAX_WIDTH = 2480;
/** Bumped when the conversion changes, so that cached files of the old one are not reused. */
const CONVERSION_VERSION = "1";

/** Every image the handbook prints: entries' photos, the cover and chapter mascots. */
function bookImages(book: Book): ImageRef[] {
  return [
    ...book.index.flatMap((policy) => policy.images),
    ...(book.coverMascot ? [book.coverMascot.image] : []),
    ...book.chapters.flatMap((chapter) => (chapter.mascot ? [chapter.mascot.image] : [])),
  ];
}

/**
 * Chromium stores every non-JPEG image of a printed page losslessly (Flate), so a 1 MB WebP photo
 * becomes about 4.5 MB in the PDF, while a JPEG is embedded as it is (DCT). This writes, for each
 * printed image (`printVariant`) that is neither a JPEG already nor really transparent (an alpha
 * channel with at least one pixel not fully opaque: sharp `stats().isOpaque`), a JPEG at print
 * resolution (at most `PRINT_MAX_WIDTH` px wide, quality `PRINT_JPEG_QUALITY`, mozjpeg) into
 * `dir`, named by the hash of the source bytes so that a later build reuses it and the handbook's
 * part cache sees the same HTML; files of `dir` that this book does not use are removed.
 * Transparent artwork (the mascot PNGs) is printed as it is and keeps its alpha mask (SMask).
 * Works on old uploads too (WebP `print` sizes written before this conversion existed).
 * Returns the JPEG file (absolute path) by the snapshot-relative `src` of each converted variant.
 * @throws UnsafePathError when an image `src` leads out of the snapshot folder.
 */
export async function preparePrintImages(book: Book, dir: string): Promise<Map<string, string>> {
  await mkdir(dir, { recursive: true });
  const converted = new Map<string, string>();
  const sources = new Set(bookImages(book).map((image) => printVariant(image).src));
  for (const src of sources) {
    const bytes = await readFile(containedPath(book.snapshotDir, src));
    const image = sharp(bytes);
    const meta = await image.metadata();
    if (meta.format === "jpeg") continue;
    if (meta.hasAlpha && !(await image.stats()).isOpaque) continue;
    const hash = createHash("sha256").update(`${CONVERSION_VERSION}\n`).update(bytes).digest("hex").slice(0, 32);
    const file = join(dir, `${hash}.jpg`);
    if (!(await stat(file).catch(() => undefined))) {
      const partial = `${file}.${process.pid}.tmp`;
      await sharp(bytes)
        .resize({ width: PRINT_MAX_WIDTH, withoutEnlargement: true })
        .flatten({ background: "#ffffff" })
        .jpeg({ quality: PRINT_JPEG_QUALITY, mozjpeg: true })
        .toFile(partial);
      await rename(partial, file);
    }
    converted.set(src, file);
  }
  const used = new Set([...converted.values()]);
  for (const name of await readdir(dir)) {
    if (!used.has(join(dir, name))) await rm(join(dir, name), { force: true, recursive: true });
  }
  return converted;
}
