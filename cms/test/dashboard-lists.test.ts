import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageHref } from "../src/components/dashboard/format.ts";
import { policyCounts } from "../src/dashboard/counts.ts";
import { deployStatus } from "../src/dashboard/deploy.ts";
import { missingInfo } from "../src/dashboard/missing-info.ts";
import { monthsBefore, overdueReview } from "../src/dashboard/overdue.ts";
import { type DashboardContext, pageNumber } from "../src/dashboard/query.ts";
import { myReturned, pendingReview } from "../src/dashboard/review-queue.ts";
import { upcomingChanges } from "../src/dashboard/upcoming.ts";
import { NO_DEPARTMENT, toVerify } from "../src/dashboard/verification.ts";
import type { User } from "../src/payload-types.ts";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { guidebookData, lexical, policyData } from "./helpers/lexical.ts";

/**
 * The work dashboard's lists against a controlled set with known answers (KST today 2026-11-30):
 * five policies 가–마 (마 is an unpublished draft), two departments and 안내서 설정, review states and
 * dates written through the Local API as the review endpoint would.
 */
const TODAY = "2026-11-30";
const quiet = { context: { skipRebuild: true }, overrideAccess: true };
let payload: Payload;
let stop: () => Promise<void>;
let editor: User;
let publisher: User;
const as = (user: User | null): DashboardContext => ({ payload, user, today: TODAY });

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("dashboard"));
  ({ editor, publisher } = await createStaff(payload));
  const department = (name: string, review: Record<string, unknown> = {}) =>
    payload.create({
      collection: "departments",
      data: { name, phone: "061-797-2776", _status: "published", review } as never,
      ...quiet,
    });
  const family = await department("가족정책과", {
    state: "requested",
    requestedById: String(editor.id),
    requestedByName: "편집 담당",
    requestedAt: "2026-11-15T01:00:00.000Z",
  });
  const elderly = await department("노인복지과");
  await payload.updateGlobal({
    slug: "guidebook",
    data: {
      ...guidebookData(),
      _status: "published",
      review: { state: "requested", requestedByName: "편집 담당", requestedAt: "2026-11-12T01:00:00.000Z" },
    } as never,
    ...quiet,
  });
  const details = lexical("주민센터에 신청서를 냅니다.");
  const policy = (data: Record<string, unknown>, status: "published" | "draft" = "published") =>
    payload.create({
      collection: "policies",
      data: {
        ...policyData({ applicationMethod: { channels: ["visit"], details } }),
        ...data,
        _status: status,
      } as never,
      draft: status === "draft",
      ...quiet,
    });
  const requested = (by: User, at: string) => ({
    state: "requested",
    requestedById: String(by.id),
    requestedByName: by.name,
    requestedAt: at,
  });
  await policy({
    title: "가 정책",
    department: elderly.id,
    needsVerification: true,
    verificationNote: "금액 확인",
    lastReviewedAt: "2025-11-29",
    contacts: [],
    status: { value: "active", effectiveUntil: "2026-12-30" },
    review: requested(editor, "2026-11-20T01:00:00.000Z"),
  });
  await policy({
    title: "나 정책",
    department: family.id,
    needsVerification: true,
    verificationNote: "대상 확인",
    lastReviewedAt: "2025-11-30",
    applicationPeriod: { kind: "fixed", startDate: "2026-11-30", endDate: "2026-12-31" },
    review: requested(publisher, "2026-11-10T01:00:00.000Z"),
  });
  await policy({
    title: "다 정책",
    lifeStages: ["infant"],
    primaryChapter: "infant",
    applicationMethod: { channels: ["visit"] },
    lastReviewedAt: "2026-01-01",
    status: { value: "scheduled", effectiveFrom: "2026-12-05" },
    review: {
      state: "returned",
      requestedById: String(editor.id),
      requestedByName: editor.name,
      requestedAt: "2026-11-01T01:00:00.000Z",
      returnedByName: publisher.name,
      returnedAt: "2026-11-02T01:00:00.000Z",
      returnComment: "전화번호를 확인해 주세요.",
    },
  });
  const ra = await policy({
    title: "라 정책",
    lastReviewedAt: "2024-06-01",
    status: { value: "ended", effectiveUntil: "2026-11-29" },
    review: { state: "returned", requestedById: String(publisher.id), returnComment: "다른 사람 것" },
  });
  // An entry saved before source URLs were required: written past validation, as an old import would.
  await payload.db.updateOne({ collection: "policies", id: ra.id, data: { sourceUrls: [], contacts: ra.contacts } });
  await policy(
    {
      title: "마 정책",
      needsVerification: true,
      lastReviewedAt: "2026-01-01",
      contacts: [],
      status: { value: "scheduled", effectiveFrom: "2026-12-01" },
      review: requested(editor, "2026-11-25T01:00:00.000Z"),
    },
    "draft",
  );
}, 120_000);
afterAll(async () => {
  await stop?.();
});

const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

