import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTempCms } from "../src/testing/temp-cms.ts";
import { REPO } from "./helpers/cms.ts";
import { policyData } from "./helpers/lexical.ts";

const dir = prepareTempCms("prod", { NODE_ENV: "production" });
const file = path.join(dir, "cms.db");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("production database", () => {
  it("applies the committed migrations to a new SQLite file and works without schema push", async () => {
    Object.assign(process.env, { NODE_ENV: "production" });
    const { getCmsPayload } = await import("../src/get-payload.ts");
    const payload = await getCmsPayload();
    try {
      const migrations = await payload.find({ collection: "payload-migrations", overrideAccess: true });
      const { migrations: committed } = await import("../src/migrations/index.ts");
      expect(migrations.docs.map((m) => m.name).sort()).toEqual(committed.map((m) => m.name).sort());
      expect(migrations.docs.every((m) => m.batch === 1)).toBe(true);
      // The list indexes (public list by _status and newest first; the admin's latest-version list).
      const sqlite = new DatabaseSync(file, { readOnly: true });
      const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all();
      sqlite.close();
      expect(indexes.map((i) => i.name)).toEqual(
        expect.arrayContaining(["_status_createdAt_idx", "_policies_v_latest_created_idx"]),
      );
      const created = await payload.create({
        collection: "policies",
        data: { ...policyData({ title: "운영 DB 정책" }), _status: "published" },
      });
      expect(created.slug).toBe("운영-db-정책");
      expect(existsSync(file)).toBe(true);
      expect(file.startsWith(REPO)).toBe(true);
    } finally {
      await payload.destroy();
      Object.assign(process.env, { NODE_ENV: "test" });
    }
  });

  it("refuses a development (schema-pushed) file with a clear message instead of exiting silently", async () => {
    const { assertNotDevPushed } = await import("../src/db/devPushGuard.ts");
    const devFile = path.join(dir, "dev.db");
    const db = new DatabaseSync(devFile);
    db.exec("CREATE TABLE payload_migrations (id INTEGER PRIMARY KEY, name TEXT, batch NUMERIC)");
    db.exec("INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)");
    db.close();
    expect(() => assertNotDevPushed(devFile)).toThrow(/development run \(schema push\)[\s\S]*운영용 DATABASE_URI/);
    expect(() => assertNotDevPushed(file)).not.toThrow();
  });
});
