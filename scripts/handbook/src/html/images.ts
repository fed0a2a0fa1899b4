import { pathToFileURL } from "node:url";
import type { ImageRef, ImageVariant } from "@lifewelfare/content-models";
import { containedPath } from "@lifewelfare/content-models/contained-path";
import { htmlAttr } from "@lifewelfare/content-models/escape";
import type { Book } from "../book.ts";

/**
 * The variant to print: one named like "print" if present, else the one with the most pixels
 * (the original included).
 */
export function printVariant(image: ImageRef): ImageVariant {
  const all = [image.original, ...image.variants];
  const named = all.find((v) => /print/i.test(v.name));
  if (named) return named;
  return all.reduce((best, v) => (v.width * v.height > best.width * best.height ? v : best));
}

/**
 * `file://` URL of a snapshot-relative path (image `src`s are relative to the snapshot folder).
 * @throws UnsafePathError when `src` leads out of the snapshot folder (`../…`, an absolute path).
 */
export function snapshotFileUrl(snapshotDir: string, src: string): string {
  return pathToFileURL(containedPath(snapshotDir, src)).href;
}

/**
 * An `<img>` of the print variant of `image`, with its alt text and intrinsic size: the book's
 * print JPEG of it when there is one (print-images.ts), else the snapshot's file.
 */
export function printImage(
  book: Pick<Book, "snapshotDir" | "printImages">,
  image: ImageRef,
  className: string,
): string {
  const v = printVariant(image);
  const converted = book.printImages.get(v.src);
  const src = converted ? pathToFileURL(converted).href : snapshotFileUrl(book.snapshotDir, v.src);
  return `<img class="${className}" src="${htmlAttr(src)}" alt="${htmlAttr(image.alt)}" width="${v.width}" height="${v.height}">`;
}
