import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { createStaff } from "./helpers/cms.ts";
import { fakeClock } from "./helpers/fake-clock.ts";
import { policyData } from "./helpers/lexical.ts";
import { rebuildStatus, recordingRunner, runDailyJob as runDaily } from "./helpers/rebuild.ts";

let payload: Payload;
let stop: () => Promise<void>;
let staff: Awaited<ReturnType<typeof createStaff>>;
let rebuild: typeof import("../src/rebuild/index.ts");

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("schedule"));
  staff = await createStaff(payload);
  rebuild = await import("../src/rebuild/index.ts");
});

afterAll(async () => {
  await stop?.();
});

const status = () => rebuildStatus(payload);
const runDailyJob = () => runDaily(payload);

/**
 * An editor's draft policy titled `title` with a `schedulePublish` job queued for `waitUntil`, on
 * behalf of `by` (the job runs as that user).
 */
async function scheduledDraft(title: string, by: { id: number }, waitUntil: Date) {
  const doc = await payload.create({
    collection: "policies",
    data: policyData({ title }),
    user: staff.editor,
    overrideAccess: false,
  });
  await payload.jobs.queue({
    task: "schedulePublish",
    input: {
      type: "publish",
      doc: { relationTo: "policies", value: doc.id },
      user: { relationTo: "users", value: by.id },
    },
    waitUntil,
  });
  return doc;
}

describe("scheduled publishing", () => {
  it("a publish scheduled by a publisher fires when the jobs queue runs", async () => {
    rebuild.configureRebuild(payload, { clock: fakeClock().clock, runner: null, debounceMs: 60_000 });
    const doc = await scheduledDraft("예약 게시 정책", staff.publisher, new Date(Date.now() + 60 * 60 * 1000));
    await payload.jobs.run({ queue: "default" });
    expect((await payload.findByID({ collection: "policies", id: doc.id }))._status).toBe("draft");

    const due = await payload.find({ collection: "payload-jobs", where: { taskSlug: { equals: "schedulePublish" } } });
    await payload.update({
      collection: "payload-jobs",
      id: due.docs[0]!.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    });
    await payload.jobs.run({ queue: "default" });
    const after = await payload.findByID({
      collection: "policies",
      id: doc.id,
      overrideAccess: false,
      user: staff.publisher,
    });
    expect(after._status).toBe("published");
  });

  it("a publish scheduled on behalf of an editor does not publish", async () => {
    const doc = await scheduledDraft("편집자 예약 시도", staff.editor, new Date(Date.now() - 1000));
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
