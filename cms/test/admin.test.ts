import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAdminBuild } from "../src/admin-build.ts";
import { createFirstUserToken } from "../src/auth/firstUserToken.ts";
import { REPO } from "./helpers/cms.ts";
import type { Json } from "./helpers/http.ts";
import { policyData } from "./helpers/lexical.ts";
import { startAdmin } from "./helpers/next-app.ts";

const EMAIL = "admin@example.kr";
const PASSWORD = "admin-password-1";

let server: Awaited<ReturnType<typeof startAdmin>>;
let browser: Browser;
let page: Page;
let dir: string;
let profile: string;
let policyId: number;
let token: string;
let tokenFile: string;
let firstUserToken: string;
/** Every URL the browser requested during the whole file (case 5: none may leave the admin's origin). */
const requested: string[] = [];
/** Chromium's console reports of anything the admin's Content-Security-Policy blocked. */
const cspViolations: string[] = [];

/** The text a person sees on the page (innerText honours CSS visibility, textContent does not). */
// biome-ignore lint/performance/useDomNodeTextContent: we assert what staff read
const bodyText = (el: Element) => (el as HTMLElement).innerText;

async function api(method: string, url: string, body?: unknown, auth = true, from?: string) {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(auth && token ? { authorization: `JWT ${token}` } : {}),
      ...(from ? { "x-forwarded-for": from } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
}

/**
 * POSTs `total` bytes in 64 KiB chunks (chunked unless `headers` declares a length), never faster than
 * the server reads, and stops as soon as an answer arrives. Returns the status and the bytes written.
 */
function sendInChunks(url: string, headers: Record<string, string>, total: number) {
  return new Promise<{ status: number; sent: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${server.url}${url}`, { method: "POST", headers, agent: false });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const at = sent;
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, sent: at, body });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once("drain", pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

beforeAll(async () => {
  await ensureAdminBuild({ quiet: true });
  dir = mkdtempSync(path.join(REPO, ".tmp", "cms-admin-"));
  tokenFile = path.join(dir, "first-user-token");
  firstUserToken = createFirstUserToken(tokenFile);
  server = await startAdmin({
    DATABASE_URI: `file:${path.join(dir, "cms.db")}`,
    MEDIA_DIR: path.join(dir, "media"),
    PAYLOAD_SECRET: "admin-test-secret-0123456789abcdef0123456789",
    JOBS_AUTORUN: "false",
    FIRST_USER_TOKEN_FILE: tokenFile,
    // The tests below stand for several client addresses with X-Forwarded-For.
    TRUST_PROXY: "1",
  });

  profile = mkdtempSync(path.join(os.tmpdir(), "cms-chromium-"));
  browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--user-data-dir=${profile}`,
    ],
  });
  page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  page.on("request", (request) => {
    requested.push(request.url());
  });
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("first run (case 6)", () => {
  it("refuses first-register without the link's token, in Korean", async () => {
    const user = { email: EMAIL, password: PASSWORD, name: "관리자" };
    for (const url of ["/api/users/first-register", "/api/users/first-register?token=0123456789abcdef"]) {
      const refused = await api("POST", url, user, false);
      expect(refused.status, url).toBe(403);
      expect(refused.json.errors[0].message).toContain("pnpm create-admin");
    }
    expect((await api("POST", "/api/users/login", { email: EMAIL, password: PASSWORD }, false)).status).toBe(401);
  });

  it("creates the first 관리자 in the admin from the printed link, then forgets the token", async () => {
    await page.goto(`${server.url}/admin/create-first-user?token=${firstUserToken}`, { waitUntil: "networkidle2" });
    expect(page.url()).toBe(`${server.url}/admin/create-first-user`);
    await page.type("#field-email", EMAIL);
    await page.type("#field-password", PASSWORD);
    await page.type("#field-confirm-password", PASSWORD);
    await page.type("#field-name", "관리자");
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click("button[type=submit]")]);
    expect(new URL(page.url()).pathname).toBe("/admin");
    expect(existsSync(tokenFile)).toBe(false);

    const login = await api("POST", "/api/users/login", { email: EMAIL, password: PASSWORD }, false);
    expect(login.status, JSON.stringify(login.json)).toBe(200);
    expect(login.json.user.role).toBe("admin");
    token = login.json.token;
    const again = await api(
      "POST",
      `/api/users/first-register?token=${firstUserToken}`,
      { email: "second@example.kr", password: PASSWORD },
      false,
    );
    expect(again.status).toBe(403);

    const created = await api("POST", "/api/policies", policyData({ title: "브라우저 테스트 정책" }));
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    policyId = created.json.doc.id;
    await page.goto(`${server.url}/admin/logout`, { waitUntil: "networkidle2" });
  });
});

