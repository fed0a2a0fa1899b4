import { existsSync } from "node:fs";
import { join } from "node:path";
import { startTempCms } from "@lifewelfare/cms/testing";
import { ContentValidationError, imageVariant } from "@lifewelfare/content-models";
import type { Payload } from "payload";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { exportSnapshot } from "../src/export/export-snapshot.ts";
import { mediaSource } from "../src/export/media-path.ts";
import { seed } from "../src/seed/seed.ts";

let cms: Awaited<ReturnType<typeof startTempCms>>;
let payload: Payload;

beforeAll(async () => {
  cms = await startTempCms("export-media");
  payload = cms.payload;
  // The export needs a published 안내서 설정 and valid content around the image under test.
  await seed(payload, { log: () => undefined });
});

afterAll(async () => {
  await cms?.close();
});

/** A published mascot whose image's stored names are then overwritten in the database itself. */
async function mascotWithStoredNames(stored: Record<string, unknown>) {
  const data = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#2a6" } })
    .png()
    .toBuffer();
  const media = await payload.create({
    collection: "media",
    data: { alt: "복지 캐릭터" },
    file: { data, mimetype: "image/png", name: "mascot.png", size: data.length },
  });
  await payload.create({
    collection: "mascots",
    data: { name: "캐릭터", pose: "default", image: media.id, alt: "웃는 캐릭터", _status: "published" } as never,
  });
  // As a database written before upload names were server-only would hold them.
  await payload.db.updateOne({ collection: "media", id: media.id, data: stored });
  return media;
}

describe("the export copies media files from the media folder only", () => {
  test("a stored filename or size filename pointing out of the media folder fails the export, naming the image", async () => {
    const snapshotDir = join(cms.dir, "snapshot");
    const media = await mascotWithStoredNames({ filename: "../cms.db" });
    const error = await exportSnapshot(payload, {
      dir: snapshotDir,
      mediaDir: cms.mediaDir,
      log: () => undefined,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentValidationError);
    const issue = (error as ContentValidationError).issues[0];
    expect(issue?.document).toBe(`이미지 ${media.id} 「복지 캐릭터」`);
    expect(issue?.path).toBe("filename");
    expect(issue?.message).toContain('저장된 파일 이름 "../cms.db"');
    expect(existsSync(snapshotDir)).toBe(false);

    const sizes = media.sizes as Record<string, Record<string, unknown>>;
    await payload.db.updateOne({
      collection: "media",
      id: media.id,
      data: {
        filename: media.filename,
        sizes: { ...sizes, thumbnail: { ...sizes.thumbnail, filename: "../../etc/passwd" } },
      },
    });
    const sizeError = await exportSnapshot(payload, {
      dir: snapshotDir,
      mediaDir: cms.mediaDir,
      log: () => undefined,
    }).catch((e: unknown) => e);
    expect((sizeError as ContentValidationError).issues[0]?.path).toBe("sizes.thumbnail.filename");
    expect(existsSync(snapshotDir)).toBe(false);
  });

  test("mediaSource accepts one plain name inside the folder only", () => {
    expect(mediaSource("/srv/media", "사진-400x300.webp", "이미지 1")).toBe("/srv/media/사진-400x300.webp");
    for (const name of ["../cms.db", "..", ".", "", "a/b.png", "a\\b.png", "/etc/passwd"]) {
      expect(() => mediaSource("/srv/media", name, "이미지 1"), name).toThrow(ContentValidationError);
    }
  });

  test("an image variant's src is media/<one file name>", () => {
    const variant = { name: "original", width: 10, height: 10, mimeType: "image/png" };
    expect(imageVariant.safeParse({ ...variant, src: "media/사진.png" }).success).toBe(true);
    for (const src of [
      "media/../cms.db",
      "media/a/b.png",
      "../cms.db",
      "media/",
      "media/.env",
      "/media/x.png",
      "media\\x.png",
    ]) {
      expect(imageVariant.safeParse({ ...variant, src }).success, src).toBe(false);
    }
  });
});
