import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSafeFileName, requireSafeFileNames } from "../src/media/serverOwnedFields.ts";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { animatedGif, HOSTILE, MiB, noisyJpeg, png } from "./helpers/hostile-files.ts";
import { client, type Json, login, serveApi } from "./helpers/http.ts";

let payload: Payload;
let stop: () => Promise<void>;
let dir: string;
let mediaDir: string;
let api: { url: string; close: () => Promise<void> };
const tokens: Record<"admin" | "editor" | "publisher", string> = { admin: "", editor: "", publisher: "" };

/** A file beside the media folder that no upload operation may touch. */
const CANARY = "canary.txt";

beforeAll(async () => {
  ({ payload, close: stop, dir } = await startTempCms("uploads"));
  mediaDir = path.join(dir, "media");
  writeFileSync(path.join(dir, CANARY), "canary");
  await createStaff(payload);
  api = await serveApi((await import("../src/payload.config.ts")).default);
  for (const role of ["admin", "editor", "publisher"] as const)
    tokens[role] = await login(api.url, `${role}@example.kr`);
});

afterAll(async () => {
  await api?.close();
  await stop?.();
});

/** Names in the media folder, sorted (none before the first upload). */
function mediaFiles(): string[] {
  return existsSync(mediaDir) ? readdirSync(mediaDir).sort() : [];
}

/** Multipart upload over real HTTP as the 편집자: create, or replace the file of `id`. */
async function upload(name: string, data: Buffer, type: string, id?: number) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(data)], { type }), name);
  form.append("_payload", JSON.stringify({ alt: "시험 이미지" }));
  const response = await fetch(`${api.url}/api/media${id === undefined ? "" : `/${id}`}`, {
    method: id === undefined ? "POST" : "PATCH",
    headers: { authorization: `JWT ${tokens.editor}` },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text) as Json };
}

