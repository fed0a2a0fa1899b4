import { describe, expect, test } from "vitest";
import { childEnv } from "../src/runtime/child-env.ts";

const parent = {
  PATH: "/usr/bin",
  HOME: "/home/city",
  LANG: "ko_KR.UTF-8",
  LC_ALL: "ko_KR.UTF-8",
  PAYLOAD_SECRET: "secret-0123456789abcdef0123456789abcdef",
  DATABASE_URI: "mongodb://admin:pw@db.internal/cms",
  SITE_REBUILD_WEBHOOK: "http://127.0.0.1:4322/rebuild?token=abc",
  SITE_BASE: "/guide/",
  VITEST_POOL_ID: "1",
};

describe("childEnv", () => {
  test("keeps only the base names and LC_* of the parent, never its secrets", () => {
    expect(childEnv({ source: parent })).toEqual({
      PATH: "/usr/bin",
      HOME: "/home/city",
      LANG: "ko_KR.UTF-8",
      LC_ALL: "ko_KR.UTF-8",
    });
  });

  test("copies the names asked for when the parent has them, and sets given values over them", () => {
    const env = childEnv({
      source: parent,
      pass: ["SITE_BASE", "SITE_ORIGIN"],
      set: { SITE_BASE: "/other/", NODE_ENV: "production", SKIPPED: undefined },
    });
    expect(env).toMatchObject({ SITE_BASE: "/other/", NODE_ENV: "production", PATH: "/usr/bin" });
    expect(Object.keys(env)).not.toContain("SITE_ORIGIN");
    expect(Object.keys(env)).not.toContain("SKIPPED");
    expect(JSON.stringify(env)).not.toMatch(/secret-0123|mongodb:|token=abc|VITEST/);
  });

  test("reads process.env by default and returns a new object", () => {
    const env = childEnv();
    expect(env.PATH).toBe(process.env.PATH);
    expect(env).not.toBe(process.env);
  });
});
