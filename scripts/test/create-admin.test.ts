import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = join(import.meta.dirname, "..", "..");
let dataDir: string;

/** Runs `pnpm create-admin …` from the repository root on the temporary data folder. */
function createAdmin(...args: string[]): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  for (const key of ["DATABASE_URI", "MEDIA_DIR", "PAYLOAD_SECRET", "FIRST_USER_TOKEN_FILE", "NODE_ENV"])
    delete env[key];
  return new Promise((resolve) => {
    execFile("pnpm", ["--silent", "create-admin", ...args], { cwd: REPO, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

async function users(): Promise<{ email: string; role: string }[]> {
  const db = createClient({ url: `file:${join(dataDir, "cms.db")}` });
  try {
    const { rows } = await db.execute("select email, role from users order by id");
    return rows.map((row) => ({ email: String(row.email), role: String(row.role) }));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "lifewelfare-create-admin-"));
});

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("pnpm create-admin", () => {
  it("refuses a weak password in Korean before touching the database", async () => {
    const weak = await createAdmin("--email", "boss@example.kr", "--password", "password1234");
    expect(weak.code).toBe(1);
    expect(weak.output).toContain("너무 흔한 비밀번호");
    expect(existsSync(join(dataDir, "cms.db"))).toBe(false);
  }, 120_000);

  it("creates the first 관리자 (deleting the one-time link token), then another while staff exist", async () => {
    writeFileSync(join(dataDir, "first-user-token"), "a".repeat(64));
    const first = await createAdmin("--email", "boss@example.kr", "--password", "광양시 복지 안내서 관리자");
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain("관리자 계정을 만들었습니다: boss@example.kr");
    expect(existsSync(join(dataDir, "first-user-token"))).toBe(false);

    const second = await createAdmin("--email", "deputy@example.kr", "--password", "another long passphrase");
    expect(second.code, second.output).toBe(0);
    expect(await users()).toEqual([
      { email: "boss@example.kr", role: "admin" },
      { email: "deputy@example.kr", role: "admin" },
    ]);
  }, 300_000);
});
