import { todayKst } from "@lifewelfare/content-models";
import { createLocalReq, type Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewTransition } from "../src/review/transitions.ts";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { client, type Json, login, serveApi } from "./helpers/http.ts";
import { guidebookData, policyData } from "./helpers/lexical.ts";
import { PUBLIC_READ_ON } from "./helpers/staff-api.ts";

/**
 * The review workflow over real HTTP (REST and GraphQL) and the Local API: 검토 요청 → 반려 (with
 * a comment) → the 편집자's draft save reopens → 검토 요청 → 게시 승인, now or scheduled; 게시
 * through Payload's own path; the history in 검토 기록; 안내서 설정; 확인 완료 one or many; and
 * that a 편집자 cannot approve or publish on any path.
 */

let payload: Payload;
let stop: () => Promise<void>;
let api: { url: string; close: () => Promise<void> };
let staff: Awaited<ReturnType<typeof createStaff>>;
const as = {} as Record<"anonymous" | "editor" | "publisher" | "admin", ReturnType<typeof client>>;

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("review-workflow", PUBLIC_READ_ON));
  staff = await createStaff(payload);
  api = await serveApi((await import("../src/payload.config.ts")).default);
  as.anonymous = client(api.url);
  for (const role of ["editor", "publisher", "admin"] as const)
    as[role] = client(api.url, await login(api.url, `${role}@example.kr`));
}, 120_000);
afterAll(async () => {
  await api?.close();
  await stop?.();
});

const quiet = { context: { skipRebuild: true } };
const latest = async (id: number) => (await payload.findByID({ collection: "policies", id, draft: true })) as Json;
const live = (id: number) =>
  payload.db.findOne({ collection: "policies", where: { id: { equals: id } } }) as Promise<Json>;
const history = async (id: number | string, target = "policies") =>
  (
    await as.editor.get(
      `/api/review-events?where[target][equals]=${target}&where[documentId][equals]=${id}&sort=-createdAt&limit=50`,
    )
  ).json.docs as Json[];
const review = (who: keyof typeof as, id: number, body: unknown) => as[who].post(`/api/policies/${id}/review`, body);
async function draftByEditor(title: string): Promise<number> {
  const r = await as.editor.post("/api/policies?draft=true", policyData({ title }));
  expect(r.status).toBe(201);
  return r.json.doc.id;
}

