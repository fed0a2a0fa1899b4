import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTempCms } from "@lifewelfare/cms/testing";
import { ContentValidationError } from "@lifewelfare/content-models";
import { FLAGSHIP_TITLES } from "@lifewelfare/content-models/testing";
import { SEARCH_TERMS } from "@lifewelfare/seed-content";
import { parse } from "csv-parse/sync";
import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { exportSnapshot } from "../src/export/export-snapshot.ts";
import { seed } from "../src/seed/seed.ts";
import { createPolicy as createDoc, paragraph, text } from "./helpers/cms-docs.ts";

let cms: Awaited<ReturnType<typeof startTempCms>>;
let payload: Payload;
const quiet = () => undefined;
const snapshotDir = () => join(cms.dir, "snapshot");
const run = () => exportSnapshot(payload, { dir: snapshotDir(), mediaDir: cms.mediaDir, log: quiet });

const createPolicy = (title: string, extra: Record<string, unknown> = {}, status?: "draft" | "published") =>
  createDoc(payload, title, extra, status);

beforeAll(async () => {
  cms = await startTempCms("export");
  payload = cms.payload;
  await seed(payload, { log: quiet });
}, 600_000);
afterAll(async () => cms?.close());

describe("pnpm seed && pnpm export", () => {
  test("writes a snapshot with ≥ 60 published policies covering every chapter and the 12 flagships", async () => {
    const { snapshot } = await run();
    expect(snapshot.policies.length).toBeGreaterThanOrEqual(60);
    const chapters = new Set(snapshot.policies.map((p) => p.primaryChapter));
    expect([...chapters].sort()).toEqual(
      ["child", "common", "infant", "middle-aged", "pregnancy", "senior", "teen", "youth"].sort(),
    );
    const titles = snapshot.policies.map((p) => p.title);
    for (const flagship of FLAGSHIP_TITLES) expect(titles).toContain(flagship);
    expect(snapshot.searchTerms.map((t) => t.id)).toEqual(SEARCH_TERMS.map((t) => t.id).sort());
    for (const policy of snapshot.policies) {
      expect(policy.sourceUrls.length).toBeGreaterThan(0);
      const complete = policy.targetAudience && policy.benefits && policy.contacts.length > 0;
      if (!complete) expect(policy.needsVerification, policy.title).toBe(true);
    }
  });

  test("seeding twice changes nothing", async () => {
    const before = await run();
    const summary = await seed(payload, { log: quiet });
    expect(summary.created).toBe(0);
    expect(summary.updated).toBe(0);
    const after = await run();
    expect(after.sha256).toBe(before.sha256);
  });

  test("exporting twice gives byte-identical files", async () => {
    await run();
    const first = await readFile(join(snapshotDir(), "snapshot.json"));
    const firstCsv = await readFile(join(snapshotDir(), "policies.csv"));
    const firstXlsx = await readFile(join(snapshotDir(), "policies.xlsx"));
    await run();
    expect((await readFile(join(snapshotDir(), "snapshot.json"))).equals(first)).toBe(true);
    expect((await readFile(join(snapshotDir(), "policies.csv"))).equals(firstCsv)).toBe(true);
    expect((await readFile(join(snapshotDir(), "policies.xlsx"))).equals(firstXlsx)).toBe(true);
  });

  test("open data: policies.csv is UTF-8 with BOM and API-named columns; policies.json lists every policy", async () => {
    const { snapshot } = await run();
    const csv = await readFile(join(snapshotDir(), "policies.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = csv.toString("utf8").slice(1).split("\r\n")[0];
    for (const column of [
      "서비스ID",
      "서비스명",
      "지원대상",
      "선정기준",
      "지원내용",
      "신청방법",
      "구비서류",
      "전화문의",
    ]) {
      expect(header).toContain(column);
    }
    const json = JSON.parse(await readFile(join(snapshotDir(), "policies.json"), "utf8"));
    expect(json.policies).toHaveLength(snapshot.policies.length);
  });
});

describe("export safety", () => {
  test("policies.csv neutralises cells a spreadsheet would run as formulas; policies.json keeps the text", async () => {
    const title = '=HYPERLINK("http://example.invalid","x")';
    await createPolicy(title, {
      summary: "+1+2 로 시작하는 요약",
      requiredDocuments: ["-신분증", "주민등록등본"],
      legalBasis: ["@SUM(1+1)"],
    });
    await run();
    const rows = parse(await readFile(join(snapshotDir(), "policies.csv")), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    const row = rows.find((r) => r.서비스명?.includes("HYPERLINK"));
    expect(row?.서비스명).toBe(`'${title}`);
    expect(row?.서비스목적요약).toBe("'+1+2 로 시작하는 요약");
    expect(row?.구비서류).toBe("'-신분증||주민등록등본");
    expect(row?.법령).toBe("'@SUM(1+1)");
    for (const r of rows) {
      for (const [column, cell] of Object.entries(r))
        expect(cell, `${r.서비스ID} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const json = JSON.parse(await readFile(join(snapshotDir(), "policies.json"), "utf8"));
    const policy = json.policies.find((p: { title: string }) => p.title === title);
    expect(policy.summary).toBe("+1+2 로 시작하는 요약");
    expect(policy.requiredDocuments).toEqual(["-신분증", "주민등록등본"]);
  });

  test("a draft never appears in the snapshot", async () => {
    await createPolicy("초안으로만 있는 청년 정책", {}, "draft");
    const { snapshot } = await run();
    expect(snapshot.policies.map((p) => p.title)).not.toContain("초안으로만 있는 청년 정책");
  });

  test("안내서 설정 is exported as last published, even when a restored draft is its live document", async () => {
    const published = ((await payload.findGlobal({ slug: "guidebook" })) as { title: string }).title;
    await payload.updateGlobal({ slug: "guidebook", data: { title: "검토 안 된 안내서 제목" } as never, draft: true });
    const { docs } = await payload.findGlobalVersions({ slug: "guidebook", sort: "-updatedAt", limit: 1 });
    // Restoring a draft version writes it into the live document (issue 13, case 2: a 편집자 could).
    await payload.restoreGlobalVersion({ slug: "guidebook", id: String(docs[0]?.id) });
    expect(((await payload.db.findGlobal({ slug: "guidebook" })) as { title: string }).title).toBe(
      "검토 안 된 안내서 제목",
    );
    const { snapshot } = await run();
    expect(snapshot.guidebook.title).toBe(published);
    await payload.updateGlobal({ slug: "guidebook", data: { title: published, _status: "published" } as never });
  });

  test("braces, angle brackets, <개정 2024. 1. 1.>, <script> and javascript: links export as inert text", async () => {
    await createPolicy("위험한 글자 시험 정책", {
      benefits: paragraph(text("{중괄호} <꺾쇠> <개정 2024. 1. 1.> <script>alert(1)</script>"), {
        type: "link",
        version: 3,
        fields: { linkType: "custom", url: "javascript:alert(1)" },
        children: [text("눌러 보기")],
      }),
    });
    const { snapshot } = await run();
    const policy = snapshot.policies.find((p) => p.title === "위험한 글자 시험 정책");
    expect(policy?.benefits).toContain("{중괄호}");
    expect(policy?.benefits).toContain("&lt;개정 2024. 1. 1.&gt;");
    expect(policy?.benefits).toContain("&lt;script&gt;");
    expect(policy?.benefits).not.toContain("<script");
    expect(policy?.benefits).not.toContain("javascript:");
    expect(policy?.benefits).toContain("눌러 보기");
  });

  test("a link to an unpublished policy becomes plain text with a warning", async () => {
    const hidden = await createPolicy("아직 게시 안 된 연결 대상", {}, "draft");
    await createPolicy("연결을 가진 정책", {
      benefits: paragraph(text("자세한 내용은 "), {
        type: "link",
        version: 3,
        fields: { linkType: "internal", doc: { relationTo: "policies", value: hidden.id } },
        children: [text("관련 정책")],
      }),
    });
    const { snapshot, warnings } = await run();
    const policy = snapshot.policies.find((p) => p.title === "연결을 가진 정책");
    expect(policy?.benefits).toContain("관련 정책");
    expect(policy?.benefits).not.toContain("<a");
    expect(warnings.some((w) => w.includes("연결을 가진 정책"))).toBe(true);
  });

  test("an invalid policy fails the export, naming it, and leaves the previous snapshot byte-identical", async () => {
    await run();
    const before = await readFile(join(snapshotDir(), "snapshot.json"));
    const beforeFiles = (await readdir(snapshotDir(), { recursive: true })).sort();
    const bad = await createPolicy("잘못된 전화번호 정책");
    // Forced past the CMS's own validation, as a broken import or a direct database edit would be.
    await payload.db.updateOne({
      collection: "policies",
      where: { id: { equals: bad.id } },
      data: { contacts: [{ id: "bad-contact-1", label: "담당", phone: "02-12-345" }] },
    } as never);
    const error = await run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentValidationError);
    expect(String((error as Error).message)).toContain("잘못된 전화번호 정책");
    expect(String((error as Error).message)).toContain("전화번호");
    expect((await readFile(join(snapshotDir(), "snapshot.json"))).equals(before)).toBe(true);
    expect((await readdir(snapshotDir(), { recursive: true })).sort()).toEqual(beforeFiles);
    await payload.delete({ collection: "policies", id: bad.id });
  });
});

describe("pnpm import", () => {
  test("export → import into an empty CMS → export gives the same snapshot (through the real commands)", async () => {
    await run();
    const firstJson = await readFile(join(snapshotDir(), "snapshot.json"), "utf8");
    expect(JSON.parse(firstJson).searchTerms).toHaveLength(SEARCH_TERMS.length);
    const target = await mkdtemp(join(tmpdir(), "lifewelfare-import-"));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URI: `file:${join(target, "cms.db")}`,
      MEDIA_DIR: join(target, "media"),
      SNAPSHOT_DIR: join(target, "snapshot"),
      DATA_DIR: target,
    };
    try {
      await runScript("src/cli/import.ts", [snapshotDir()], env);
      await runScript("src/cli/export.ts", [], env);
      expect(await readFile(join(target, "snapshot", "snapshot.json"), "utf8")).toBe(firstJson);
    } finally {
      await rm(target, { recursive: true, force: true });
    }
  }, 600_000);
});

/** Runs a scripts CLI with tsx; rejects with its output when it fails. */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { cwd: join(import.meta.dirname, ".."), env },
      (error, stdout, stderr) => (error ? reject(new Error(`${script} failed:\n${stdout}\n${stderr}`)) : resolve()),
    );
  });
}