describe("admin in the browser", () => {
  it("logs in, lists policies in Korean, opens one and saves a draft", async () => {
    await page.goto(`${server.url}/admin/login`, { waitUntil: "networkidle2" });
    expect(await page.$eval("html", (el) => el.getAttribute("lang"))).toBe("ko");
    await page.type("#field-email", EMAIL);
    await page.type("#field-password", PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click("button[type=submit]")]);

    await page.goto(`${server.url}/admin/collections/policies`, { waitUntil: "networkidle2" });
    await page.waitForSelector(`a[href*="/admin/collections/policies/${policyId}"]`);
    const listText = await page.$eval("body", bodyText);
    for (const word of [
      "정책",
      "서비스명",
      "생애주기",
      "시행 상태",
      "시행중",
      "담당부서",
      "최종 검토일",
      "2025. 1. 15.",
      "게시 상태",
      "초안",
      "브라우저 테스트 정책",
      "임신·출산",
    ]) {
      expect(listText, word).toContain(word);
    }

    await Promise.all([
      page.waitForNavigation({ waitUntil: "networkidle2" }),
      page.click(`a[href*="/admin/collections/policies/${policyId}"]`),
    ]);
    await page.waitForSelector("#field-title");
    const editText = await page.$eval("body", bodyText);
    expect(editText).toContain("서비스명");
    expect(editText).toContain("누가 받을 수 있나요?");

    await page.click("#field-title", { count: 3 });
    await page.keyboard.press("Backspace");
    await page.type("#field-title", "브라우저에서 고친 정책");
    await page.locator("button::-p-text(초안 저장)").click();

    const deadline = Date.now() + 30_000;
    let latest: Json;
    do {
      await new Promise((r) => setTimeout(r, 500));
      latest = (await api("GET", `/api/policies/${policyId}?draft=true`)).json;
    } while (latest.title !== "브라우저에서 고친 정책" && Date.now() < deadline);
    expect(latest.title).toBe("브라우저에서 고친 정책");
    expect(latest._status).toBe("draft");
    expect((await api("GET", `/api/policies/${policyId}`, undefined, false)).status).toBe(404);
  });

  it("shows 배포 상태 with the manual rebuild button", async () => {
    await page.goto(`${server.url}/admin/globals/rebuild-status`, { waitUntil: "networkidle2" });
    await page.waitForSelector("button::-p-text(지금 사이트 다시 만들기)");
    const text = await page.$eval("body", bodyText);
    expect(text).toContain("배포 상태");
  });
});

describe("trust: the admin's own origin, headers, cookies, limits", () => {
  it("opens the dashboard, the account menu, a policy list and edit view without a request to another origin (case 5)", async () => {
    await page.goto(`${server.url}/admin/logout`, { waitUntil: "networkidle2" });
    await page.goto(`${server.url}/admin/login`, { waitUntil: "networkidle2" });
    await page.type("#field-email", EMAIL);
    await page.type("#field-password", PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click("button[type=submit]")]);
    expect(new URL(page.url()).pathname).toBe("/admin");
    await page.waitForSelector('a[href="/admin/account"]');
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click('a[href="/admin/account"]')]);
    await page.waitForSelector("#field-email");
    await page.goto(`${server.url}/admin/collections/policies`, { waitUntil: "networkidle2" });
    await page.goto(`${server.url}/admin/collections/policies/${policyId}`, { waitUntil: "networkidle2" });
    await page.waitForSelector("#field-title");
    const origin = new URL(server.url).origin;
    const foreign = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(requested.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

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
    const json = await sendInChunks("/api/users/login", { "content-type": "application/json" }, total);
    expect(json.status).toBe(413);
    expect(JSON.parse(json.body).errors[0].message).toContain("요청 본문이 너무 큽니다");
    expect(json.sent).toBeLessThan(total / 2);
    const multipart = { "content-type": "multipart/form-data; boundary=x" };
    const upload = await sendInChunks("/api/media", multipart, total);
    expect(upload.status).toBe(413);
    expect(upload.sent).toBeLessThan(total);
    const declared = await sendInChunks("/api/media", { ...multipart, "content-length": String(total) }, total);
    expect(declared.status).toBe(413);
    expect(declared.sent).toBeLessThan(total / 4);
    expect((await api("GET", "/api/policies?limit=1")).status).toBe(200);
  });

  it("answers refusals in Korean in the production build too (a cut-off image, a taken address)", async () => {
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#4a7" } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append("file", new Blob([jpeg.subarray(0, Math.floor(jpeg.length * 0.6))], { type: "image/jpeg" }), "잘린사진.jpg");
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
