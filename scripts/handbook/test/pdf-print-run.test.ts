/**
 * A print run of the handbook (small fixture with photos), read back from the printed PDFs:
 * - addresses: the QR codes decoded from the printed pages (poppler's `pdftoppm` → jsQR) and the
 *   printed short addresses are `<origin>/p/<id>/` on the public address when one is set; without
 *   one (the fixture's `guide.example.kr` is a reserved example domain) they use the local
 *   address and the cover and every page of both editions carry the test-print mark;
 * - images (`pdfimages -list`): the photos, WebP `print` variants as old uploads have them, are
 *   embedded as JPEG (DCT), and the transparent mascot keeps its alpha mask (smask).
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { TEST_PRINT_MARK } from "@lifewelfare/content-models";
import jsQR from "jsqr";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EditionResult } from "../src/index.ts";
import { renderHandbooks } from "../src/render-handbook.ts";
import { writeHandbookFixture } from "../testing/pdf-fixture.ts";
import { pageLines } from "../testing/pdf-read.ts";

const run = promisify(execFile);
const PUBLIC_ORIGIN = "https://www.gwangyang.go.kr";
const LOCAL_ORIGIN = "http://localhost:4321";
const PHOTOS = 2;

let work: string;
let policyIds: string[];
let withAddress: EditionResult[];
let withoutAddress: EditionResult[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "pdf-print-address-"));
  const snapshotDir = join(work, "snapshot");
  const snapshot = (await writeHandbookFixture(snapshotDir, { photos: PHOTOS, grain: false })) as {
    policies: { id: string }[];
  };
  policyIds = snapshot.policies.map((p) => p.id);
  withAddress = await renderHandbooks({
    snapshotDir,
    outDir: join(work, "public"),
    siteOrigin: PUBLIC_ORIGIN,
    editions: ["standard"],
  });
  withoutAddress = await renderHandbooks({ snapshotDir, outDir: join(work, "test"), localOrigin: LOCAL_ORIGIN });
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/**
 * Every QR code printed on the pages of `pdf` whose text shows `origin` (each QR code is printed
 * beside its address; the other pages are skipped to keep the test fast): each page rendered at
 * 150 dpi by `pdftoppm` (a module of the printed codes is then about 3.5 px), then decoded with
 * jsQR, which finds one code per call; a found code is painted over and the page searched again.
 * jsQR may report a pattern it could not read as a code with no data: such finds are left out
 * (every expected address must still be decoded).
 */
async function decodeQrCodes(pdf: string, origin: string): Promise<string[]> {
  const dir = await mkdtemp(join(work, "pages-"));
  const pages = (await pageLines(pdf)).flatMap((lines, index) =>
    squash(lines.join("")).includes(origin) ? [index + 1] : [],
  );
  const found: string[] = [];
  for (const page of pages) {
    const file = join(dir, `p${page}`);
    await run("pdftoppm", ["-r", "150", "-gray", "-png", "-singlefile", "-f", `${page}`, "-l", `${page}`, pdf, file]);
    const { data, info } = await sharp(`${file}.png`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length);
    for (;;) {
      const code = jsQR(pixels, info.width, info.height, { inversionAttempts: "dontInvert" });
      if (!code) break;
      if (code.data) found.push(code.data);
      const { topLeftCorner: a, bottomRightCorner: b, topRightCorner: c, bottomLeftCorner: d } = code.location;
      const margin = 6;
      const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x, c.x, d.x)) - margin);
      const x1 = Math.min(info.width, Math.ceil(Math.max(a.x, b.x, c.x, d.x)) + margin);
      const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y, c.y, d.y)) - margin);
      const y1 = Math.min(info.height, Math.ceil(Math.max(a.y, b.y, c.y, d.y)) + margin);
      for (let y = y0; y < y1; y++) pixels.fill(255, (y * info.width + x0) * 4, (y * info.width + x1) * 4);
    }
  }
  return found;
}

const squash = (text: string) => text.replace(/\s+/g, "");
const expectedUrls = (origin: string) => [`${origin}/`, ...policyIds.map((id) => `${origin}/p/${id}/`)].sort();

describe("handbook with the public site address set", () => {
  it("decodes every QR code as <origin>/p/<id>/ (and the site home) on the public address", async () => {
    const [standard] = withAddress;
    const urls = await decodeQrCodes(standard?.file as string, PUBLIC_ORIGIN);
    expect([...new Set(urls)].sort()).toEqual(expectedUrls(PUBLIC_ORIGIN));
  }, 120_000);

  it("prints every short address on the public address and carries no test-print mark", async () => {
    const text = squash((await pageLines(withAddress[0]?.file as string)).flat().join(""));
    for (const id of policyIds) expect(text).toContain(`${PUBLIC_ORIGIN}/p/${id}/`);
    expect(text).not.toContain(squash(TEST_PRINT_MARK));
    expect(text).not.toContain("localhost");
  });
});

/** `pdfimages -list` rows: page, type (image, smask…), width, height and encoding (jpeg, image…). */
async function pdfImages(pdf: string) {
  const { stdout } = await run("pdfimages", ["-list", pdf]);
  return stdout
    .split("\n")
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 8)
    .map(([page, , type, width, height, , , , enc]) => ({
      page,
      type,
      width: Number(width),
      height: Number(height),
      enc,
    }));
}

describe("images in the printed handbook", () => {
  it("embeds the WebP photos as JPEG (DCT) and keeps the transparent mascot's alpha mask", async () => {
    const rows = await pdfImages(withAddress[0]?.file as string);
    const images = rows.filter((r) => r.type === "image");
    const photos = images.filter((r) => r.width === 2480);
    expect(photos.length).toBeGreaterThanOrEqual(PHOTOS);
    for (const photo of photos) expect(photo.enc).toBe("jpeg");
    // Every image is a photo (JPEG) or artwork with a soft mask right after it (the mascot).
    const masked = rows.flatMap((r, i) => (r.type === "image" && rows[i + 1]?.type === "smask" ? [r] : []));
    expect(masked.length).toBeGreaterThan(0);
    for (const image of images)
      expect(image.enc === "jpeg" || masked.includes(image), JSON.stringify(image)).toBe(true);
  });
});

describe.each(["standard", "large"])("handbook without a public site address, %s edition", (id) => {
  const edition = () => withoutAddress.find((r) => r.edition.id === id) as EditionResult;

  it("carries the test-print mark on the cover and on every page", async () => {
    const pages = await pageLines(edition().file);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((lines, page) => {
      expect(squash(lines.join("")), `${edition().edition.id} page ${page + 1}`).toContain(squash(TEST_PRINT_MARK));
    });
  });

  it("points every QR code and short address at the local address, for staff to test", async () => {
    // Both editions print the same QR codes (one set per render): decoding the standard one proves them.
    if (edition().edition.id === "standard") {
      const urls = await decodeQrCodes(edition().file, LOCAL_ORIGIN);
      expect([...new Set(urls)].sort()).toEqual(expectedUrls(LOCAL_ORIGIN));
    }
    const text = squash((await pageLines(edition().file)).flat().join(""));
    for (const id of policyIds) expect(text).toContain(`${LOCAL_ORIGIN}/p/${id}/`);
    expect(text).not.toContain("guide.example.kr/p/");
  }, 120_000);
});
