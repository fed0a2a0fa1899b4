import { existsSync } from "node:fs";
import { launchBrowser } from "@lifewelfare/test-support/chromium";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminServer, adminApi, EMAIL, PASSWORD, startAdminServer } from "./helpers/admin-server.ts";
import type { Json } from "./helpers/http.ts";
import { policyData } from "./helpers/lexical.ts";

/**
 * The admin in a real browser, on the production build (`next start`): the first 관리자 from the
 * printed link, the Korean lists and edit view, 배포 상태, and no request to another origin.
 * The API-only trust checks (headers, cookies, limits) are in `admin-trust.test.ts`.
 */

let server: AdminServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
let policyId: number;
let token: string | undefined;
let api: ReturnType<typeof adminApi>;
/** Every URL the browser requested during the whole file (case 5: none may leave the admin's origin). */
const requested: string[] = [];
/** Chromium's console reports of anything the admin's Content-Security-Policy blocked. */
const cspViolations: string[] = [];

/** The text a person sees on the page (innerText honours CSS visibility, textContent does not). */
// biome-ignore lint/performance/useDomNodeTextContent: we assert what staff read
const bodyText = (el: Element) => (el as HTMLElement).innerText;

beforeAll(async () => {
  server = await startAdminServer("admin-browser");
  api = adminApi(server.url, () => token);
  ({ browser, close: closeBrowser } = await launchBrowser());
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
  await closeBrowser?.();
  await server?.close();
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
    await page.goto(`${server.url}/admin/create-first-user?token=${server.firstUserToken}`, {
      waitUntil: "networkidle2",
    });
    expect(page.url()).toBe(`${server.url}/admin/create-first-user`);
    await page.type("#field-email", EMAIL);
    await page.type("#field-password", PASSWORD);
    await page.type("#field-confirm-password", PASSWORD);
    await page.type("#field-name", "관리자");
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click("button[type=submit]")]);
    expect(new URL(page.url()).pathname).toBe("/admin");
    expect(existsSync(server.tokenFile)).toBe(false);

    const login = await api("POST", "/api/users/login", { email: EMAIL, password: PASSWORD }, false);
    expect(login.status, JSON.stringify(login.json)).toBe(200);
    expect(login.json.user.role).toBe("admin");
    token = login.json.token;
    const again = await api(
      "POST",
      `/api/users/first-register?token=${server.firstUserToken}`,
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
    expect((await api("GET", `/api/policies/${policyId}`, undefined, false)).status).toBe(403);
  });

  it("shows 배포 상태 with the manual rebuild button", async () => {
    await page.goto(`${server.url}/admin/globals/rebuild-status`, { waitUntil: "networkidle2" });
    await page.waitForSelector("button::-p-text(지금 사이트 다시 만들기)");
    const text = await page.$eval("body", bodyText);
    expect(text).toContain("배포 상태");
  });
});

describe("trust: the admin's own origin", () => {
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
});
