/**
 * Bulk writes (REST `PATCH`/`DELETE /api/policies?where=…`) and GraphQL mutations, per role, over
 * real HTTP: what ends up live and what reaches the rebuild. Who may call what is the access
 * table's (access-matrix.test.ts); these tests check what the calls do.
 */
import type { Payload } from "payload";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RebuildScheduler } from "../src/rebuild/scheduler.ts";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { fakeClock } from "./helpers/fake-clock.ts";
import { client, login, serveApi } from "./helpers/http.ts";
import { policyData } from "./helpers/lexical.ts";
import { recordingRunner } from "./helpers/rebuild.ts";
import { PUBLIC_READ_ON } from "./helpers/staff-api.ts";

let payload: Payload;
let stop: () => Promise<void>;
let api: Awaited<ReturnType<typeof serveApi>>;
let as: Record<"anonymous" | "editor" | "publisher", ReturnType<typeof client>>;
let time: ReturnType<typeof fakeClock>;
let scheduler: RebuildScheduler;
let runs: ReturnType<typeof recordingRunner>["runs"];

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("bulk", PUBLIC_READ_ON));
  await createStaff(payload);
  api = await serveApi((await import("../src/payload.config.ts")).default);
  as = {
    anonymous: client(api.url),
    editor: client(api.url, await login(api.url, "editor@example.kr")),
    publisher: client(api.url, await login(api.url, "publisher@example.kr")),
  };
});

afterAll(async () => {
  await api?.close();
  await stop?.();
});

beforeEach(async () => {
  time = fakeClock();
  const recorder = recordingRunner();
  runs = recorder.runs;
  const { configureRebuild } = await import("../src/rebuild/index.ts");
  scheduler = configureRebuild(payload, { clock: time.clock, runner: recorder.runner, debounceMs: 1_000 });
});

/** Creates policies titled `${prefix} 1..n` (drafts unless `published`); returns their ids. */
async function policies(prefix: string, n: number, published = false): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 1; i <= n; i++) {
    const data = {
      ...policyData({ title: `${prefix} ${i}` }),
      _status: published ? ("published" as const) : ("draft" as const),
    };
    ids.push((await payload.create({ collection: "policies", data, draft: !published })).id as number);
  }
  await settle();
  runs.length = 0;
  return ids;
}

/** Lets the debounce elapse and the rebuild run. */
async function settle() {
  time.advance(1_000);
  await scheduler.idle();
}

const where = (prefix: string) => `where[title][like]=${encodeURIComponent(prefix)}`;
/** The live (published) titles starting with `prefix`, as anonymous residents' API reads them. */
const liveTitles = async (prefix: string) =>
  ((await as.anonymous.get(`/api/policies?${where(prefix)}&limit=50`)).json.docs as { title: string }[])
    .map((d) => d.title)
    .sort();
const rebuilt = () => runs.map((r) => r.map((c) => `${c.action}:${c.title}`).sort());

