import type { Payload } from "payload";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PublicationChange, RebuildRunner } from "../src/rebuild/index.ts";
import { createStaff, startCms } from "./helpers/cms.ts";
import { fakeClock } from "./helpers/fake-clock.ts";
import { client, login, serveApi } from "./helpers/http.ts";
import { policyData } from "./helpers/lexical.ts";

let payload: Payload;
let stop: () => Promise<void>;
let staff: Awaited<ReturnType<typeof createStaff>>;
let rebuild: typeof import("../src/rebuild/index.ts");

beforeAll(async () => {
  ({ payload, stop } = await startCms("flow"));
  staff = await createStaff(payload);
  rebuild = await import("../src/rebuild/index.ts");
});

afterAll(async () => {
  await stop?.();
});

/** A runner that records each run; `fail` makes it reject like a broken build command. */
function recordingRunner(fail = false) {
  const runs: PublicationChange[][] = [];
  const runner: RebuildRunner = {
    step: "테스트 재빌드",
    run: async (changes) => {
      runs.push(changes);
      if (fail) throw new Error("빌드 명령이 종료 코드 1로 끝났습니다.");
      return "완료";
    },
  };
  return { runs, runner };
}

const publish = (title: string) =>
  payload.create({
    collection: "policies",
    data: { ...policyData({ title }), _status: "published" },
    user: staff.publisher,
    overrideAccess: false,
  });

const status = () => payload.findGlobal({ slug: "rebuild-status", overrideAccess: true });

/** Queues and runs the 정기 재빌드 task the way the server's job runner does. */
async function runDailyJob() {
  await payload.jobs.queue({ task: "dailyRebuild", input: {}, queue: "daily" });
  await payload.jobs.run({ queue: "daily" });
}