describe("review transitions over REST", () => {
  it("walks 작성 중 → 검토 요청 → 반려 → 작성 중 → 검토 요청 → 게시 and records each step, newest first", async () => {
    const id = await draftByEditor("검토 흐름 정책");
    expect((await latest(id)).review.state).toBe("writing");

    const early = await review("publisher", id, { action: "approve" });
    expect(early).toMatchObject({ status: 409, json: { message: expect.stringContaining("「검토 흐름 정책」") } });
    expect((await review("editor", id, { action: "request" })).json).toMatchObject({ state: "requested" });
    expect((await review("editor", id, { action: "request" })).status).toBe(409);

    const noReason = await review("publisher", id, { action: "return", comment: "  " });
    expect(noReason).toEqual({ status: 400, json: { message: "「검토 흐름 정책」: 반려 사유를 입력하세요." } });
    const returned = await review("publisher", id, { action: "return", comment: "연락처를 확인하세요." });
    expect(returned).toMatchObject({ status: 200, json: { state: "returned" } });
    const seen = (await as.editor.get(`/api/policies/${id}?draft=true`)).json.review;
    expect(seen).toMatchObject({
      state: "returned",
      returnComment: "연락처를 확인하세요.",
      returnedByName: "publisher 담당자",
    });

    // The 편집자 fixes the entry: the draft save reopens it (작성 중), the reason stays until the next request.
    await as.editor.patch(`/api/policies/${id}?draft=true`, { summary: "연락처를 고쳤습니다." });
    expect((await latest(id)).review).toMatchObject({ state: "writing", returnComment: "연락처를 확인하세요." });
    await review("editor", id, { action: "request", comment: "고쳤습니다." });
    expect((await latest(id)).review).toMatchObject({ state: "requested", returnComment: null });

    expect((await review("publisher", id, { action: "approve" })).json).toMatchObject({ state: "published" });
    expect((await live(id))._status).toBe("published");
    expect((await as.anonymous.get(`/api/policies/${id}`)).json.summary).toBe("연락처를 고쳤습니다.");

    const events = await history(id);
    expect(events.map((e) => [e.kind, e.fromState, e.toState, e.actorRole])).toEqual([
      ["approve", "requested", "published", "검토자"],
      ["request", "writing", "requested", "편집자"],
      ["reopen", "returned", "writing", "편집자"],
      ["return", "requested", "returned", "검토자"],
      ["request", "writing", "requested", "편집자"],
    ]);
    expect(events[3]).toMatchObject({ comment: "연락처를 확인하세요.", documentTitle: "검토 흐름 정책" });
    expect((await as.anonymous.get(`/api/review-events?limit=1`)).status).toBe(403);
  });

  it("answers bad requests in Korean, naming the document (400, 401, 403, 404)", async () => {
    const id = await draftByEditor("잘못된 요청 정책");
    expect(await review("editor", id, { action: "publish" })).toMatchObject({ status: 400 });
    expect((await as.editor.post(`/api/policies/${id}/review`, "text")).status).toBe(400);
    expect((await review("anonymous", id, { action: "request" })).status).toBe(401);
    expect(await review("editor", 999_999, { action: "request" })).toEqual({
      status: 404,
      json: { message: "정책 999999번 문서를 찾을 수 없습니다." },
    });
    await review("editor", id, { action: "request" });
    expect(await review("editor", id, { action: "approve" })).toEqual({
      status: 403,
      json: { message: "「잘못된 요청 정책」: 게시 승인은(는) 검토자와 관리자만 할 수 있습니다." },
    });
    expect(await review("editor", id, { action: "return", comment: "x" })).toMatchObject({ status: 403 });
    const past = await review("publisher", id, { action: "approve", publishAt: "2020-01-01T00:00:00Z" });
    expect(past.status).toBe(400);
    expect((await latest(id)).review.state).toBe("requested");
  });

  it("게시 승인 with publishAt schedules Payload's publish job; the state turns 게시 when it runs", async () => {
    const id = await draftByEditor("예약 게시 정책");
    await review("editor", id, { action: "request" });
    const at = new Date(Date.now() + 3_600_000).toISOString();
    expect((await review("publisher", id, { action: "approve", publishAt: at })).json.state).toBe("requested");
    const { docs: jobs } = await payload.find({
      collection: "payload-jobs",
      where: { "input.doc.value": { equals: String(id) } },
    });
    expect(jobs).toHaveLength(1);
    expect(new Date(jobs[0]?.waitUntil as string).toISOString()).toBe(at);
    expect((await live(id))._status).toBe("draft");
    // Make the job due and run it, as the job runner would at `publishAt`.
    await payload.db.updateOne({
      collection: "payload-jobs",
      id: jobs[0]?.id as number,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    });
    await payload.jobs.run({ queue: "default" });
    expect((await live(id))._status).toBe("published");
    expect((await latest(id)).review.state).toBe("published");
    expect((await history(id)).map((e) => e.kind)).toEqual(["publish", "schedule", "request"]);
    expect((await history(id))[1].publishAt).toBe(at);
  });
});

