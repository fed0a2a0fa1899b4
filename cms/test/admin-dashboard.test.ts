import { axeViolations } from "@lifewelfare/test-support/axe";
import { launchBrowser } from "@lifewelfare/test-support/chromium";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminServer, adminApi, EMAIL, PASSWORD, startAdminServer } from "./helpers/admin-server.ts";
import { policyData } from "./helpers/lexical.ts";

/**
 * 업무 현황 (the admin home) in Chromium on the production build: Korean lists for a 편집자 and a
 * 검토자 (checkboxes to mark 확인 only for the 검토자), no axe-core violation in it, and nothing of it
 * for an anonymous visitor.
 */
let server: AdminServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
let token: string | undefined;
let api: ReturnType<typeof adminApi>;
const STAFF_PASSWORD = "test-password-1";

// biome-ignore lint/performance/useDomNodeTextContent: we assert what staff read
const bodyText = (el: Element) => (el as HTMLElement).innerText;

beforeAll(async () => {
  server = await startAdminServer("admin-dashboard");
  api = adminApi(server.url, () => token);
  const first = await api(
    "POST",
    `/api/users/first-register?token=${server.firstUserToken}`,
    { email: EMAIL, password: PASSWORD, name: "관리자" },
    false,
  );
  expect(first.status, JSON.stringify(first.json)).toBe(200);
  token = first.json.token;
  for (const role of ["editor", "publisher"])
    expect(
      (
        await api("POST", "/api/users", {
          email: `${role}@example.kr`,
          password: STAFF_PASSWORD,
          role,
          name: `${role} 담당`,
        })
      ).status,
    ).toBe(201);
  const department = await api("POST", "/api/departments", {
    name: "노인복지과",
    phone: "061-797-2000",
    _status: "published",
  });
  expect(department.status, JSON.stringify(department.json)).toBe(201);
  const policy = await api(
    "POST",
    "/api/policies",
    policyData({
      title: "확인할 어르신 정책",
      department: department.json.doc.id,
      needsVerification: true,
      verificationNote: "금액 확인 필요",
    }),
  );
  expect(policy.status, JSON.stringify(policy.json)).toBe(201);
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage();
  page.setDefaultTimeout(60_000);
});

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
});

async function signIn(email: string, password: string) {
  await page.goto(`${server.url}/admin/logout`, { waitUntil: "networkidle2" });
  await page.goto(`${server.url}/admin/login`, { waitUntil: "networkidle2" });
  await page.type("#field-email", email);
  await page.type("#field-password", password);
  await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click("button[type=submit]")]);
  expect(new URL(page.url()).pathname).toBe("/admin");
  await page.waitForSelector(".work-dashboard");
}

describe("업무 현황 (admin home)", () => {
  it("is not shown to an anonymous visitor", async () => {
    await page.goto(`${server.url}/admin`, { waitUntil: "networkidle2" });
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    expect(await page.$eval("body", bodyText)).not.toContain("업무 현황");
  });

  it("shows a 편집자 the lists in Korean, 확인 중 by department without checkboxes", async () => {
    await signIn("editor@example.kr", STAFF_PASSWORD);
    const text = await page.$eval(".work-dashboard", bodyText);
    for (const word of [
      "업무 현황",
      "검토 대기",
      "반려됨",
      "확인 중",
      "검토 기한 지남",
      "곧 바뀜",
      "빠진 정보",
      "배포 상태",
      "정책 수",
      "생애주기별",
      "부서별",
      "노인복지과",
      "확인할 어르신 정책",
      "금액 확인 필요",
      "검토를 기다리는 항목이 없습니다.",
    ])
      expect(text, word).toContain(word);
    expect(await page.$$('.work-dashboard input[type="checkbox"]')).toHaveLength(0);
    expect(await axeViolations(page, ".work-dashboard")).toEqual([]);
  });

  it("shows a 검토자 checkboxes to mark 확인 중 policies as checked", async () => {
    await signIn("publisher@example.kr", STAFF_PASSWORD);
    await page.waitForSelector('.work-dashboard input[type="checkbox"][aria-label="확인할 어르신 정책 확인"]');
    const text = await page.$eval(".work-dashboard", bodyText);
    expect(text).toContain("고른 정책 확인 완료");
    expect(text).toContain("확인 메모 (선택)");
    expect(await axeViolations(page, ".work-dashboard")).toEqual([]);
  });
});
