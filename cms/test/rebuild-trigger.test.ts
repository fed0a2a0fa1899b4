import type { Payload } from "payload";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PublicationChange } from "../src/rebuild/index.ts";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { fakeClock } from "./helpers/fake-clock.ts";
import { client, login, serveApi } from "./helpers/http.ts";
import { policyData } from "./helpers/lexical.ts";
import { publishPolicy, rebuildStatus, recordingRunner, startHookServer } from "./helpers/rebuild.ts";

let payload: Payload;
let stop: () => Promise<void>;
let staff: Awaited<ReturnType<typeof createStaff>>;
let rebuild: typeof import("../src/rebuild/index.ts");

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("flow"));
  staff = await createStaff(payload);
  rebuild = await import("../src/rebuild/index.ts");
});

afterAll(async () => {
  await stop?.();
});

const publish = (title: string) => publishPolicy(payload, staff.publisher, title);
const status = () => rebuildStatus(payload);

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
    /** The editor saves a draft summary, then well over the debounce passes. */
    const saveDraft = async (id: number | string, summary: string) => {
      await payload.update({
        collection: "policies",
        id,
        data: { summary },
        draft: true,
        user: staff.editor,
        overrideAccess: false,
      });
      time.advance(5_000);
    };
    const doc = await payload.create({
      collection: "policies",
      data: policyData({ title: "초안만 저장" }),
      user: staff.editor,
      overrideAccess: false,
    });
    await saveDraft(doc.id, "초안 수정");
    await scheduler.idle();
    expect(runs).toHaveLength(0);

    const live = await publish("게시 후 취소");
    time.advance(5_000);
    await scheduler.idle();
    await saveDraft(live.id, "게시본 위 초안");
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

    const stored = await payload.findByID({
      collection: "policies",
      id: doc.id,
      overrideAccess: false,
      user: staff.publisher,
    });
    expect(stored._status).toBe("published");
    const after = await status();
    expect(after.state).toBe("failed");
    expect(after.step).toBe("테스트 재빌드");
    expect(after.message).toContain("빌드 명령이 종료 코드 1로 끝났습니다.");
    expect(after.lastFailedAt).toBeTruthy();
    expect(after.history?.[0]?.state).toBe("failed");
  });

  it("a publish reaches a real webhook once the quiet period ends; 배포 상태 shows the webhook's answer", async () => {
    const hooks = await startHookServer();
    try {
      const { webhookRunner } = await import("../src/rebuild/runners.ts");
      const runner = webhookRunner(hooks.url);
      const scheduler = rebuild.configureRebuild(payload, { clock: time.clock, runner, debounceMs: 1_000 });
      await publish("웹훅으로 알리는 정책");
      expect(hooks.received).toHaveLength(0);
      time.advance(1_000);
      await scheduler.idle();
      expect(hooks.received).toHaveLength(1);
      const body = hooks.received[0]?.body as { source: string; changes: PublicationChange[] };
      expect(body.source).toBe("lifewelfare-cms");
      expect(body.changes.map((c) => [c.action, c.title])).toEqual([["publish", "웹훅으로 알리는 정책"]]);
      const after = await status();
      expect([after.state, after.step, after.message]).toEqual([
        "succeeded",
        "재빌드 웹훅 호출",
        "웹훅이 HTTP 202로 응답했습니다.",
      ]);

      hooks.answer.status = 500;
      await publish("웹훅이 거절한 정책");
      time.advance(1_000);
      await scheduler.idle();
      const failed = await status();
      expect([failed.state, failed.message]).toEqual(["failed", "재빌드 실패: 웹훅이 HTTP 500로 응답했습니다."]);
    } finally {
      await hooks.close();
    }
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