describe("hostile uploads", () => {
  it(`refuses each of ${HOSTILE.length} hostile files with a Korean 400 naming the file and the reason, storing nothing`, async () => {
    const before = mediaFiles();
    const count = (await payload.count({ collection: "media" })).totalDocs;
    for (const hostile of HOSTILE) {
      const { status, json } = await upload(hostile.name, await hostile.data(), hostile.type);
      expect(status, hostile.name).toBe(400);
      const message: string = json.errors[0].message;
      expect(message, hostile.name).toContain(`'${hostile.name}' 파일을 올릴 수 없습니다.`);
      expect(message, hostile.name).toContain(hostile.reason);
      expect(json.errors[0].data.errors[0].path).toBe("file");
      expect(mediaFiles(), hostile.name).toEqual(before);
    }
    expect((await payload.count({ collection: "media" })).totalDocs).toBe(count);
  });

  it("refuses a hostile file that replaces an existing image's file, keeping the stored files", async () => {
    const created = await upload("원래-그림.png", await png(), "image/png");
    expect(created.status).toBe(201);
    const before = mediaFiles();
    const jpeg = await noisyJpeg();
    const replaced = await upload(
      "잘린-사진.jpg",
      jpeg.subarray(0, Math.floor(jpeg.length * 0.6)),
      "image/jpeg",
      created.json.doc.id,
    );
    expect(replaced.status).toBe(400);
    expect(replaced.json.errors[0].message).toContain("'잘린-사진.jpg' 파일을 올릴 수 없습니다.");
    expect(mediaFiles()).toEqual(before);
    const stored = await payload.findByID({ collection: "media", id: created.json.doc.id });
    expect(stored.filename).toBe("원래-그림.png");
  });

  it("refuses the same files through the Local API with a 400 error", async () => {
    const jpeg = await noisyJpeg();
    const data = jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
    await expect(
      payload.create({
        collection: "media",
        data: { alt: "잘린 사진" },
        file: { data, mimetype: "image/jpeg", name: "local.jpg", size: data.length },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining("'local.jpg' 파일을 올릴 수 없습니다.") });
  });

  it("stops reading a body over twice the size limit and answers 413 in Korean", async () => {
    const before = mediaFiles();
    const { status, json } = await upload("거대한-파일.jpg", Buffer.alloc(41 * MiB), "image/jpeg");
    expect(status).toBe(413);
    expect(json.errors[0].message).toContain("20 MB 이하");
    expect(mediaFiles()).toEqual(before);
  });

  it("still accepts a valid animated GIF within the pixel limit", async () => {
    const { status, json } = await upload("작은-움직이는-그림.gif", await animatedGif(200, 10), "image/gif");
    expect(status).toBe(201);
    expect(json.doc.mimeType).toBe("image/gif");
  });
});

describe("upload file names are set by the server only", () => {
  it("refuses a traversal filename from any role with a Korean 400 and ignores other server-owned values (REST, GraphQL, Local API)", async () => {
    const created = await upload("보호된-그림.png", await png(500, 400), "image/png");
    expect(created.status).toBe(201);
    const id = created.json.doc.id as number;
    const original = await payload.findByID({ collection: "media", id });
    const traversal = [
      { filename: "../cms.db" },
      { filename: "/etc/passwd" },
      { sizes: { thumbnail: { filename: `../${CANARY}` } } },
      { sizes: { small: { filename: "..\\..\\cms.db" } } },
    ];
    for (const role of ["editor", "publisher", "admin"] as const) {
      for (const data of traversal) {
        const answer = await client(api.url, tokens[role]).patch(`/api/media/${id}`, data);
        expect(answer.status, `${role} ${JSON.stringify(data)}`).toBe(400);
        expect(answer.json.errors[0].message).toContain("파일 이름(filename)이 올바르지 않습니다");
      }
    }
    const overwrite = {
      alt: "바뀐 설명",
      filename: "다른-그림.png",
      mimeType: "text/html",
      filesize: 1,
      width: 1,
      height: 1,
      url: "https://example.invalid/x.png",
      thumbnailURL: "https://example.invalid/t.png",
      sizes: { thumbnail: { filename: "다른-그림-400x300.webp", width: 1 } },
    };
    for (const role of ["editor", "publisher", "admin"] as const) {
      const answer = await client(api.url, tokens[role]).patch(`/api/media/${id}`, overwrite);
      expect(answer.status, role).toBe(200);
      expect(answer.json.doc.alt).toBe("바뀐 설명");
      expect(answer.json.doc.filename, role).toBe(original.filename);
    }
    const gql = await client(api.url, tokens.editor).graphql(
      `mutation($id: Int!) { updateMedia(id: $id, data: { alt: "그래프QL", filename: "다른-그림.png", mimeType: "text/html", width: 1 }) { filename mimeType width } }`,
      { id },
    );
    expect(gql.json.data?.updateMedia ?? null, JSON.stringify(gql.json)).toEqual({
      filename: original.filename,
      mimeType: original.mimeType,
      width: original.width,
    });
    await payload.update({ collection: "media", id, data: { ...overwrite, filename: "../cms.db" } as never });

    const stored = await payload.findByID({ collection: "media", id });
    expect(stored.filename).toBe(original.filename);
    expect(stored.mimeType).toBe(original.mimeType);
    expect([stored.width, stored.height, stored.filesize]).toEqual([
      original.width,
      original.height,
      original.filesize,
    ]);
    expect(stored.sizes).toEqual(original.sizes);
    for (const name of [
      stored.filename,
      ...Object.values(stored.sizes ?? {}).map((s) => (s as { filename?: string | null }).filename),
    ]) {
      if (name) expect(isSafeFileName(name), name).toBe(true);
    }
  });

  it("a re-upload and a delete after such a PATCH touch nothing outside the media folder", async () => {
    const created = await upload("카나리아-시험.png", await png(), "image/png");
    const id = created.json.doc.id as number;
    await client(api.url, tokens.editor).patch(`/api/media/${id}`, {
      filename: `../${CANARY}`,
      sizes: { thumbnail: { filename: "../cms.db" } },
    });
    await payload.update({ collection: "media", id, data: { filename: `../${CANARY}` } as never });
    const replaced = await upload("새-그림.png", await png(80, 60, "#c03030"), "image/png", id);
    expect(replaced.status).toBe(200);
    expect(replaced.json.doc.filename).toBe("새-그림.png");
    expect(mediaFiles()).not.toContain("카나리아-시험.png");
    expect((await client(api.url, tokens.publisher).del(`/api/media/${id}`)).status).toBe(200);
    expect(mediaFiles().some((f) => f.startsWith("새-그림"))).toBe(false);
    expect(readFileSync(path.join(dir, CANARY), "utf8")).toBe("canary");
    expect(existsSync(path.join(dir, "cms.db"))).toBe(true);
  });

  it("a client file name that is hidden or holds a path is stored as one plain name", async () => {
    for (const name of [".htaccess.png", "../../up.png", "..\\win.png"]) {
      const { status, json } = await upload(name, await png(), "image/png");
      expect(status, `${name} ${JSON.stringify(json)}`).toBe(201);
      expect(isSafeFileName(json.doc.filename), json.doc.filename).toBe(true);
    }
    expect(readFileSync(path.join(dir, CANARY), "utf8")).toBe("canary");
  });

  it("the beforeChange guard refuses a name with a directory part, in Korean naming the field", () => {
    const args = { data: { sizes: { thumbnail: { filename: "../cms.db" } } }, originalDoc: { id: 7 } };
    expect(() => requireSafeFileNames(args as never)).toThrow(
      "이미지 7의 파일 이름(sizes.thumbnail.filename)이 올바르지 않습니다",
    );
  });

  it("isSafeFileName accepts one plain name and nothing with a directory part", () => {
    for (const name of ["사진.jpg", "a-400x300.webp", "광양_복지.png"]) expect(isSafeFileName(name), name).toBe(true);
    for (const name of ["", "..", ".", "../cms.db", "a/b.png", "a\\b.png", "/etc/passwd", ".env", "x\u0000.png"]) {
      expect(isSafeFileName(name), JSON.stringify(name)).toBe(false);
    }
  });
});
