/**
 * What the export makes of a CMS whose content moves on: a published policy with a newer draft,
 * and every delete path (a policy, a department in use, an image in use, the cover mascot): what
 * the CMS answers, in Korean, and what the next export holds. The CMS refuses to delete what is in
 * use (409); a reference can still vanish below it (a database-level delete, or MongoDB, which keeps
 * no foreign keys), and the export copes with that too.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { startTempCms } from "@lifewelfare/cms/testing";
import type { Payload } from "payload";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { exportSnapshot } from "../src/export/export-snapshot.ts";
import { createPolicy, publishGuidebook } from "./helpers/cms-docs.ts";

let cms: Awaited<ReturnType<typeof startTempCms>>;
let payload: Payload;
type Staff = Awaited<ReturnType<Payload["create"]>> & { collection: "users" };
let editor: Staff;
let publisher: Staff;

const snapshotDir = () => join(cms.dir, "snapshot");
const run = () => exportSnapshot(payload, { dir: snapshotDir(), mediaDir: cms.mediaDir, log: () => undefined });
/** The open-data files of the last export, as text. */
const openData = async () =>
  (await Promise.all(["policies.json", "policies.csv"].map((f) => readFile(join(snapshotDir(), f), "utf8")))).join(
    "\n",
  );

/** Deletes as `user` with access enforced; returns the Korean refusal, or null when deleted. */
async function deleteAs(user: Staff, collection: "policies" | "departments" | "media" | "mascots", id: number) {
  try {
    await payload.delete({ collection, id, user, overrideAccess: false });
    return null;
  } catch (error) {
    return { status: (error as { status?: number }).status, message: (error as Error).message };
  }
}

/**
 * Deletes below the CMS's hooks, as a database-level delete would (SQLite's foreign keys empty the
 * references; MongoDB would leave them dangling).
 */
async function deleteInDatabase(collection: "departments" | "media" | "mascots", id: number) {
  await payload.db.deleteOne({ collection, where: { id: { equals: id } } });
}

async function upload(alt: string, name: string) {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
  return payload.create({
    collection: "media",
    data: { alt } as never,
    file: { data: png, mimetype: "image/png", name, size: png.length },
  });
}

beforeAll(async () => {
  cms = await startTempCms("export-lifecycle");
  payload = cms.payload;
  const staff = async (role: "admin" | "editor" | "publisher") => ({
    ...(await payload.create({
      collection: "users",
      data: { email: `${role}@example.kr`, password: "test-password-1", role, name: role } as never,
    })),
    collection: "users" as const,
  });
  await staff("admin"); // the first account is always made 관리자
  editor = await staff("editor");
  publisher = await staff("publisher");
  await publishGuidebook(payload);
}, 120_000);
afterAll(async () => cms?.close());

describe("a guide without any published policy", () => {
  test("exports, with open data dated by the publish of 안내서 설정 (not 1970, which the XLSX ZIP refuses)", async () => {
    const { updatedAt } = await payload.findGlobal({ slug: "guidebook" });
    const { snapshot } = await run();
    expect(snapshot.policies).toEqual([]);
    expect(snapshot.generatedAt).toBe(new Date(String(updatedAt)).toISOString());
    expect(JSON.parse(await readFile(join(snapshotDir(), "policies.json"), "utf8")).generatedAt).toBe(
      snapshot.generatedAt,
    );
  });
});

describe("a published policy with a newer draft", () => {
  test("exports as published: the draft's title and summary are in no file", async () => {
    const doc = await createPolicy(payload, "게시본 제목 청년 월세", { summary: "게시된 요약입니다." });
    await payload.update({
      collection: "policies",
      id: doc.id,
      draft: true,
      data: { title: "검토 전 초안 제목", summary: "아직 검토하지 않은 초안 요약입니다." } as never,
      user: editor,
      overrideAccess: false,
    });
    const latest = await payload.findByID({ collection: "policies", id: doc.id, draft: true });
    expect(latest.title).toBe("검토 전 초안 제목");

    const { snapshot } = await run();
    const exported = snapshot.policies.find((p) => p.title === "게시본 제목 청년 월세");
    expect(exported?.summary).toBe("게시된 요약입니다.");
    const everything = `${await readFile(join(snapshotDir(), "snapshot.json"), "utf8")}\n${await openData()}`;
    for (const draftWords of ["검토 전 초안 제목", "아직 검토하지 않은 초안 요약입니다."]) {
      expect(everything).not.toContain(draftWords);
    }
    expect(await openData()).toContain("게시된 요약입니다.");
  });
});

