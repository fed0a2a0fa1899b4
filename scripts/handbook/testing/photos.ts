import sharp from "sharp";

/** Size (px) of a synthetic photo: the CMS's `print` size of a 3:2 camera photo (2480 px wide). */
export const PHOTO_SIZE = { width: 2480, height: 1654 };

/**
 * A photo-like 2480×1654 WebP (quality 90, as the CMS's `print` size stores an upload) of about
 * 0.9 MB: a colour gradient (hue from `index`) under fine grain, which compresses about as a
 * camera photo does. The grain is random, so bytes differ between calls; sizes barely do.
 * Without `grain` (tests that scan the pages for QR codes, which grain slows down) the photo is
 * the plain gradient, a few kilobytes.
 */
export async function renderPhotoWebp(index: number, options: { grain?: boolean } = {}): Promise<Buffer> {
  const { width, height } = PHOTO_SIZE;
  const hue = (index * 47) % 360;
  const gradient = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue} 60% 45%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360} 75% 65%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  if (options.grain === false) return sharp(Buffer.from(gradient)).webp({ quality: 90 }).toBuffer();
  const grain = await sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 60 } },
  })
    .blur(1.2)
    .png({ compressionLevel: 1 })
    .toBuffer();
  return sharp(Buffer.from(gradient))
    .composite([{ input: grain, blend: "overlay" }])
    .webp({ quality: 90 })
    .toBuffer();
}