describe("rebuild trigger", () => {
  let time: ReturnType<typeof fakeClock>;
  beforeEach(() => {
    time = fakeClock();
  });

  it("a burst of publishes inside the debounce window gives one rebuild", async () => {
    const { runs, runner } = recordingRunner();
    const scheduler = rebuild.configureRebuild(payload, { clock: time.clock, runner, debounceMs: 30_000 });
    await publish("연속 게시 1");
    time.advance(10_000);
    await publish("연속 게시 2");
    time.advance(10_000);
    await publish("연속 게시 3");
    expect(runs).toHaveLength(0);
    expect((await status()).state).toBe("pending");

    time.advance(29_000);
    expect(runs).toHaveLength(0);
    time.advance(1_000);
    await scheduler.idle();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.map((c) => c.title)).toEqual(["연속 게시 1", "연속 게시 2", "연속 게시 3"]);
    expect(time.pendingTimers()).toBe(0);
    const after = await status();
    expect(after.state).toBe("succeeded");
    expect(after.lastSucceededAt).toBeTruthy();
  });

  it("draft saves do not trigger a rebuild; unpublishing does", async () => {
    const { runs, runner } = recordingRunner();
    const scheduler = rebuild.configureRebuild(payload, { clock: time.clock, runner, debounceMs: 1_000 });
    const doc = await payload.create({
      collection: "policies",
      data: policyData({ title: "초안만 저장" }),
      user: staff.editor,
      overrideAccess: false,
    });
    await payload.update({
      collection: "policies",
      id: doc.id,
      data: { summary: "초안 수정" },
      draft: true,
      user: staff.editor,
      overrideAccess: false,
    });
    time.advance(5_000);
    await scheduler.idle();
    expect(runs).toHaveLength(0);

    const live = await publish("게시 후 취소");
    time.advance(5_000);
    await scheduler.idle();
    await payload.update({
      collection: "policies",
      id: live.id,
      data: { summary: "게시본 위 초안" },
      draft: true,
      user: staff.editor,
      overrideAccess: false,
    });
    time.advance(5_000);
    await scheduler.idle();
    expect(runs.map((r) => r.map((c) => c.action))).toEqual([["publish"]]);

    await payload.update({
      collection: "policies",
      id: live.id,
      data: { _status: "draft" },
      user: staff.publisher,
      overrideAccess: false,
    });
    time.advance(5_000);
    await scheduler.idle();
    expect(runs.map((r) => r.map((c) => c.action))).toEqual([["publish"], ["unpublish"]]);
  });

  it("a failing rebuild leaves the document published and records the failure for staff", async () => {
    const { runs, runner } = recordingRunner(true);
    const scheduler = rebuild.configureRebuild(payload, { clock: time.clock, runner, debounceMs: 1_000 });
    const doc = await publish("빌드 실패에도 게시");
    time.advance(1_000);
    await scheduler.idle();
    expect(runs).toHaveLength(1);

    const stored = await payload.findByID({ collection: "policies", id: doc.id, overrideAccess: false });
    expect(stored._status).toBe("published");
    const after = await status();
    expect(after.state).toBe("failed");
    expect(after.step).toBe("테스트 재빌드");
    expect(after.message).toContain("빌드 명령이 종료 코드 1로 끝났습니다.");
    expect(after.lastFailedAt).toBeTruthy();
    expect(after.history?.[0]?.state).toBe("failed");
  });

  it("a real command runner reports a non-zero exit as a failure", async () => {
    const { commandRunner } = await import("../src/rebuild/runners.ts");
    const ok = commandRunner("exit 0", process.cwd());
    await expect(ok.run([])).resolves.toContain("완료");
    const failing = commandRunner("echo 빌드 오류 >&2; exit 3", process.cwd());
    await expect(failing.run([])).rejects.toThrow(/종료 코드 3.*빌드 오류/);
  });

  it("배포 상태 shows failure messages without the server's absolute paths", async () => {
    const { repoRoot } = await import("../src/paths.ts");
    const { recordRebuildStatus } = await import("../src/rebuild/status.ts");
    const { tmpdir } = await import("node:os");
    await recordRebuildStatus(payload, {
      state: "failed",
      step: "안내서 PDF 만들기",
      message: `읽을 수 없습니다: ${repoRoot()}/.data/snapshot/media/a.png, ${tmpdir()}/lifewelfare-handbook-1-x/p.pdf`,
      at: new Date().toISOString(),
    });
    const shown = await status();
    expect(shown.message).toBe(
      "읽을 수 없습니다: <데이터 폴더>/snapshot/media/a.png, <임시 폴더>/lifewelfare-handbook-1-x/p.pdf",
    );
    expect(JSON.stringify(shown)).not.toContain(repoRoot());
  });

  it("staff can trigger a rebuild by hand through POST /api/rebuild; anonymous callers cannot", async () => {
    const { runs, runner } = recordingRunner();
    const scheduler = rebuild.configureRebuild(payload, { clock: time.clock, runner, debounceMs: 60_000 });
    const config = (await import("../src/payload.config.ts")).default;
    const api = await serveApi(config);
    try {
      expect((await client(api.url).post("/api/rebuild")).status).toBe(401);
      const editor = client(api.url, await login(api.url, "editor@example.kr"));
      const response = await editor.post("/api/rebuild");
      expect(response.status).toBe(202);
      expect(response.json.message).toContain("재빌드를 시작했습니다");
      await scheduler.idle();
      expect(runs).toHaveLength(1);
      expect(runs[0]![0]!.action).toBe("manual");
      expect(runs[0]![0]!.title).toMatch(/^편집자.*의 요청$/);
      expect(JSON.stringify(await status())).not.toContain("editor@example.kr");
    } finally {
      await api.close();
    }
  });

  it("without a command or webhook the status says so instead of failing silently", async () => {
    const scheduler = rebuild.configureRebuild(payload, { clock: time.clock, runner: null, debounceMs: 0 });
    await publish("설정 없음 확인");
    time.advance(0);
    await scheduler.idle();
    const after = await status();
    expect(after.state).toBe("skipped");
    expect(after.message).toContain("SITE_REBUILD_COMMAND");
  });
});