describe("deleting", () => {
  test("a published policy: 편집자 are refused in Korean; a 검토자 deletes it and the next export drops it", async () => {
    const doc = await createPolicy(payload, "삭제될 청년 정책");
    expect((await run()).snapshot.policies.map((p) => p.title)).toContain("삭제될 청년 정책");
    expect(await deleteAs(editor, "policies", doc.id as number)).toEqual({
      status: 403,
      message: "이 작업을 수행할 권한이 없습니다.",
    });
    expect(await deleteAs(publisher, "policies", doc.id as number)).toBeNull();
    expect((await run()).snapshot.policies.map((p) => p.title)).not.toContain("삭제될 청년 정책");
    expect(await openData()).not.toContain("삭제될 청년 정책");
  });

  test("a department a published policy uses: refused in Korean; gone below the CMS, the policy exports without 담당부서", async () => {
    const department = await payload.create({
      collection: "departments",
      data: { stableId: "dept-youth", name: "청년정책과", phone: "061-797-3000", _status: "published" } as never,
    });
    await createPolicy(payload, "부서가 지워질 정책", { department: department.id });
    const before = (await run()).snapshot.policies.find((p) => p.title === "부서가 지워질 정책");
    expect(before?.departmentId).toBe("dept-youth");
    expect(await deleteAs(editor, "departments", department.id as number)).toMatchObject({ status: 403 });
    expect(await deleteAs(publisher, "departments", department.id as number)).toMatchObject({
      status: 409,
      message: expect.stringContaining("정책 1건(‘부서가 지워질 정책’)에서 쓰고 있어 삭제할 수 없습니다"),
    });
    await deleteInDatabase("departments", department.id as number);
    const { snapshot } = await run();
    expect(snapshot.departments.map((d) => d.id)).not.toContain("dept-youth");
    const after = snapshot.policies.find((p) => p.title === "부서가 지워질 정책");
    expect(after).toBeDefined();
    expect(after?.departmentId).toBeUndefined();
  });

  test("an image a published policy shows: refused; gone below the CMS, the policy exports without it and its file is not copied", async () => {
    const image = await upload("청년 월세 신청 안내 그림", "youth-rent.png");
    await createPolicy(payload, "그림이 지워질 정책", { images: [image.id] });
    const before = (await run()).snapshot.policies.find((p) => p.title === "그림이 지워질 정책");
    expect(before?.images.map((i) => i.alt)).toEqual(["청년 월세 신청 안내 그림"]);
    expect(await deleteAs(editor, "media", image.id as number)).toMatchObject({ status: 403 });
    expect(await deleteAs(publisher, "media", image.id as number)).toMatchObject({ status: 409 });
    await deleteInDatabase("media", image.id as number);
    const { snapshot } = await run();
    expect(snapshot.policies.find((p) => p.title === "그림이 지워질 정책")?.images).toEqual([]);
    expect(JSON.stringify(snapshot)).not.toContain("youth-rent");
  });

  /** Publishes a mascot with a fresh image and makes it the guidebook's cover; returns both ids. */
  async function coverMascot(stableId: string) {
    const image = await upload("광양이 인사", `${stableId}.png`);
    const mascot = await payload.create({
      collection: "mascots",
      data: {
        stableId,
        name: "광양이",
        alt: "손 흔드는 광양이",
        pose: "greeting",
        image: image.id,
        _status: "published",
      },
    } as never);
    await payload.updateGlobal({ slug: "guidebook", data: { coverMascot: mascot.id, _status: "published" } as never });
    expect((await run()).snapshot.guidebook.coverMascotId).toBe(stableId);
    return { image: image.id as number, mascot: mascot.id as number };
  }

  test("the cover mascot: 편집자 and 검토자 are refused; gone below the CMS, the guidebook exports without a cover", async () => {
    const { mascot } = await coverMascot("mascot-hello");
    expect(await deleteAs(editor, "mascots", mascot)).toMatchObject({ status: 403 });
    expect(await deleteAs(publisher, "mascots", mascot)).toMatchObject({
      status: 409,
      message: expect.stringContaining("안내서 설정에서 쓰고 있어"),
    });
    await deleteInDatabase("mascots", mascot);
    const { snapshot } = await run();
    expect(snapshot.mascots).toEqual([]);
    expect(snapshot.guidebook.coverMascotId).toBeUndefined();
  });

  test("the image of the cover mascot: refused; gone below the CMS, the next export stops in Korean naming 표지 캐릭터; the last snapshot stays", async () => {
    const { image } = await coverMascot("mascot-wave");
    const last = await readFile(join(snapshotDir(), "snapshot.json"));
    expect(await deleteAs(publisher, "media", image)).toMatchObject({ status: 409 });
    await deleteInDatabase("media", image);
    await expect(run()).rejects.toThrow(
      /안내서 설정 › 표지 캐릭터 \(guidebook\.coverMascotId\): 없는 캐릭터를 가리킵니다/,
    );
    expect((await readFile(join(snapshotDir(), "snapshot.json"))).equals(last)).toBe(true);
  });
});
