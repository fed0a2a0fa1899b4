import { APIError, type CollectionBeforeOperationHook } from "payload";
import sharp, { type Metadata } from "sharp";
import { env } from "../env.ts";

/** The image types sharp decodes and the site serves. */
export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif", "image/gif"] as const;

type AcceptedType = (typeof ACCEPTED_IMAGE_TYPES)[number];

const FORMAT_TO_MIME: Record<string, AcceptedType> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  heif: "image/avif", // only with AV1 compression, checked below
};

/** File name extensions (lower case) that may carry each accepted type. */
const EXTENSIONS: Record<AcceptedType, readonly string[]> = {
  "image/jpeg": ["jpg", "jpeg", "jpe", "jfif"],
  "image/png": ["png"],
  "image/webp": ["webp"],
  "image/gif": ["gif"],
  "image/avif": ["avif"],
};

/** Declared (browser-sent) types that are other names of an accepted type. */
const MIME_ALIASES: Record<string, AcceptedType> = { "image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg" };

/** Declared types that say nothing about the content (curl, some mobile browsers): not compared. */
const GENERIC_TYPES = new Set(["", "application/octet-stream", "binary/octet-stream"]);

/**
 * Markup a browser would act on: an image carrying it is a polyglot (an HTML page or a script hidden
 * in a comment segment or after the image data) and is refused. Only signatures of six or more
 * bytes: shorter ones (`<a `, `<svg `) turn up by chance in the compressed data of large photos.
 */
const MARKUP = /<(?:script|html|body|iframe|object|embed)[\s/>]|<!doctype\s+html|javascript:/i;

const ACCEPTED_WORDS = "JPEG, PNG, WebP, AVIF, GIF";

/** An uploaded file as Payload hands it to hooks (`req.file`). */
export type UploadedFile = { data: Buffer; mimetype: string; name: string; size: number; truncated?: boolean };

/** Upper bounds of an accepted upload; the defaults come from `MEDIA_MAX_BYTES` / `MEDIA_MAX_PIXELS`. */
export type UploadLimits = { maxBytes: number; maxPixels: number };

/**
 * Refuses `file` with HTTP 400: the Korean message names the file and the reason, and `data`
 * points at the `file` field (Payload's error format).
 */
function refuse(file: UploadedFile, reason: string): never {
  const message = `'${file.name}' 파일을 올릴 수 없습니다. ${reason}`;
  throw new APIError(message, 400, { errors: [{ path: "file", message }] }, true);
}

/** "20 MB" for a byte count, in whole MiB (rounded down, at least 1). */
function megabytes(bytes: number): string {
  return `${Math.max(1, Math.floor(bytes / 1_048_576)).toLocaleString("ko-KR")} MB`;
}

/**
 * The client's file name as one plain, visible name in NFC: the last segment of any `/` or `\`
 * path, without control characters or leading dots and spaces (`.htaccess.png` → `htaccess.png`);
 * "image" when nothing is left. Payload derives the stored name from it.
 */
function plainFileName(name: string): string {
  const last = name.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const visible = [...last].filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f).join("");
  return visible.replace(/^[.\s]+/, "") || "image";
}

/** Lower-case extension of a file name, or "" when it has none. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/**
 * Checks and normalises an uploaded image before Payload stores it or makes its sizes, refusing
 * with a 400 (see `refuse`) a file that
 * - is larger than `limits.maxBytes` (the multipart parser marks it `truncated`),
 * - is SVG (may carry scripts) or HEIC, or carries HTML/script markup anywhere (a polyglot),
 * - is not JPEG, PNG, WebP, AVIF or GIF by content, or whose declared type or extension names
 *   another type,
 * - has more than `limits.maxPixels` pixels over all its frames (decompression bomb),
 * - cannot be decoded completely, every frame (truncated or corrupt data: sharp `failOn: "warning"`).
 * Then applies the EXIF orientation and re-encodes the image with sharp, which drops all
 * EXIF/GPS/XMP metadata and anything after the image data; stores the file name as one plain
 * name in NFC (`plainFileName`).
 */
