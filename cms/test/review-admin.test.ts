import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pageLines } from "@lifewelfare/handbook/testing";
import { launchBrowser } from "@lifewelfare/test-support/chromium";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureAdminBuild } from "../src/admin-build.ts";
import { type AdminServer, adminApi, EMAIL, PASSWORD, startAdminServer } from "./helpers/admin-server.ts";
import { REPO } from "./helpers/cms.ts";
import { guidebookData, lexical, policyData } from "./helpers/lexical.ts";
import { runPublishPipeline, startDraftRenderer } from "./helpers/scripts-children.ts";

/**
 * The review loop in Chromium on the production admin with 미리 보기's draft renderer: a 편집자
 * writes a draft and asks for a review from the 검토 panel → a 검토자 finds it in 검토 대기 on the
 * dashboard, opens it, opens 미리 보기 (the web page and the handbook entry PDF show the draft) and
 * returns it with a reason → the 편집자 sees the reason on the dashboard and the entry, fixes it
 * (the draft save reopens it) and asks again → the 검토자 approves → the publish pipeline (`pnpm
 * build`) on the CMS's database puts the fix on the live site page and in the handbook PDF; a later
 * draft opens in Payload's version comparison (Korean). Screenshots of the panel go to
 * `docs/staff/` for the README.
 */

let server: AdminServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
let adminToken: string | undefined;
let renderer: Awaited<ReturnType<typeof startDraftRenderer>> | undefined;
let work: string;
const SHOTS = path.join(REPO, "docs", "staff");
const STAFF_PASSWORD = "staff-password-1";
const TITLE = "검토 흐름 시험 정책";
const DRAFT_TEXT = "초안에만 있는 문장: 검토 흐름 정책은 한 달에 이십만 원을 지원합니다";
const BANNER = "미리 보기 — 아직 게시되지 않은 내용입니다";
const FIXED = "연락처 전화번호를 바로잡은 한 줄 요약입니다.";
const compact = (text: string) => text.replace(/\s+/g, "");

// biome-ignore lint/performance/useDomNodeTextContent: we assert what staff read
const seenText = (el: Element) => (el as HTMLElement).innerText;

