import { APIError, type CollectionBeforeOperationHook } from "payload";
import sharp, { type Metadata } from "sharp";

/** Largest accepted image, in pixels (50 MP): larger files are refused as decompression bombs. */
export const MAX_INPUT_PIXELS = 50_000_000;

/** The image types sharp decodes and the site serves. */
export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif", "image/gif"] as const;

const FORMAT_TO_MIME: Record<string, (typeof ACCEPTED_IMAGE_TYPES)[number]> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  heif: "image/avif", // only with AV1 compression, checked below
};

const ACCEPTED_WORDS = "JPEG, PNG, WebP, AVIF, GIF";

/** A 400 error with a Korean message shown to the editor as is. */
function refuse(message: string): never {
  throw new APIError(message, 400, undefined, true);
}

/**
 * Normalises an uploaded image before Payload stores it or makes its sizes:
 * refuses SVG (may carry scripts), HEIC and anything sharp cannot decode, and images over 50 MP,
 * each with a Korean message; applies the EXIF orientation and re-encodes the original with sharp,
 * which drops all EXIF/GPS/XMP metadata; stores the file name in NFC.
 */
export async function sanitizeImage(file: {
  data: Buffer;
  mimetype: string;
  name: string;
  size: number;
}): Promise<void> {
  file.name = file.name.normalize("NFC");
  const head = file.data.subarray(0, 512).toString("utf8").trimStart().toLowerCase();
  if (
    file.mimetype === "image/svg+xml" ||
    /\.svgz?$/i.test(file.name) ||
    head.startsWith("<svg") ||
    head.startsWith("<?xml")
  ) {
    refuse("SVG 파일은 보안상 올릴 수 없습니다. PNG나 JPEG로 변환해 올려 주세요.");
  }
  if (/\.(heic|heif)$/i.test(file.name) || /heic|heif/i.test(file.mimetype)) {
    refuse(`HEIC(아이폰 사진) 형식은 지원하지 않습니다. ${ACCEPTED_WORDS} 형식으로 변환해 올려 주세요.`);
  }
  let meta: Metadata;
  try {
    meta = await sharp(file.data, { limitInputPixels: false }).metadata();
  } catch {
    refuse(`이미지 파일을 읽을 수 없습니다. ${ACCEPTED_WORDS} 형식만 올릴 수 있습니다.`);
  }
  const mime = meta.format ? FORMAT_TO_MIME[meta.format] : undefined;
  if (!mime || (meta.format === "heif" && meta.compression !== "av1")) {
    refuse(
      `지원하지 않는 이미지 형식(${meta.format ?? "알 수 없음"})입니다. ${ACCEPTED_WORDS} 형식만 올릴 수 있습니다.`,
    );
  }
  const pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0);
  if (!meta.width || !meta.height || pixels > MAX_INPUT_PIXELS) {
    refuse(
      `이미지가 너무 큽니다(${meta.width ?? "?"}×${meta.height ?? "?"} 픽셀). ` +
        `${(MAX_INPUT_PIXELS / 10_000).toLocaleString("ko-KR")}만 화소 이하로 줄여 올려 주세요.`,
    );
  }
  const animated = (meta.pages ?? 1) > 1;
  const image = sharp(file.data, { limitInputPixels: MAX_INPUT_PIXELS, animated }).rotate();
  const encoded =
    mime === "image/jpeg"
      ? image.jpeg({ quality: 92, mozjpeg: true })
      : mime === "image/png"
        ? image.png({ compressionLevel: 9 })
        : mime === "image/webp"
          ? image.webp({ quality: 92 })
          : mime === "image/avif"
            ? image.avif({ quality: 70 })
            : image.gif();
  const data = await encoded.toBuffer();
  file.data = data;
  file.size = data.length;
  file.mimetype = mime;
}

/** beforeOperation of upload collections: runs `sanitizeImage` on the file of a create or update. */
export const sanitizeUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!["create", "update", "updateByID"].includes(operation)) return args;
  const file = req.file as Parameters<typeof sanitizeImage>[0] | undefined;
  if (file?.data) await sanitizeImage(file);
  return args;
};