describe("bulk REST writes", () => {
  it("편집자's bulk publish publishes nothing and starts no rebuild", async () => {
    await policies("편집자 묶음 게시", 3);
    const response = await as.editor.patch(`/api/policies?${where("편집자 묶음 게시")}`, { _status: "published" });
    expect([response.status, response.json.errors?.[0]?.message]).toEqual([403, "이 작업을 수행할 권한이 없습니다."]);
    await settle();
    expect(await liveTitles("편집자 묶음 게시")).toEqual([]);
    expect(runs).toEqual([]);
  });

  it("편집자's bulk edit of published policies saves drafts: residents still read the published text", async () => {
    await policies("편집자 묶음 수정", 2, true);
    const response = await as.editor.patch(`/api/policies?${where("편집자 묶음 수정")}`, { summary: "검토 전 요약" });
    expect(response.status).toBe(200);
    expect(response.json.docs.map((d: { _status: string; summary: string }) => [d._status, d.summary])).toEqual([
      ["draft", "검토 전 요약"],
      ["draft", "검토 전 요약"],
    ]);
    await settle();
    const live = (await as.anonymous.get(`/api/policies?${where("편집자 묶음 수정")}`)).json.docs as {
      summary: string;
    }[];
    expect(live.map((d) => d.summary)).toEqual(["임신부에게 축하금을 드립니다.", "임신부에게 축하금을 드립니다."]);
    expect(runs).toEqual([]);
  });

  it("검토자's bulk publish publishes every match and gives one rebuild listing each", async () => {
    await policies("검토자 묶음 게시", 3);
    const response = await as.publisher.patch(`/api/policies?${where("검토자 묶음 게시")}`, { _status: "published" });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    await settle();
    expect(await liveTitles("검토자 묶음 게시")).toEqual([
      "검토자 묶음 게시 1",
      "검토자 묶음 게시 2",
      "검토자 묶음 게시 3",
    ]);
    expect(rebuilt()).toEqual([
      ["publish:검토자 묶음 게시 1", "publish:검토자 묶음 게시 2", "publish:검토자 묶음 게시 3"],
    ]);
  });

  it("편집자's bulk delete is refused in Korean and deletes nothing", async () => {
    await policies("편집자 묶음 삭제", 2, true);
    const response = await as.editor.del(`/api/policies?${where("편집자 묶음 삭제")}`);
    expect([response.status, response.json.errors?.[0]?.message]).toEqual([403, "이 작업을 수행할 권한이 없습니다."]);
    await settle();
    expect(await liveTitles("편집자 묶음 삭제")).toEqual(["편집자 묶음 삭제 1", "편집자 묶음 삭제 2"]);
    expect(runs).toEqual([]);
  });

  it("검토자's bulk delete removes every match from the live site in one rebuild", async () => {
    await policies("검토자 묶음 삭제", 2, true);
    const response = await as.publisher.del(`/api/policies?${where("검토자 묶음 삭제")}`);
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    await settle();
    expect(await liveTitles("검토자 묶음 삭제")).toEqual([]);
    expect(rebuilt()).toEqual([["delete:검토자 묶음 삭제 1", "delete:검토자 묶음 삭제 2"]]);
  });
});

describe("GraphQL mutations", () => {
  const update = `mutation ($id: Int!, $data: mutationPolicyUpdateInput!) { updatePolicy(id: $id, data: $data) { id _status title } }`;
  /** The groups GraphQL requires on every update, as stored. */
  const groups = { status: { value: "active" }, applicationPeriod: { kind: "unknown" } };
  const remove = `mutation ($id: Int!) { deletePolicy(id: $id) { id } }`;

  it("편집자 cannot publish through updatePolicy; 검토자 can, and the publish reaches the rebuild", async () => {
    const [id] = await policies("그래프 게시", 1);
    const refused = await as.editor.graphql(update, { id, data: { ...groups, _status: "published" } });
    expect([refused.json.errors?.[0]?.message, refused.json.data?.updatePolicy]).toEqual([
      "이 작업을 수행할 권한이 없습니다.",
      null,
    ]);
    await settle();
    expect(await liveTitles("그래프 게시")).toEqual([]);
    expect(runs).toEqual([]);
    const done = await as.publisher.graphql(update, { id, data: { ...groups, _status: "published" } });
    expect(done.json.data?.updatePolicy?._status, JSON.stringify(done.json)).toBe("published");
    await settle();
    expect(await liveTitles("그래프 게시")).toEqual(["그래프 게시 1"]);
    expect(rebuilt()).toEqual([["publish:그래프 게시 1"]]);
  });

  it("편집자's deletePolicy is refused in Korean; 검토자's deletes and reaches the rebuild", async () => {
    const [id] = await policies("그래프 삭제", 1, true);
    const refused = await as.editor.graphql(remove, { id });
    expect(refused.json.errors?.[0]?.message).toBe("이 작업을 수행할 권한이 없습니다.");
    expect(await liveTitles("그래프 삭제")).toEqual(["그래프 삭제 1"]);
    const done = await as.publisher.graphql(remove, { id });
    expect(done.json.data?.deletePolicy?.id, JSON.stringify(done.json)).toBe(id);
    await settle();
    expect(await liveTitles("그래프 삭제")).toEqual([]);
    expect(rebuilt()).toEqual([["delete:그래프 삭제 1"]]);
  });

  it("anonymous callers cannot create a policy: refused in Korean, nothing stored", async () => {
    const created = await as.anonymous.graphql(
      `mutation ($data: mutationPolicyInput!) { createPolicy(data: $data) { id } }`,
      { data: { ...policyData({ title: "익명 생성 시도" }), applicationPeriod: { kind: "unknown" } } },
    );
    expect([created.json.errors?.[0]?.message, created.json.data?.createPolicy]).toEqual([
      "이 작업을 수행할 권한이 없습니다.",
      null,
    ]);
    const stored = await payload.find({
      collection: "policies",
      where: { title: { equals: "익명 생성 시도" } },
      draft: true,
    });
    expect(stored.totalDocs).toBe(0);
  });
});
