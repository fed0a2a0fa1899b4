import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchBrowser } from "@lifewelfare/test-support/chromium";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminServer, adminApi, EMAIL, PASSWORD, startAdminServer } from "./helpers/admin-server.ts";
import { REPO } from "./helpers/cms.ts";
import { policyData } from "./helpers/lexical.ts";

/**
 * The review loop in Chromium on the production admin: a 편집자 writes a draft and asks for a
 * review from the 검토 panel → a 검토자 returns it with a reason → the 편집자 sees the reason on
 * the entry, fixes it (the draft save reopens it) and asks again → the 검토자 approves → residents
 * read it through the API; a later draft opens in Payload's version comparison (Korean). Screenshots of the panel go to `docs/staff/` for the README.
 */

let server: AdminServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
let adminToken: string | undefined;
const SHOTS = path.join(REPO, "docs", "staff");
const STAFF_PASSWORD = "staff-password-1";

// biome-ignore lint/performance/useDomNodeTextContent: we assert what staff read
const seenText = (el: Element) => (el as HTMLElement).innerText;

beforeAll(async () => {
  server = await startAdminServer("review-admin");
  const api = adminApi(server.url, () => adminToken);
  const first = { email: EMAIL, password: PASSWORD, name: "관리자" };
  expect((await api("POST", `/api/users/first-register?token=${server.firstUserToken}`, first, false)).status).toBe(
    200,
  );
  adminToken = (await api("POST", "/api/users/login", { email: EMAIL, password: PASSWORD }, false)).json.token;
  for (const [role, name] of [
    ["editor", "김편집"],
    ["publisher", "이검토"],
  ])
    expect(
      (await api("POST", "/api/users", { email: `${role}@example.kr`, password: STAFF_PASSWORD, role, name })).status,
    ).toBe(201);
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.setDefaultTimeout(60_000);
  mkdirSync(SHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
});

async function signIn(role: "editor" | "publisher") {
  await page.goto(`${server.url}/admin/logout`, { waitUntil: "networkidle2" });
  await page.goto(`${server.url}/admin/login`, { waitUntil: "networkidle2" });
  await page.type("#field-email", `${role}@example.kr`);
  await page.type("#field-password", STAFF_PASSWORD);
  await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click("button[type=submit]")]);
}
async function openEntry(id: number, state: string) {
  await page.goto(`${server.url}/admin/collections/policies/${id}`, { waitUntil: "networkidle2" });
  await page.waitForSelector(`.review-panel[data-review-state=${state}]`);
}
async function press(label: string, state: string) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: "networkidle2" }),
    page.locator(`.review-panel button::-p-text(${label})`).click(),
  ]);
  await page.waitForSelector(`.review-panel[data-review-state=${state}]`);
}
const shoot = async (name: string) =>
  (await page.$(".review-panel"))?.screenshot({ path: path.join(SHOTS, `${name}.png`) as `${string}.png` });
const panelText = async () => page.$eval(".review-panel", seenText);

describe("the review loop in the admin", () => {
  it("편집자 asks, 검토자 returns with a reason, 편집자 fixes and asks again, 검토자 approves", async () => {
    const editorToken = (
      await adminApi(server.url, () => undefined)(
        "POST",
        "/api/users/login",
        { email: "editor@example.kr", password: STAFF_PASSWORD },
        false,
      )
    ).json.token as string;
    const asEditor = adminApi(server.url, () => editorToken);
    const created = await asEditor("POST", "/api/policies?draft=true", policyData({ title: "검토 흐름 시험 정책" }));
    expect(created.status).toBe(201);
    const id = created.json.doc.id as number;

    await signIn("editor");
    await openEntry(id, "writing");
    expect(await panelText()).toContain("검토 단계: 작성 중");
    expect(await page.$(".review-panel button::-p-text(게시 승인)")).toBeNull();
    await press("검토 요청", "requested");
    expect(await panelText()).toContain("김편집님이");

    await signIn("publisher");
    await openEntry(id, "requested");
    await page.type(".review-panel textarea", "연락처 전화번호가 부서 안내와 다릅니다.");
    await shoot("review-decide");
    await press("반려", "returned");

    await signIn("editor");
    await openEntry(id, "returned");
    const returned = await panelText();
    expect(returned).toContain("반려 사유 (이검토");
    expect(returned).toContain("연락처 전화번호가 부서 안내와 다릅니다.");
    await shoot("review-returned");
    // The fix through the API as the 편집자 (the admin's own draft save is covered by admin.test.ts).
    await asEditor("PATCH", `/api/policies/${id}?draft=true`, { summary: "연락처를 바로잡았습니다." });
    await openEntry(id, "writing");
    await press("검토 요청", "requested");

    await signIn("publisher");
    await openEntry(id, "requested");
    await press("게시 승인", "published");
    const live = await adminApi(server.url, () => undefined)("GET", `/api/policies/${id}`, undefined, false);
    expect(live.json).toMatchObject({ title: "검토 흐름 시험 정책", summary: "연락처를 바로잡았습니다." });

    await page.click(".review-history summary");
    await page.waitForSelector(".review-history__list li");
    const history = await page.$eval(".review-history", seenText);
    expect(
      history
        .split("\n")
        .filter((line) => /^(검토 요청|반려|다시 작성|게시 승인) ·/.test(line))
        .map((l) => l.split(" ·")[0]),
    ).toEqual(["게시 승인", "검토 요청", "다시 작성", "반려", "검토 요청"]);
    await shoot("review-history");

    // "What changed": a later draft is compared with the published version in Payload's version view, in Korean.
    await asEditor("PATCH", `/api/policies/${id}?draft=true`, { summary: "다시 고친 요약입니다." });
    await openEntry(id, "writing");
    await page.waitForSelector(".review-panel a[href*='versionFrom=']");
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click(".review-panel a")]);
    // biome-ignore lint/performance/useDomNodeTextContent: we wait for what staff read
    await page.waitForFunction(() => document.body.innerText.includes("다시 고친 요약입니다."));
    const diff = await page.$eval("body", seenText);
    expect(diff).toContain("비교 대상으로");
    expect(diff).toContain("연락처를 바로잡았습니다.");
    await page.screenshot({ path: path.join(SHOTS, "review-compare.png") as `${string}.png` });
  }, 600_000);
});