describe("scheduled publishing", () => {
  it("a publish scheduled by a publisher fires when the jobs queue runs", async () => {
    rebuild.configureRebuild(payload, { clock: fakeClock().clock, runner: null, debounceMs: 60_000 });
    const doc = await payload.create({
      collection: "policies",
      data: policyData({ title: "예약 게시 정책" }),
      user: staff.editor,
      overrideAccess: false,
    });
    await payload.jobs.queue({
      task: "schedulePublish",
      input: {
        type: "publish",
        doc: { relationTo: "policies", value: doc.id },
        user: { relationTo: "users", value: staff.publisher.id },
      },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    });
    await payload.jobs.run({ queue: "default" });
    expect((await payload.findByID({ collection: "policies", id: doc.id }))._status).toBe("draft");

    const due = await payload.find({ collection: "payload-jobs", where: { taskSlug: { equals: "schedulePublish" } } });
    await payload.update({
      collection: "payload-jobs",
      id: due.docs[0]!.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    });
    await payload.jobs.run({ queue: "default" });
    const after = await payload.findByID({ collection: "policies", id: doc.id, overrideAccess: false });
    expect(after._status).toBe("published");
  });

  it("a publish scheduled on behalf of an editor does not publish", async () => {
    const doc = await payload.create({
      collection: "policies",
      data: policyData({ title: "편집자 예약 시도" }),
      user: staff.editor,
      overrideAccess: false,
    });
    await payload.jobs.queue({
      task: "schedulePublish",
      input: {
        type: "publish",
        doc: { relationTo: "policies", value: doc.id },
        user: { relationTo: "users", value: staff.editor.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    });
    await payload.jobs.run({ queue: "default" });
    expect((await payload.findByID({ collection: "policies", id: doc.id }))._status).toBe("draft");
  });

  it("the daily rebuild task is scheduled on its own queue and rebuilds when the site was never built", async () => {
    const { runs, runner } = recordingRunner();
    const scheduler = rebuild.configureRebuild(payload, { clock: fakeClock().clock, runner, debounceMs: 60_000 });
    const task = payload.config.jobs.tasks?.find((t) => t.slug === "dailyRebuild");
    expect(task?.schedule?.[0]?.queue).toBe("daily");
    await payload.updateGlobal({ slug: "rebuild-status", data: { history: [] }, overrideAccess: true });
    await runDailyJob();
    await scheduler.idle();
    expect(runs.map((r) => r[0]!.action)).toEqual(["daily"]);
  });

  it("the daily rebuild runs only on the day a derived state changes (시행예정 → 시행중 on its start date)", async () => {
    // 2026-02-27T00:00Z is 09:00 KST on 2026-02-27; the policy starts on 2026-03-01 (KST).
    const time = fakeClock(new Date("2026-02-27T00:00:00Z"));
    const { runs, runner } = recordingRunner();
    const scheduler = rebuild.configureRebuild(payload, { clock: time.clock, runner, debounceMs: 60_000 });
    await payload.create({
      collection: "policies",
      data: {
        ...policyData({ title: "날짜로 바뀌는 정책" }),
        status: { value: "scheduled", effectiveFrom: "2026-03-01" },
        _status: "published",
      },
      user: staff.publisher,
      overrideAccess: false,
    });
    await scheduler.flush(); // the publish's own rebuild, built for 2026-02-27
    const day = 24 * 60 * 60 * 1000;
    const dailyRuns = async () => {
      await runDailyJob();
      await scheduler.idle();
      return runs.filter((r) => r[0]!.action === "daily").length;
    };
    expect(await dailyRuns()).toBe(0); // 2026-02-27: nothing changes
    time.advance(day);
    expect(await dailyRuns()).toBe(0); // 2026-02-28 09:00 KST
    time.advance(9 * 60 * 60 * 1000);
    time.advance(6 * 60 * 60 * 1000 - 1000); // 2026-02-28T14:59:59Z = 23:59:59 KST, still the day before
    expect(await dailyRuns()).toBe(0);
    time.advance(1000); // 2026-02-28T15:00:00Z = 00:00 KST on 2026-03-01, the start date
    expect(await dailyRuns()).toBe(1);
    const last = (await status()).history?.[0];
    expect(last?.changes).toContain("날짜로 바뀌는 정책");
    time.advance(day); // 2026-03-02: built on 2026-03-01, nothing changes since
    expect(await dailyRuns()).toBe(1);
  });
});
