import { randomBytes } from "node:crypto";
import {
  type DashboardContext,
  deployStatus,
  missingInfo,
  myReturned,
  overdueReview,
  pendingReview,
  policyCounts,
  toVerify,
  upcomingChanges,
} from "@lifewelfare/cms/dashboard";
import { todayKst } from "@lifewelfare/content-models";
import { openCms } from "@lifewelfare/scripts/cms";
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from "payload";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";

/** Every `REQUESTED_EVERY`-th policy waits for review; every `RETURNED_EVERY`-th was returned to the bench user. */
const REQUESTED_EVERY = 10;
const RETURNED_EVERY = 40;
/** Timed runs per list after one untimed warm-up; the median is reported. */
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * 업무 현황 (the CMS work dashboard): gives a 검토자 account review states on a known share of the
 * seeded policies (1 in 10 검토 요청, 1 in 40 반려 to that account; draft saves, as the review
 * workflow writes them), then times each list's first page as the dashboard queries it (Local API,
 * `overrideAccess: false`), the median of 5 runs after a warm-up, the last page of 검토 대기, and
 * the whole dashboard (every list at once, as the page renders it).
 */
export async function dashboardStep(_ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const timings: Record<string, number> = {};
  const payload = await openCms();
  try {
    let t = performance.now();
    const user = await payload.create({
      collection: "users",
      data: {
        email: "bench-publisher@example.kr",
        password: randomBytes(16).toString("hex"),
        role: "publisher",
        name: "벤치 검토자",
      },
    });
    const ids = (
      await payload.find({ collection: "policies", limit: 0, pagination: false, depth: 0, select: { title: true } })
    ).docs.map((d) => d.id);
    const marked = ids.flatMap((id, i) =>
      i % REQUESTED_EVERY === 0 || i % RETURNED_EVERY === 5 ? [[id, i] as const] : [],
    );
    const req = await createLocalReq({}, payload);
    await initTransaction(req);
    try {
      for (const [id, i] of marked) {
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        const review =
          i % REQUESTED_EVERY === 0
            ? { state: "requested", requestedById: String(user.id), requestedByName: user.name, requestedAt: at }
            : {
                state: "returned",
                requestedById: String(user.id),
                requestedByName: user.name,
                requestedAt: at,
                returnedByName: "벤치 검토자",
                returnedAt: at,
                returnComment: "연락처를 확인해 주세요.",
              };
        await payload.update({
          collection: "policies",
          id,
          data: { review } as never,
          draft: true,
          req,
          context: { skipRebuild: true },
        });
      }
      await commitTransaction(req);
    } catch (error) {
      await killTransaction(req);
      throw error;
    }
    timings.prepareMs = performance.now() - t;
    log(`검토 상태 ${marked.length}건 기록 (정책 ${ids.length}건)`);

    const ctx: DashboardContext = { payload, user, today: todayKst() };
    const lists = {
      pending: () => pendingReview(ctx),
      returned: () => myReturned(ctx),
      verify: () => toVerify(ctx),
      overdue: () => overdueReview(ctx, 12),
      upcoming: () => upcomingChanges(ctx),
      missing: () => missingInfo(ctx),
      counts: () => policyCounts(ctx),
      deploy: () => deployStatus(ctx),
    };
    const totals: Record<string, number> = {};
    const time = async (name: string, run: () => Promise<unknown>) => {
      const first = await run();
      if (first && typeof first === "object" && "total" in first) totals[name] = first.total as number;
      const runs: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        t = performance.now();
        await run();
        runs.push(performance.now() - t);
      }
      timings[`${name}Ms`] = median(runs);
      log(`${name}: ${median(runs).toFixed(1)} ms`);
    };
    for (const [name, run] of Object.entries(lists)) await time(name, run);
    const lastPage = Math.max(1, Math.ceil((totals.pending ?? 0) / 10));
    await time("pendingLastPage", () => pendingReview(ctx, lastPage));
    await time("whole", () => Promise.all(Object.values(lists).map((run) => run())));
    return { timings, outputs: { policies: ids.length, totals, pendingLastPage: lastPage, runs: RUNS } };
  } finally {
    await payload.destroy();
  }
}
