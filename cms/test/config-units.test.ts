import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers/cms.ts";

// Modules importing env.ts read process.env once: keep them from generating <repo>/.data/payload-secret.
process.env.PAYLOAD_SECRET ??= "test-secret-0123456789abcdef0123456789abcdef";

describe("DATABASE_URI", async () => {
  const { parseDatabaseUri } = await import("../src/db/parse-uri.ts");

  it("resolves a relative file: path against the repository root, not the working directory", () => {
    expect(parseDatabaseUri("file:.data/cms.db", REPO)).toEqual({
      kind: "sqlite",
      file: path.join(REPO, ".data/cms.db"),
      url: `file:${path.join(REPO, ".data/cms.db")}`,
    });
    expect(parseDatabaseUri("file:./cms.db", REPO)).toMatchObject({ file: path.join(REPO, "cms.db") });
    expect(parseDatabaseUri("file:///var/lib/cms/cms.db", REPO)).toMatchObject({ file: "/var/lib/cms/cms.db" });
    expect(parseDatabaseUri("file:/srv/데이터/cms.db", REPO)).toMatchObject({ file: "/srv/데이터/cms.db" });
  });

  it("uses MongoDB transactions only where the URI names a replica set or a cluster", () => {
    expect(parseDatabaseUri("mongodb://localhost:27017/lw", REPO)).toMatchObject({
      kind: "mongodb",
      replicaSet: false,
    });
    expect(parseDatabaseUri("mongodb://a,b,c/lw?replicaSet=rs0", REPO)).toMatchObject({
      kind: "mongodb",
      replicaSet: true,
    });
    expect(parseDatabaseUri("mongodb+srv://u:p@cluster.example.net/lw", REPO)).toMatchObject({
      kind: "mongodb",
      replicaSet: true,
    });
  });

  it("refuses anything else, listing the accepted forms and hiding the password", () => {
    expect(() => parseDatabaseUri("postgres://u:secret@db/lw", REPO)).toThrow(
      /Accepted forms:[\s\S]*file:[\s\S]*mongodb:\/\/[\s\S]*mongodb\+srv:\/\//,
    );
    expect(() => parseDatabaseUri("postgres://u:secret@db/lw", REPO)).not.toThrow(/secret/);
  });
});

const LOAD_ENV = path.join(REPO, "cms", "src", "load-env.ts");

describe("environment", async () => {
  const { loadEnv } = await import("../src/load-env.ts");
  mkdirSync(path.join(REPO, ".tmp"), { recursive: true });

  it("refuses to start in production without a real PAYLOAD_SECRET", () => {
    expect(() => loadEnv({ NODE_ENV: "production" })).toThrow(/PAYLOAD_SECRET[\s\S]*32/);
    expect(() => loadEnv({ NODE_ENV: "production", PAYLOAD_SECRET: "short" })).toThrow(/got 5 characters/);
    expect(loadEnv({ NODE_ENV: "production", PAYLOAD_SECRET: "x".repeat(32) }).PAYLOAD_SECRET).toBe("x".repeat(32));
  });

  it("reads the work dashboard's settings: 검토 기한 in months (default 12) and the site's address", () => {
    const secret = { NODE_ENV: "test", PAYLOAD_SECRET: "x".repeat(32) } as const;
    expect(loadEnv(secret).REVIEW_OVERDUE_MONTHS).toBe(12);
    const set = loadEnv({ ...secret, REVIEW_OVERDUE_MONTHS: "6", SITE_ORIGIN: "" });
    expect([set.REVIEW_OVERDUE_MONTHS, set.SITE_ORIGIN]).toEqual([6, undefined]);
    expect(() => loadEnv({ ...secret, REVIEW_OVERDUE_MONTHS: "0" })).toThrow(/REVIEW_OVERDUE_MONTHS/);
    expect(() => loadEnv({ ...secret, SITE_ORIGIN: "ftp://welfare.example.kr" })).toThrow(/SITE_ORIGIN/);
  });

  it("generates a local secret once and reuses it", () => {
    const root = mkdtempSync(path.join(REPO, ".tmp", "env-"));
    const source = { NODE_ENV: "development", LIFEWELFARE_ROOT: root } as const;
    try {
      const first = loadEnv(source).PAYLOAD_SECRET;
      const secretFile = path.join(root, ".data", "payload-secret");
      expect(existsSync(secretFile)).toBe(true);
      expect(first).toHaveLength(64);
      expect(readFileSync(secretFile, "utf8").trim()).toBe(first);
      expect(loadEnv(source).PAYLOAD_SECRET).toBe(first);
      expect(loadEnv(source).DATABASE_URI).toBe(`file:${path.join(root, ".data", "cms.db")}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("puts its defaults and the local secret in DATA_DIR (relative to the repository root)", () => {
    const root = mkdtempSync(path.join(REPO, ".tmp", "env-"));
    const source = { NODE_ENV: "development", LIFEWELFARE_ROOT: root, DATA_DIR: "state" } as const;
    try {
      const env = loadEnv(source);
      const data = path.join(root, "state");
      expect(env.DATABASE_URI).toBe(`file:${path.join(data, "cms.db")}`);
      expect(env.MEDIA_DIR).toBe(path.join(data, "media"));
      expect(env.FIRST_USER_TOKEN_FILE).toBe(path.join(data, "first-user-token"));
      expect(readFileSync(path.join(data, "payload-secret"), "utf8").trim()).toBe(env.PAYLOAD_SECRET);
      expect(existsSync(path.join(root, ".data"))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("importing load-env.ts reads and writes nothing (only a call does)", () => {
    const root = mkdtempSync(path.join(REPO, ".tmp", "env-"));
    try {
      // A production environment without a secret: loadEnv at import would throw, and a
      // development one would write <root>/.data/payload-secret.
      for (const NODE_ENV of ["production", "development"] as const) {
        execFileSync(
          process.execPath,
          ["--import", "tsx", "--input-type=module", "-e", `await import(${JSON.stringify(LOAD_ENV)});`],
          { cwd: REPO, env: { PATH: process.env.PATH, NODE_ENV, LIFEWELFARE_ROOT: root }, stdio: "pipe" },
        );
      }
      expect(existsSync(path.join(root, ".data"))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("validates the rebuild settings", () => {
    const env = loadEnv({
      NODE_ENV: "test",
      PAYLOAD_SECRET: "s",
      REBUILD_DEBOUNCE_MS: "500",
      SITE_REBUILD_WEBHOOK: "https://ci.example.kr/hook",
    });
    expect(env.REBUILD_DEBOUNCE_MS).toBe(500);
    expect(() => loadEnv({ NODE_ENV: "test", PAYLOAD_SECRET: "s", SITE_REBUILD_WEBHOOK: "ftp://x" })).toThrow(
      /SITE_REBUILD_WEBHOOK/,
    );
    expect(() => loadEnv({ NODE_ENV: "test", PAYLOAD_SECRET: "s", DATABASE_URI: "postgres://x" })).not.toThrow(); // checked by the db module
  });
});