export async function sanitizeImage(
  file: UploadedFile,
  limits: UploadLimits = { maxBytes: env.MEDIA_MAX_BYTES, maxPixels: env.MEDIA_MAX_PIXELS },
): Promise<void> {
  file.name = plainFileName(file.name);
  if (file.truncated || file.size > limits.maxBytes || file.data.length > limits.maxBytes) {
    refuse(file, `파일이 너무 큽니다. ${megabytes(limits.maxBytes)} 이하의 파일만 올릴 수 있습니다.`);
  }
  const head = file.data.subarray(0, 512).toString("utf8").trimStart().toLowerCase();
  if (
    file.mimetype === "image/svg+xml" ||
    /\.svgz?$/i.test(file.name) ||
    head.startsWith("<svg") ||
    head.startsWith("<?xml")
  ) {
    refuse(file, "SVG 파일은 보안상 올릴 수 없습니다. PNG나 JPEG로 변환해 올려 주세요.");
  }
  if (/\.(heic|heif)$/i.test(file.name) || /heic|heif/i.test(file.mimetype)) {
    refuse(file, `HEIC(아이폰 사진) 형식은 지원하지 않습니다. ${ACCEPTED_WORDS} 형식으로 변환해 올려 주세요.`);
  }
  if (MARKUP.test(file.data.toString("latin1"))) {
    refuse(file, "파일 안에 HTML이나 스크립트가 들어 있습니다. 이미지 편집 프로그램에서 새로 저장해 올려 주세요.");
  }
  let meta: Metadata;
  try {
    meta = await sharp(file.data, { limitInputPixels: false }).metadata();
  } catch {
    refuse(file, `이미지로 읽을 수 없는 파일입니다. ${ACCEPTED_WORDS} 형식만 올릴 수 있습니다.`);
  }
  const mime = meta.format ? FORMAT_TO_MIME[meta.format] : undefined;
  if (!mime || (meta.format === "heif" && meta.compression !== "av1")) {
    refuse(
      file,
      `지원하지 않는 이미지 형식(${meta.format ?? "알 수 없음"})입니다. ${ACCEPTED_WORDS} 형식만 올릴 수 있습니다.`,
    );
  }
  const kind = mime.slice("image/".length).toUpperCase();
  const declared = (file.mimetype.split(";")[0] ?? "").trim().toLowerCase();
  if (!GENERIC_TYPES.has(declared) && (MIME_ALIASES[declared] ?? declared) !== mime) {
    refuse(file, `파일 내용은 ${kind}인데 ${declared} 형식으로 보내졌습니다. 내용과 형식이 맞는 파일을 올려 주세요.`);
  }
  if (!EXTENSIONS[mime].includes(extensionOf(file.name))) {
    refuse(
      file,
      `파일 내용은 ${kind}인데 확장자가 맞지 않습니다. 확장자를 .${EXTENSIONS[mime][0]}(으)로 바꿔 올려 주세요.`,
    );
  }
  const frames = meta.pages ?? 1;
  const frameHeight = meta.pageHeight ?? meta.height ?? 0;
  const pixels = (meta.width ?? 0) * frameHeight * frames;
  if (!meta.width || !frameHeight || pixels > limits.maxPixels) {
    const size = `${meta.width ?? "?"}×${frameHeight || "?"} 픽셀${frames > 1 ? ` ${frames}프레임` : ""}`;
    refuse(
      file,
      `이미지가 너무 큽니다(${size}). ${frames > 1 ? "모든 프레임을 합쳐 " : ""}` +
        `${(limits.maxPixels / 10_000).toLocaleString("ko-KR")}만 화소 이하로 줄여 올려 주세요.`,
    );
  }
  const image = sharp(file.data, { limitInputPixels: limits.maxPixels, animated: frames > 1, failOn: "warning" });
  const oriented = image.rotate();
  const encoded =
    mime === "image/jpeg"
      ? oriented.jpeg({ quality: 92, mozjpeg: true })
      : mime === "image/png"
        ? oriented.png({ compressionLevel: 9 })
        : mime === "image/webp"
          ? oriented.webp({ quality: 92 })
          : mime === "image/avif"
            ? oriented.avif({ quality: 70 })
            : oriented.gif();
  let data: Buffer;
  try {
    data = await encoded.toBuffer();
  } catch {
    refuse(file, "이미지가 손상되었거나 중간에 잘려 있어 끝까지 읽을 수 없습니다. 원본 파일을 다시 올려 주세요.");
  }
  file.data = data;
  file.size = data.length;
  file.mimetype = mime;
}

/**
 * beforeOperation of upload collections: runs `sanitizeImage` on the file of a create or an
 * update (REST, GraphQL and the Local API all pass the file as `req.file`).
 */
export const sanitizeUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!["create", "update", "updateByID"].includes(operation)) return args;
  const file = req.file as UploadedFile | undefined;
  if (file?.data) await sanitizeImage(file);
  return args;
};