describe("a 편집자 cannot approve or publish on any path", () => {
  it("REST, GraphQL and the Local API with overrideAccess false leave a requested draft unpublished", async () => {
    const id = await draftByEditor("편집자 게시 시도");
    await review("editor", id, { action: "request" });
    await as.editor.patch(`/api/policies/${id}`, { _status: "published" });
    await as.editor.patch(`/api/policies/${id}?draft=true`, { review: { state: "published" } });
    const gql = await as.editor.graphql(
      `mutation($id: Int!) { updatePolicy(id: $id, data: { _status: published }) { id } }`,
      { id },
    );
    expect(gql.json.errors?.length).toBeGreaterThan(0);
    await as.editor.graphql(
      `mutation($id: Int!) { updatePolicy(id: $id, draft: true, data: { review: { state: published } }) { id } }`,
      { id },
    );
    await expect(
      payload.update({
        collection: "policies",
        id,
        data: { _status: "published" },
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow();
    const req = await createLocalReq({ user: staff.editor as never }, payload);
    expect((await reviewTransition(req, "policies", String(id), { action: "approve" })).status).toBe(403);
    expect((await live(id))._status).toBe("draft");
    expect((await latest(id)).review.state).toBe("requested");
  });

  it("Payload's own 게시 by a 검토자 sets 게시 and records it", async () => {
    const id = await draftByEditor("검토자 직접 게시");
    expect((await as.publisher.patch(`/api/policies/${id}`, { _status: "published" })).status).toBe(200);
    expect((await latest(id)).review.state).toBe("published");
    expect((await history(id)).map((e) => [e.kind, e.actorRole])).toEqual([["publish", "검토자"]]);
  });
});

describe("안내서 설정", () => {
  it("takes the same transitions at /api/globals/guidebook/review", async () => {
    await payload.updateGlobal({
      slug: "guidebook",
      data: { ...guidebookData(), _status: "published" } as never,
      ...quiet,
    });
    await as.editor.post("/api/globals/guidebook?draft=true", { title: "새 안내서 제목" });
    expect((await as.editor.post("/api/globals/guidebook/review", { action: "request" })).json.state).toBe("requested");
    const refused = await as.editor.post("/api/globals/guidebook/review", { action: "approve" });
    expect(refused.status).toBe(403);
    expect((await as.publisher.post("/api/globals/guidebook/review", { action: "approve" })).json.state).toBe(
      "published",
    );
    expect(((await payload.findGlobal({ slug: "guidebook" })) as Json).title).toBe("새 안내서 제목");
    expect((await history("guidebook", "guidebook")).map((e) => e.kind)).toEqual(["approve", "request", "reopen"]);
  });
});

describe("확인 완료 (POST /api/policies/verify)", () => {
  it("marks many policies checked: today's date (KST), 확인 중 off, the note; a pending draft keeps it in the draft", async () => {
    const make = async (title: string) =>
      (
        await payload.create({
          collection: "policies",
          data: { ...policyData({ title }), needsVerification: true, _status: "published" },
          ...quiet,
        })
      ).id as number;
    const [a, b, c] = [await make("확인 가"), await make("확인 나"), await make("확인 다")];
    await payload.update({ collection: "policies", id: c, data: { summary: "고치는 중" }, draft: true, ...quiet });
    expect((await as.editor.post("/api/policies/verify", { ids: [a] })).status).toBe(403);
    expect((await as.publisher.post("/api/policies/verify", { ids: [] })).status).toBe(400);
    expect((await as.publisher.post("/api/policies/verify", { ids: ["1"] })).status).toBe(400);
    const r = await as.publisher.post("/api/policies/verify", {
      ids: [a, b, c, 999_999],
      note: "담당 부서에 전화로 확인",
    });
    expect(r).toEqual({
      status: 200,
      json: { message: "정책 3건을 확인 완료로 표시했습니다.", updated: [a, b, c], missing: [999_999] },
    });
    for (const id of [a, b])
      expect(await live(id)).toMatchObject({ needsVerification: false, verificationNote: "담당 부서에 전화로 확인" });
    expect((await live(a)).lastReviewedAt.slice(0, 10)).toBe(todayKst());
    expect((await live(c)).needsVerification).toBe(true);
    expect(await latest(c)).toMatchObject({ needsVerification: false, summary: "고치는 중", _status: "draft" });
    expect((await history(b))[0]).toMatchObject({
      kind: "verify",
      comment: "담당 부서에 전화로 확인",
      actorRole: "검토자",
    });
  });
});
