import { createLocalReq, type Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
import type { ReviewTarget } from "../src/review/record.ts";
import { reviewTransition, type TransitionInput } from "../src/review/transitions.ts";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { guidebookData, lexical, policyData } from "./helpers/lexical.ts";

/**
 * The work dashboard's lists against a controlled set with known answers (KST today 2026-11-30):
 * five policies 가–마 (마 is an unpublished draft), two departments and 안내서 설정; the review states
 * are taken through the workflow (`reviewTransition`) by a 편집자 and a 검토자, the clock set to
 * known instants for each step.
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
  // Entries are written a month before the review steps, so each step's version is the latest.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-10-01T00:00:00.000Z"));
  try {
    await seed();
  } finally {
    vi.useRealTimers();
  }
}, 120_000);

/** The known set: entries at 2026-10-01, then each review step at its own instant. */
async function seed() {
  const department = (name: string) =>
    payload.create({
      collection: "departments",
      data: { name, phone: "061-797-2776", _status: "published" } as never,
      ...quiet,
    });
  const family = await department("가족정책과");
  const elderly = await department("노인복지과");
  await payload.updateGlobal({
    slug: "guidebook",
    data: { ...guidebookData(), _status: "published" } as never,
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
  const ga = await policy({
    title: "가 정책",
    department: elderly.id,
    needsVerification: true,
    verificationNote: "금액 확인",
    lastReviewedAt: "2025-11-29",
    contacts: [],
    status: { value: "active", effectiveUntil: "2026-12-30" },
  });
  const na = await policy({
    title: "나 정책",
    department: family.id,
    needsVerification: true,
    verificationNote: "대상 확인",
    lastReviewedAt: "2025-11-30",
    applicationPeriod: { kind: "fixed", startDate: "2026-11-30", endDate: "2026-12-31" },
  });
  const da = await policy({
    title: "다 정책",
    lifeStages: ["infant"],
    primaryChapter: "infant",
    applicationMethod: { channels: ["visit"] },
    lastReviewedAt: "2026-01-01",
    status: { value: "scheduled", effectiveFrom: "2026-12-05" },
  });
  const ra = await policy({
    title: "라 정책",
    lastReviewedAt: "2024-06-01",
    status: { value: "ended", effectiveUntil: "2026-11-29" },
  });
  // An entry saved before source URLs were required: written past validation, as an old import would.
  await payload.db.updateOne({ collection: "policies", id: ra.id, data: { sourceUrls: [], contacts: ra.contacts } });
  const ma = await policy(
    {
      title: "마 정책",
      needsVerification: true,
      lastReviewedAt: "2026-01-01",
      contacts: [],
      status: { value: "scheduled", effectiveFrom: "2026-12-01" },
    },
    "draft",
  );

  // The review states, taken through the workflow by the 편집자 and the 검토자 at known instants:
  // a published entry is 게시, so its draft is saved first (which reopens it as 작성 중).
  const step = async (user: User, at: string, target: ReviewTarget, id: number | string, input: TransitionInput) => {
    // The clock stands still: the draft save a minute before the step, so each has its own version time.
    vi.setSystemTime(new Date(Date.parse(at) - 60_000));
    const asUser = { user, overrideAccess: false, draft: true, context: { skipRebuild: true } } as const;
    if (input.action === "request") {
      if (target === "guidebook") await payload.updateGlobal({ slug: "guidebook", data: {}, ...asUser });
      else await payload.update({ collection: target, id, data: {}, ...asUser });
    }
    vi.setSystemTime(new Date(at));
    const req = await createLocalReq({ user: user as never, context: { skipRebuild: true } }, payload);
    const result = await reviewTransition(req, target, String(id), input);
    expect(result.status, result.message).toBe(200);
  };
  await step(editor, "2026-11-01T01:00:00.000Z", "policies", da.id, { action: "request" });
  await step(publisher, "2026-11-02T01:00:00.000Z", "policies", da.id, {
    action: "return",
    comment: "전화번호를 확인해 주세요.",
  });
  await step(publisher, "2026-11-03T01:00:00.000Z", "policies", ra.id, { action: "request" });
  await step(publisher, "2026-11-04T01:00:00.000Z", "policies", ra.id, { action: "return", comment: "다른 사람 것" });
  await step(publisher, "2026-11-10T01:00:00.000Z", "policies", na.id, { action: "request" });
  await step(editor, "2026-11-12T01:00:00.000Z", "guidebook", "guidebook", { action: "request" });
  await step(editor, "2026-11-15T01:00:00.000Z", "departments", family.id, { action: "request" });
  await step(editor, "2026-11-20T01:00:00.000Z", "policies", ga.id, { action: "request" });
  await step(editor, "2026-11-25T01:00:00.000Z", "policies", ma.id, { action: "request" });
}
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
    expect(all.rows[2]).toMatchObject({ collection: "departments", kind: "부서", requestedByName: editor.name });
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
