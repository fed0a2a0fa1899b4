import sharp from "sharp";

// Image makers and the table of hostile files for the upload tests (`uploads-hostile.test.ts`).

/** A PNG of `width`×`height` in one colour. */
export async function png(width = 64, height = 48, background = "#3070c0"): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

/** A photo-like JPEG (noise, so it does not compress to nothing). */
export async function noisyJpeg(): Promise<Buffer> {
  return sharp({
    create: {
      width: 1200,
      height: 900,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** An animated GIF of `frames` frames of `size`×`size` px (a bar moves down, so no frame repeats). */
export async function animatedGif(size: number, frames: number): Promise<Buffer> {
  const raw = Buffer.alloc(size * size * frames * 3, 255);
  const bar = Math.max(1, Math.floor(size / frames));
  for (let f = 0; f < frames; f++) raw.fill(0, (f * size + f * bar) * size * 3, (f * size + (f + 1) * bar) * size * 3);
  return sharp(raw, { raw: { width: size, height: size * frames, channels: 3, pageHeight: size } })
    .gif({ colours: 2, effort: 1 })
    .toBuffer();
}

/** `jpeg` with a comment segment (COM, FFFE) right after SOI holding `text`. */
export function withJpegComment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, "utf8");
  const header = Buffer.from([0xff, 0xfe, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

type Hostile = { name: string; type: string; data: () => Promise<Buffer>; reason: string };

export const MiB = 1024 * 1024;

/** Files that must each be refused with a 400 naming them, leaving the media folder as it was. */
export const HOSTILE: Hostile[] = [
  {
    name: "움직이는-그림.gif",
    type: "image/gif",
    data: () => animatedGif(1000, 60),
    reason: "이미지가 너무 큽니다(1000×1000 픽셀 60프레임)",
  },
  {
    name: "잘린-사진.jpg",
    type: "image/jpeg",
    data: async () => {
      const jpeg = await noisyJpeg();
      return jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
    },
    reason: "중간에 잘려",
  },
  { name: "사진.jpg", type: "image/jpeg", data: () => png(), reason: "파일 내용은 PNG인데 image/jpeg 형식으로" },
  { name: "사진.jpg", type: "application/octet-stream", data: () => png(), reason: "확장자를 .png(으)로" },
  {
    name: "안내.png",
    type: "image/png",
    data: async () => Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
    reason: "HTML이나 스크립트",
  },
  {
    name: "큰-파일.jpg",
    type: "image/jpeg",
    data: async () => Buffer.concat([await noisyJpeg(), Buffer.alloc(21 * MiB)]),
    reason: "파일이 너무 큽니다. 20 MB 이하",
  },
  {
    name: "폴리글랏.jpg",
    type: "image/jpeg",
    data: async () => withJpegComment(await noisyJpeg(), "<html><script>fetch('/api/users')</script></html>"),
    reason: "HTML이나 스크립트",
  },
  {
    name: "꼬리.png",
    type: "image/png",
    data: async () => Buffer.concat([await png(), Buffer.from("<script>alert(1)</script>")]),
    reason: "HTML이나 스크립트",
  },
];
