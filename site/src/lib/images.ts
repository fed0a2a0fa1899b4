import type { ImageRef, ImageVariant } from "@lifewelfare/content-models";

/**
 * The web size of an image to show at up to `targetWidth` CSS pixels: the smallest variant at
 * least that wide, else the widest available (originals included). Paths stay relative to the
 * snapshot folder, which the build copies into the output as is.
 */
export function pickImage(image: ImageRef, targetWidth = 800): ImageVariant {
  const all = [...image.variants, image.original].filter((v) => v.mimeType.startsWith("image/"));
  const wideEnough = all.filter((v) => v.width >= targetWidth).sort((a, b) => a.width - b.width);
  return wideEnough[0] ?? all.sort((a, b) => b.width - a.width)[0] ?? image.original;
}