beforeAll(async () => {
  // The CMS's uploads, the release folder of the publish pipeline and the preview PDFs.
  mkdirSync(path.join(REPO, ".tmp"), { recursive: true });
  work = mkdtempSync(path.join(REPO, ".tmp", "review-loop-"));
  const media = path.join(work, "media");
  const rendering = startDraftRenderer(media).then((started) => (renderer = started));
  await ensureAdminBuild({ quiet: true });
  const { url } = await rendering;
  server = await startAdminServer("review-admin", { MEDIA_DIR: media, PREVIEW_RENDERER_URL: url });
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
  const guidebook = { ...guidebookData(), _status: "published" };
  expect((await api("POST", "/api/globals/guidebook", guidebook)).status).toBe(200);
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.setDefaultTimeout(60_000);
  mkdirSync(SHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  await renderer?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
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
/** The text of a printed PDF as poppler reads it, whitespace removed (lines wrap anywhere). */
const pdfText = async (file: string) => compact((await pageLines(file)).flat().join(""));

/**
 * 미리 보기 from the edit view as the signed-in staff member: the web page opens in a new tab (its
 * HTML and the text shown), and the handbook entry's standard PDF listed in the popup is fetched
 * with the staff session and read (status and text).
 */
async function openPreviews() {
  const opened = browser.waitForTarget((t) => /\/api\/preview\/[\w-]{43}$/.test(t.url()));
  await page.locator("button::-p-text(미리 보기)").click();
  const tab = (await (await opened).page()) as Page;
  await tab.waitForSelector(".app-preview-banner");
  const web = { html: await tab.content(), text: await tab.$eval("body", seenText) };
  await tab.close();
  const href = await page.$eval('nav[aria-label="미리 보기 주소"] a[href$="/print/standard.pdf"]', (a) =>
    a.getAttribute("href"),
  );
  const { status, base64 } = await page.evaluate(async (url) => {
    const response = await fetch(url ?? "", { credentials: "include" });
    let binary = "";
    for (const byte of new Uint8Array(await response.arrayBuffer())) binary += String.fromCharCode(byte);
    return { status: response.status, base64: btoa(binary) };
  }, href);
  const file = path.join(work, "preview-standard.pdf");
  writeFileSync(file, Buffer.from(base64, "base64"));
  await page.keyboard.press("Escape");
  return { web, print: { status, text: status === 200 ? await pdfText(file) : "" } };
}

describe("the review loop in the admin", () => {
  it("편집자 asks, 검토자 previews and returns with a reason, 편집자 fixes and asks again, 검토자 publishes: live", async () => {
    const editorToken = (
      await adminApi(server.url, () => undefined)(
        "POST",
        "/api/users/login",
        { email: "editor@example.kr", password: STAFF_PASSWORD },
        false,
      )
    ).json.token as string;
    const asEditor = adminApi(server.url, () => editorToken);
    const draft = policyData({ title: TITLE, benefits: lexical(DRAFT_TEXT) });
    const created = await asEditor("POST", "/api/policies?draft=true", draft);
    expect(created.status).toBe(201);
    const id = created.json.doc.id as number;

    await signIn("editor");
    await openEntry(id, "writing");
    expect(await panelText()).toContain("검토 단계: 작성 중");
    await press("검토 요청", "requested");
    expect(await panelText()).toContain("김편집님이");
    // No approve or return for a 편집자 (REST, GraphQL and the Local API: review-workflow.test.ts).
    for (const label of ["게시 승인", "반려"])
      expect(await page.$(`.review-panel button::-p-text(${label})`), label).toBeNull();

    // The 검토자 finds it in 검토 대기 on the dashboard (the admin home) and opens it from there.
    await signIn("publisher");
    const pending = await page.waitForSelector(`#pending a::-p-text(${TITLE})`);
    expect(await page.$eval("#pending", seenText)).toContain("김편집");
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), pending?.click()]);
    await page.waitForSelector(".review-panel[data-review-state=requested]");

    // 미리 보기: the site's page and the handbook entry, both showing the draft's text.
    const preview = await openPreviews();
    expect(preview.web.html).toContain('<meta name="robots" content="noindex">');
    expect(preview.web.text).toContain(BANNER);
    expect(preview.web.text).toContain(DRAFT_TEXT);
    expect(preview.print.status).toBe(200);
    expect(preview.print.text).toContain(compact(TITLE));
    expect(preview.print.text).toContain(compact(DRAFT_TEXT));

    await page.type(".review-panel textarea", "연락처 전화번호가 부서 안내와 다릅니다.");
    await shoot("review-decide");
    await press("반려", "returned");

    // The 편집자 sees the reason on the dashboard (반려됨) and on the entry.
    await signIn("editor");
    await page.waitForSelector(`#returned a::-p-text(${TITLE})`);
    expect(await page.$eval("#returned", seenText)).toContain("연락처 전화번호가 부서 안내와 다릅니다.");
    await openEntry(id, "returned");
    const returned = await panelText();
    expect(returned).toContain("반려 사유 (이검토");
    expect(returned).toContain("연락처 전화번호가 부서 안내와 다릅니다.");
    await shoot("review-returned");
    // The fix through the API as the 편집자 (the admin's own draft save is covered by admin.test.ts).
    await asEditor("PATCH", `/api/policies/${id}?draft=true`, { summary: FIXED });
    await openEntry(id, "writing");
    await press("검토 요청", "requested");

    await signIn("publisher");
    await openEntry(id, "requested");
    await press("게시 승인", "published");
    // The live (published) document; anonymous reads of the CMS are off by default (CMS_PUBLIC_READ).
    const live = await adminApi(server.url, () => adminToken)("GET", `/api/policies/${id}`);
    expect(live.json).toMatchObject({ title: TITLE, summary: FIXED });
    // The publish pipeline on the CMS's database (the rebuild `pnpm start` runs on a publish), while the rest goes on.
    const dataDir = path.join(work, "data");
    const publishing = runPublishPipeline(server.env, dataDir);
    publishing.catch(() => undefined);

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
    expect(diff).toContain(FIXED);
    await page.screenshot({ path: path.join(SHOTS, "review-compare.png") as `${string}.png` });

    // Live: the resident's policy page and the handbook PDF of the new release show the fix, not the later draft.
    await publishing;
    const current = path.join(dataDir, "current");
    const sitePage = await readFile(path.join(current, "policies", live.json.slug as string, "index.html"), "utf8");
    expect(sitePage).toContain(FIXED);
    expect(sitePage).not.toContain("다시 고친 요약입니다.");
    const handbook = await pdfText(path.join(current, "downloads", "guidebook-2026.pdf"));
    expect(handbook).toContain(compact(FIXED));
    expect(handbook).toContain(compact(DRAFT_TEXT));
  }, 600_000);
});
