import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFirstUserToken } from "../src/auth/firstUserToken.ts";
import { prepareTempCms } from "../src/testing/temp-cms.ts";
import { client, serveApi } from "./helpers/http.ts";

let payload: Payload;
let dir: string;
let tokenFile: string;
let api: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  dir = prepareTempCms("first-user");
  tokenFile = path.join(dir, "first-user-token");
  process.env.FIRST_USER_TOKEN_FILE = tokenFile;
  const { getCmsPayload } = await import("../src/get-payload.ts");
  payload = await getCmsPayload();
  api = await serveApi((await import("../src/payload.config.ts")).default);
});

afterAll(async () => {
  await api?.close();
  await payload?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const admin = (email: string, password = "first-admin-passphrase") => ({ email, password, name: "관리자" });

describe("first 관리자 (case 6)", () => {
  it("is refused over REST without the token, with a wrong one, and before any token exists", async () => {
    const anon = client(api.url);
    const noFile = await anon.post("/api/users/first-register?token=abc", admin("a@example.kr"));
    expect(noFile.status).toBe(403);
    const token = createFirstUserToken(tokenFile);
    for (const url of ["/api/users/first-register", `/api/users/first-register?token=${token.slice(1)}x`]) {
      const refused = await anon.post(url, admin("a@example.kr"));
      expect(refused.status, url).toBe(403);
      expect(refused.json.errors[0].message, url).toContain("pnpm create-admin");
    }
    expect((await payload.count({ collection: "users" })).totalDocs).toBe(0);
  });

  it("keeps the token when the password is refused, then lets exactly one of two simultaneous registrations win", async () => {
    const token = createFirstUserToken(tokenFile);
    const anon = client(api.url);
    const weak = await anon.post(`/api/users/first-register?token=${token}`, admin("a@example.kr", "short"));
    expect(weak.status).toBe(400);
    expect(JSON.stringify(weak.json)).toContain("12자 이상");

    const [one, two] = await Promise.all([
      anon.post(`/api/users/first-register?token=${token}`, admin("one@example.kr")),
      anon.post(`/api/users/first-register?token=${token}`, admin("two@example.kr")),
    ]);
    const statuses = [one.status, two.status].sort();
    expect(statuses[0], JSON.stringify([one.json, two.json])).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const users = await payload.find({ collection: "users", overrideAccess: true });
    expect(users.totalDocs).toBe(1);
    expect(users.docs[0]?.role).toBe("admin");
    expect(existsSync(tokenFile)).toBe(false);
  });
});
