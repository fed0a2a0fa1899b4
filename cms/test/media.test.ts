import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import type { Payload } from "payload";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { type Json, login, serveApi } from "./helpers/http.ts";

let payload: Payload;
let stop: () => Promise<void>;
let mediaDir: string;
let api: { url: string; close: () => Promise<void> };
let token: string;

beforeAll(async () => {
  let dir: string;
  ({ payload, close: stop, dir } = await startTempCms("media"));
  mediaDir = path.join(dir, "media");
  await createStaff(payload);
  api = await serveApi((await import("../src/payload.config.ts")).default);
  token = await login(api.url, "editor@example.kr");
});

afterAll(async () => {
  await api?.close();
  await stop?.();
});

/** A 3000×2000 landscape JPEG stored sideways (EXIF orientation 6) with GPS and camera EXIF. */
async function sidewaysJpegWithGps(): Promise<Buffer> {
  const left = await sharp({ create: { width: 1500, height: 2000, channels: 3, background: "#d03030" } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#3050d0" } })
    .composite([{ input: left, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: "TestCam", Model: "GPS-1", Copyright: "광양시" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 56/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "127/1 41/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** A PNG header claiming 30000×30000 (900 MP) whose IDAT inflates to ~112 MB of zeros. */
function decompressionBombPng(): Buffer {
  const width = 30_000;
  const height = 30_000;
  const crc32 = (buf: Buffer) => {
    let c = ~0;
    for (const byte of buf) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(1, 8); // bit depth 1
  ihdr.writeUInt8(0, 9); // grayscale
  const raw = Buffer.alloc((Math.ceil(width / 8) + 1) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Uploads through real HTTP (multipart), like the admin does. */
async function uploadOverHttp(name: string, data: Buffer, type: string, alt = "테스트 이미지") {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(data)], { type }), name);
  form.append("_payload", JSON.stringify({ alt }));
  const response = await fetch(`${api.url}/api/media`, {
    method: "POST",
    headers: { authorization: `JWT ${token}` },
    body: form,
  });
  return { status: response.status, json: (await response.json()) as Json };
}

describe("image uploads", () => {
  it("stores the original and every size upright and without EXIF/GPS metadata", async () => {
    const input = await sidewaysJpegWithGps();
    const inputMeta = await sharp(input).metadata();
    expect(inputMeta.orientation).toBe(6);
    expect(inputMeta.exif?.includes(Buffer.from("GPS-1"))).toBe(true);

    const { status, json } = await uploadOverHttp("사진.jpg", input, "image/jpeg", "광양시청 앞 광장");
    expect(status).toBe(201);
    const doc = json.doc;
    expect([doc.width, doc.height]).toEqual([2000, 3000]);

    const files = [
      doc.filename,
      ...Object.values(doc.sizes as Record<string, { filename: string | null }>).map((s) => s.filename),
    ].filter((f): f is string => Boolean(f));
    expect(files.length).toBe(5); // original + thumbnail, small, medium, large
    expect(doc.sizes.print.filename).toBeNull(); // 2000 px original: never enlarged to the 2480 px print size
    for (const file of files) {
      const stored = readFileSync(path.join(mediaDir, file));
      const meta = await sharp(stored).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(meta.orientation ?? 1, file).toBe(1);
      expect(meta.xmp, file).toBeUndefined();
      expect(stored.includes(Buffer.from("GPS-1")), file).toBe(false);
      if (!file.includes("400x300")) expect(meta.height!, file).toBeGreaterThan(meta.width!);
    }
    const webSize = await sharp(readFileSync(path.join(mediaDir, doc.sizes.medium.filename))).metadata();
    expect(webSize.format).toBe("webp");
    // the left (red) half of the sideways original is now the top
    const { data } = await sharp(readFileSync(path.join(mediaDir, doc.filename)))
      .extract({ left: 1000, top: 100, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(150);
    expect(data[2]).toBeLessThan(100);
  });

  it("makes a 2480 px print size from a large original", async () => {
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#208040" } })
      .jpeg()
      .toBuffer();
    const doc = await payload.create({
      collection: "media",
      data: { alt: "큰 사진" },
      file: { data: big, mimetype: "image/jpeg", name: "big.jpg", size: big.length },
    });
    expect(doc.sizes?.print?.width).toBe(2480);
    expect(doc.sizes?.print?.mimeType).toBe("image/webp");
  });

  it("refuses a 30000×30000 PNG (decompression bomb) with a Korean message, not a 500", async () => {
    const { status, json } = await uploadOverHttp("bomb.png", decompressionBombPng(), "image/png");
    expect(status).toBe(400);
    expect(json.errors[0].message).toContain("이미지가 너무 큽니다(30000×30000 픽셀)");
  });

  it("refuses HEIC with a Korean message", async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(64)]);
    const { status, json } = await uploadOverHttp("IMG_0001.HEIC", heic, "image/heic");
    expect(status).toBe(400);
    expect(json.errors[0].message).toContain("HEIC");
    expect(json.errors[0].message).toContain("지원하지 않습니다");
  });

  it("refuses an SVG carrying a script, whatever its declared type", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>',
    );
    for (const [name, type] of [
      ["logo.svg", "image/svg+xml"],
      ["logo.png", "image/png"],
    ] as const) {
      const { status, json } = await uploadOverHttp(name, svg, type);
      expect(status).toBe(400);
      expect(json.errors[0].message).toContain("SVG 파일은 보안상 올릴 수 없습니다");
    }
    const list = await payload.find({ collection: "media", where: { filename: { like: "logo" } } });
    expect(list.totalDocs).toBe(0);
  });

  it("requires alt text", async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    const { status, json } = await uploadOverHttp("no-alt.png", png, "image/png", "");
    expect(status).toBe(400);
    expect(json.errors[0].message).toContain("대체 텍스트");
  });

  it("stores a Korean file name typed on macOS (NFD) as NFC, and media are for staff only", async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#fc0" } })
      .png()
      .toBuffer();
    const name = "광양_복지.png".normalize("NFD");
    const { status, json } = await uploadOverHttp(name, png, "image/png", "광양 복지 로고".normalize("NFD"));
    expect(status).toBe(201);
    expect(json.doc.filename).toBe("광양_복지.png");
    expect(json.doc.alt).toBe("광양 복지 로고");
    // The site takes images from the export snapshot; the CMS serves none to anonymous callers (M2).
    const anon = await fetch(`${api.url}/api/media/${json.doc.id}`);
    expect(anon.status).toBe(403);
  });
});
