import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminServer, adminApi, EMAIL, PASSWORD, sendInChunks, startAdminServer } from "./helpers/admin-server.ts";
import type { Json } from "./helpers/http.ts";
import { policyData } from "./helpers/lexical.ts";

/**
 * The production admin's API under attack-like use (`next start`, no browser): security headers,
 * the login cookie and CSRF, early 413s, Korean refusals, rate limits and password rules.
 */

let server: AdminServer;
let token: string | undefined;
let api: ReturnType<typeof adminApi>;

beforeAll(async () => {
  server = await startAdminServer("admin-trust");
  api = adminApi(server.url, () => token);
  const user = { email: EMAIL, password: PASSWORD, name: "관리자" };
  const created = await api("POST", `/api/users/first-register?token=${server.firstUserToken}`, user, false);
  if (created.status >= 300) throw new Error(`first 관리자 not created (${created.status}): ${server.output()}`);
  token = (await api("POST", "/api/users/login", { email: EMAIL, password: PASSWORD }, false)).json.token;
});

afterAll(async () => {
  await server?.close();
});

describe("trust: headers, cookies, limits", () => {
  it("sends the security headers on the admin and the API, and no X-Powered-By", async () => {
    for (const url of ["/admin/login", "/api/policies?limit=1"]) {
      const { headers } = await fetch(`${server.url}${url}`);
      expect(headers.get("content-security-policy"), url).toContain("frame-ancestors 'none'");
      expect(headers.get("content-security-policy"), url).toContain("default-src 'self'");
      expect(headers.get("x-frame-options"), url).toBe("DENY");
      expect(headers.get("x-content-type-options"), url).toBe("nosniff");
      expect(headers.get("referrer-policy"), url).toBe("same-origin");
      expect(headers.get("permissions-policy"), url).toContain("camera=()");
      expect(headers.get("x-powered-by"), url).toBeNull();
    }
  });

  it("sets the login cookie Secure, HttpOnly and SameSite=Strict in production, honoured only from its own origin", async () => {
    const login = await api("POST", "/api/users/login", { email: EMAIL, password: PASSWORD }, false, "198.51.100.1");
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith("payload-token="));
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);

    // CSRF: the cookie only counts for requests from the CMS's own origin (CMS_SERVER_URL).
    const session = String(cookie).split(";")[0] as string;
    const me = async (origin: string) =>
      (await (await fetch(`${server.url}/api/users/me`, { headers: { cookie: session, origin } })).json()) as Json;
    expect((await me(new URL(server.url).origin)).user?.email).toBe(EMAIL);
    expect((await me("https://city.example.kr")).user).toBeNull();
    const rebuild = await fetch(`${server.url}/api/rebuild`, {
      method: "POST",
      headers: { cookie: session, origin: "https://city.example.kr" },
    });
    expect(rebuild.status).toBe(401);
  });

  it("answers 413 early to an oversized JSON body and an oversized upload, without reading them", async () => {
    const total = 50 * 1024 * 1024;
    const json = await sendInChunks(server.url, "/api/users/login", { "content-type": "application/json" }, total);
    expect(json.status).toBe(413);
    expect(JSON.parse(json.body).errors[0].message).toContain("요청 본문이 너무 큽니다");
    expect(json.sent).toBeLessThan(total / 2);
    const multipart = { "content-type": "multipart/form-data; boundary=x" };
    const upload = await sendInChunks(server.url, "/api/media", multipart, total);
    expect(upload.status).toBe(413);
    expect(upload.sent).toBeLessThan(total);
    const declared = await sendInChunks(
      server.url,
      "/api/media",
      { ...multipart, "content-length": String(total) },
      total,
    );
    expect(declared.status).toBe(413);
    expect(declared.sent).toBeLessThan(total / 4);
    expect((await api("GET", "/api/policies?limit=1")).status).toBe(200);
  });

  it("answers refusals in Korean in the production build too (a cut-off image, a taken address)", async () => {
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#4a7" } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append(
      "file",
      new Blob([jpeg.subarray(0, Math.floor(jpeg.length * 0.6))], { type: "image/jpeg" }),
      "잘린사진.jpg",
    );
    form.append("_payload", JSON.stringify({ alt: "잘린 사진" }));
    const upload = await fetch(`${server.url}/api/media`, {
      method: "POST",
      headers: { authorization: `JWT ${token}` },
      body: form,
    });
    expect(upload.status).toBe(400);
    const uploadMessage = ((await upload.json()) as Json).errors[0].message as string;
    expect(uploadMessage).toContain("잘린사진.jpg");
    expect(uploadMessage).not.toContain("unknown error");

    const first = await api("POST", "/api/policies", policyData({ title: "주소 겹침 확인 정책 가" }));
    const second = await api("POST", "/api/policies", policyData({ title: "주소 겹침 확인 정책 나" }));
    const taken = await api("PATCH", `/api/policies/${second.json.doc.id}?draft=true`, {
      slug: first.json.doc.slug,
    });
    expect(taken.status).toBe(400);
    expect(taken.json.errors[0].message).toContain("이미 다른 정책이 쓰고 있거나 썼던 주소");
  });

  it("limits failed logins per address and account, while the staff member still logs in from elsewhere", async () => {
    const attacker = "203.0.113.10";
    for (let i = 0; i < 5; i++) {
      const wrong = await api(
        "POST",
        "/api/users/login",
        { email: EMAIL, password: `wrong-password-${i}` },
        false,
        attacker,
      );
      expect(wrong.status).toBe(401);
    }
    const blocked = await api("POST", "/api/users/login", { email: EMAIL, password: PASSWORD }, false, attacker);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.json.errors[0].message).toContain("로그인 시도가 너무 많습니다");
    const staff = await api("POST", "/api/users/login", { email: EMAIL, password: PASSWORD }, false, "203.0.113.11");
    expect(staff.status).toBe(200);

    const graphql = async (password: string) =>
      api(
        "POST",
        "/api/graphql",
        {
          query: "mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }",
          variables: { e: EMAIL, p: password },
        },
        false,
        "203.0.113.12",
      );
    for (let i = 0; i < 5; i++) expect((await graphql(`wrong-password-${i}`)).status).toBe(200);
    expect((await graphql(PASSWORD)).status).toBe(429);
  });

  it("limits account requests per address (reset-password, forgot-password, unlock)", async () => {
    const from = "203.0.113.20";
    const body = { token: "not-a-reset-token", password: "a-long-enough-passphrase" };
    for (let i = 0; i < 20; i++) {
      expect((await api("POST", "/api/users/reset-password", body, false, from)).status).not.toBe(429);
    }
    const refused = await api("POST", "/api/users/forgot-password", { email: EMAIL }, false, from);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await api("POST", "/api/users/forgot-password", { email: EMAIL }, false, "203.0.113.21")).status).toBe(200);
  });

  it("refuses short, common and e-mail passwords on create, update and reset, in Korean", async () => {
    const email = "new-editor@example.kr";
    for (const [password, reason] of [
      ["short-pw1", "12자 이상"],
      ["password1234!", "너무 흔한"],
      ["123456789012", "너무 흔한"],
      [email, "이메일 주소"],
    ]) {
      const refused = await api("POST", "/api/users", { email, password, role: "editor" });
      expect(refused.status, password).toBe(400);
      expect(JSON.stringify(refused.json), password).toContain(reason);
    }
    const created = await api("POST", "/api/users", { email, password: "봄날의 복지 안내서 2026", role: "editor" });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const update = await api("PATCH", `/api/users/${created.json.doc.id}`, { password: "qwerty123456" });
    expect(update.status).toBe(400);
    const reset = await api(
      "POST",
      "/api/users/reset-password",
      { token: "x", password: "short" },
      false,
      "203.0.113.30",
    );
    expect(reset.status).toBe(400);
    expect(JSON.stringify(reset.json)).toContain("12자 이상");
  });
});