describe("work dashboard lists (KST today 2026-11-30)", () => {
  it("검토 대기: every drafted collection, oldest request first, with who asked and when; paged", async () => {
    const all = await pendingReview(as(publisher), 1, 10);
    expect(all.total).toBe(5);
    expect(titles(all.rows)).toEqual(["나 정책", "안내서 설정", "가족정책과", "가 정책", "마 정책"]);
    expect(all.rows[0]).toMatchObject({
      collection: "policies",
      requestedByName: publisher.name,
      requestedAt: "2026-11-10T01:00:00.000Z",
    });
    expect(all.rows[1]).toMatchObject({ kind: "설정", href: "/admin/globals/guidebook" });
    expect(all.rows[2]).toMatchObject({ collection: "departments", kind: "부서", requestedByName: "편집 담당" });
    expect(all.rows[0]?.href).toMatch(/^\/admin\/collections\/policies\/\d+$/);
    const second = await pendingReview(as(editor), 2, 3);
    expect(second).toMatchObject({ total: 5, page: 2, totalPages: 2 });
    expect(titles(second.rows)).toEqual(["가 정책", "마 정책"]);
  });

  it("반려됨: only the signed-in user's returned entries, with the reason", async () => {
    const mine = await myReturned(as(editor));
    expect(mine.total).toBe(1);
    expect(mine.rows).toMatchObject([
      { title: "다 정책", returnComment: "전화번호를 확인해 주세요.", returnedByName: publisher.name },
    ]);
    expect(titles((await myReturned(as(publisher))).rows)).toEqual(["라 정책"]);
  });

  it("확인 중: grouped by department with the note; paged", async () => {
    const list = await toVerify(as(editor));
    expect(list.total).toBe(3);
    expect(list.rows.map((g) => [g.departmentName, titles(g.rows)])).toEqual([
      [NO_DEPARTMENT, ["마 정책"]],
      ["가족정책과", ["나 정책"]],
      ["노인복지과", ["가 정책"]],
    ]);
    expect(list.rows[1]?.rows[0]?.verificationNote).toBe("대상 확인");
    const page2 = await toVerify(as(editor), 2, 2);
    expect(page2.rows.map((g) => g.departmentName)).toEqual(["노인복지과"]);
  });

  it("검토 기한 지남: reviewed before the day the period began (KST), longest first", async () => {
    expect(monthsBefore(TODAY, 12)).toBe("2025-11-30");
    expect(monthsBefore("2027-03-31", 1)).toBe("2027-02-28");
    const year = await overdueReview(as(editor), 12);
    expect(titles(year.rows)).toEqual(["라 정책", "가 정책"]);
    expect(year.rows[0]?.lastReviewedAt).toBe(new Date("2024-06-01T12:00:00+09:00").toISOString());
    expect(titles((await overdueReview(as(editor), 24)).rows)).toEqual(["라 정책"]);
  });

  it("곧 바뀜: published dates from today through 30 days ahead, soonest first, one row per date", async () => {
    const list = await upcomingChanges(as(editor));
    expect(list.until).toBe("2026-12-30");
    expect(list.rows.map((r) => [r.title, r.what, r.on])).toEqual([
      ["나 정책", "신청 시작일", "2026-11-30"],
      ["다 정책", "시행일", "2026-12-05"],
      ["가 정책", "종료일", "2026-12-30"],
    ]);
  });

  it("빠진 정보: published policies without a phone, 신청방법 details or a source URL", async () => {
    const list = await missingInfo(as(editor));
    expect(list.rows.map((r) => [r.title, r.missing])).toEqual([
      ["가 정책", ["phone"]],
      ["다 정책", ["applicationDetails"]],
      ["라 정책", ["sourceUrl"]],
    ]);
  });

  it("counts per life stage and department", async () => {
    const counts = await policyCounts(as(editor));
    const byLabel = Object.fromEntries(counts.lifeStages.map((c) => [c.label, c.count]));
    expect(byLabel).toMatchObject({ 임신·출산: 4, 영유아: 1, 노년: 0 });
    expect(counts.departments.map((d) => [d.label, d.count])).toEqual([
      ["가족정책과", 1],
      ["노인복지과", 1],
    ]);
  });

  it("배포 상태: the last run, its failing step, and the live site from 안내서 설정 or SITE_ORIGIN", async () => {
    await payload.updateGlobal({
      slug: "rebuild-status",
      data: { state: "failed", step: "사이트 만들기", message: "빌드 실패: 쪽 3", at: "2026-11-30T00:00:00.000Z" },
    });
    await payload.updateGlobal({
      slug: "guidebook",
      data: { ...guidebookData({ siteOrigin: "https://welfare.example.kr" }), _status: "published" } as never,
      ...quiet,
    });
    expect(await deployStatus(as(editor))).toMatchObject({
      state: "failed",
      stateLabel: "실패",
      step: "사이트 만들기",
      message: "빌드 실패: 쪽 3",
      siteUrl: "https://welfare.example.kr",
    });
    expect((await deployStatus(as(editor), "https://other.example.kr")).siteUrl).toBe("https://other.example.kr");
  });

  it("refuses anyone who is not signed-in staff", async () => {
    await expect(pendingReview(as(null))).rejects.toThrow("로그인한 직원만");
    await expect(policyCounts(as(null))).rejects.toThrow("로그인한 직원만");
  });
});

describe("paging links", () => {
  it("reads a page number safely and keeps the other lists' pages in a link", () => {
    expect([pageNumber("3"), pageNumber(["2", "9"]), pageNumber("0"), pageNumber("x"), pageNumber(undefined)]).toEqual([
      3, 2, 1, 1, 1,
    ]);
    expect(pageHref({ verify: "2", pending: "4" }, "pending", 5)).toBe("?verify=2&pending=5#pending");
    expect(pageHref({ verify: "2", pending: "4" }, "pending", 1)).toBe("?verify=2#pending");
  });
});
