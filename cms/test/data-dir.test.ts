/**
 * The CMS on its own (as under `next dev` or the Payload CLI, without `pnpm start` passing
 * DATABASE_URI) keeps its database and local secret in DATA_DIR, as the scripts do.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPO } from "./helpers/cms.ts";

let dataDir: string;
let payload: Payload;

beforeAll(async () => {
  mkdirSync(path.join(REPO, ".tmp"), { recursive: true });
  dataDir = mkdtempSync(path.join(REPO, ".tmp", "cms-data-dir-"));
  for (const name of ["DATABASE_URI", "MEDIA_DIR", "PAYLOAD_SECRET", "FIRST_USER_TOKEN_FILE", "LIFEWELFARE_ROOT"]) {
    delete process.env[name];
  }
  Object.assign(process.env, { DATA_DIR: dataDir, JOBS_AUTORUN: "false" });
  const { getCmsPayload } = await import("../src/get-payload.ts");
  payload = await getCmsPayload();
});
afterAll(async () => {
  await payload?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("DATA_DIR", () => {
  test("the CMS's SQLite file, media folder and local secret are there", async () => {
    await payload.create({ collection: "departments", data: { name: "자료폴더과" } });
    expect((await payload.count({ collection: "departments" })).totalDocs).toBe(1);
    expect(statSync(path.join(dataDir, "cms.db")).size).toBeGreaterThan(0);
    const { env } = await import("../src/env.ts");
    expect(env.DATABASE_URI).toBe(`file:${path.join(dataDir, "cms.db")}`);
    expect(env.MEDIA_DIR).toBe(path.join(dataDir, "media"));
    expect(readFileSync(path.join(dataDir, "payload-secret"), "utf8").trim()).toBe(env.PAYLOAD_SECRET);
  });
});
