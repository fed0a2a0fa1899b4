/**
 * No secret leaves the CMS through the pipeline: with a known PAYLOAD_SECRET and a recognisable
 * DATABASE_URI, a real export (CMS Local API) → site build → both PDFs → publish writes neither
 * string into any file of the release (bytes, and the PDFs' extracted text), the snapshot, the
 * handbook cache, the pipeline status file, or the pipeline's log. The same run (the fixture's
 * address is a reserved example domain) also shows 배포 상태's test-print warning.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { writeHandbookFixture } from "@lifewelfare/handbook/testing";
import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importSnapshot } from "../src/import/import-snapshot.ts";
import { pipelineJobs, TEST_PRINT_WARNING } from "../src/pipeline/jobs.ts";
import { runPipeline } from "../src/pipeline/run-pipeline.ts";

const SECRET = `secret-probe-${randomBytes(16).toString("hex")}`;
const DB_MARKER = `db-probe-${randomBytes(6).toString("hex")}`;

let dir: string;
let payload: Payload;
const logs: string[] = [];
const log = (line: string) => logs.push(line);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lifewelfare-secrets-"));
  // Production, as `pnpm start` runs it: committed migrations, no schema push (whose drizzle-kit
  // adds enumerable Array.prototype methods that pdf.js refuses).
  Object.assign(process.env, {
    NODE_ENV: "production",
    DATABASE_URI: `file:${join(dir, `${DB_MARKER}.db`)}`,
    MEDIA_DIR: join(dir, "media"),
    PAYLOAD_SECRET: SECRET,
    JOBS_AUTORUN: "false",
  });
  const { getCmsPayload } = await import("@lifewelfare/cms/get-payload");
  payload = await getCmsPayload();
  await writeHandbookFixture(join(dir, "fixture"));
  await importSnapshot(payload, join(dir, "fixture"), log);
});

afterAll(async () => {
  await payload?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every file under `folder` (symlinks followed once: the snapshot link, `current`). */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe("secrets", () => {
  test("neither PAYLOAD_SECRET nor DATABASE_URI reaches the release, snapshot, cache, status or log", async () => {
    const status = await runPipeline(
      pipelineJobs({
        payload,
        snapshotDir: join(dir, "snapshot"),
        mediaDir: join(dir, "media"),
        base: "/",
        localOrigin: "http://localhost:4321",
        handbookCacheDir: join(dir, "handbook-cache"),
        log,
      }),
      {
        releasesDir: join(dir, "releases"),
        currentLink: join(dir, "current"),
        statusFile: join(dir, "pipeline-status.json"),
        base: "/",
        reasons: ["secrets test"],
        log,
      },
    );
    expect(status.state).toBe("succeeded");

    const files = [
      ...(await filesUnder(join(dir, "releases"))),
      ...(await filesUnder(join(dir, "snapshot.versions"))),
      ...(await filesUnder(join(dir, "handbook-cache"))),
      join(dir, "pipeline-status.json"),
    ];
    expect(files.filter((f) => f.endsWith(".pdf")).length).toBeGreaterThanOrEqual(2);
    expect(files.some((f) => f.endsWith("index.html"))).toBe(true);
    for (const file of files) {
      const bytes = await readFile(file);
      expect(bytes.includes(SECRET), file).toBe(false);
      expect(bytes.includes(DB_MARKER), file).toBe(false);
    }
    for (const pdf of files.filter((f) => f.endsWith(".pdf") && f.includes("downloads"))) {
      const { stdout } = await promisify(execFile)("pdftotext", [pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
      expect(stdout, pdf).not.toContain(SECRET);
      expect(stdout, pdf).not.toContain(DB_MARKER);
    }
    const logged = logs.join("\n");
    expect(logged).toContain("[5/5]");
    expect(logged).not.toContain(SECRET);
    expect(logged).not.toContain(DB_MARKER);
  }, 300_000);

  test("배포 상태 warns that the live handbook is a test print (the fixture's address is an example domain)", async () => {
    const status = (await payload.findGlobal({ slug: "rebuild-status", depth: 0 })) as {
      state: string;
      message: string;
    };
    expect(status.state).toBe("succeeded");
    expect(status.message).toContain(TEST_PRINT_WARNING);
    expect(status.message).toContain("안내서 설정");
    expect(status.message).toContain("SITE_ORIGIN");
  });
});
