import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAdminBuild } from "../src/admin-build.ts";
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

/** The text a person sees on the page (innerText honours CSS visibility, textContent does not). */
// biome-ignore lint/performance/useDomNodeTextContent: we assert what staff read
const bodyText = (el: Element) => (el as HTMLElement).innerText;

async function api(method: string, url: string, body?: unknown, auth = true) {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: { "content-type": "application/json", ...(auth && token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Json };
}

beforeAll(async () => {
  await ensureAdminBuild({ quiet: true });
  dir = mkdtempSync(path.join(REPO, ".tmp", "cms-admin-"));
  server = await startAdmin({
    DATABASE_URI: `file:${path.join(dir, "cms.db")}`,
    MEDIA_DIR: path.join(dir, "media"),
    PAYLOAD_SECRET: "admin-test-secret-0123456789abcdef0123456789",
    JOBS_AUTORUN: "false",
  });
  const first = await api(
    "POST",
    "/api/users/first-register",
    { email: EMAIL, password: PASSWORD, name: "관리자" },
    false,
  );
  expect(first.status, JSON.stringify(first.json)).toBe(200);
  token = first.json.token;
  expect(first.json.user.role).toBe("admin");
  const created = await api("POST", "/api/policies", policyData({ title: "브라우저 테스트 정책" }));
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  policyId = created.json.doc.id;

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
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (profile) rmSync(profile, { recursive: true, force: true });
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
