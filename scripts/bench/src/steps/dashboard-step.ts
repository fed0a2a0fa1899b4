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
import type { User } from "@lifewelfare/cms/payload-types";
import { reviewTransition, type TransitionInput } from "@lifewelfare/cms/review/transitions";
import { todayKst } from "@lifewelfare/content-models";
import { openCms } from "@lifewelfare/scripts/cms";
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from "payload";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";

/** Every `REQUESTED_EVERY`-th policy waits for review; every `RETURNED_EVERY`-th was returned to the bench 편집자. */
const REQUESTED_EVERY = 10;
const RETURNED_EVERY = 40;
/** Timed runs per list after one untimed warm-up; the median is reported. */
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** A bench staff account (random password) as the request's user. */
async function staff(payload: Payload, role: "editor" | "publisher", name: string): Promise<User> {
  const user = await payload.create({
    collection: "users",
    data: { email: `bench-${role}@example.kr`, password: randomBytes(16).toString("hex"), role, name },
  });
  return { ...user, collection: "users" };
}

/**
 * Takes `marked` policies (id, index in the list) through the review workflow in one transaction,
 * as staff would: the 편집자 saves a draft (a published entry reopens as 작성 중) and requests
 * review; the 검토자 returns every `RETURNED_EVERY`-th with a reason. Throws the workflow's Korean
 * message if a transition is refused.
 */
async function takeReviewSteps(
  payload: Payload,
  marked: readonly (readonly [number, number])[],
  editor: User,
  publisher: User,
): Promise<void> {
  const tx = await createLocalReq({}, payload);
  await initTransaction(tx);
  const reqAs = (user: User) =>
    createLocalReq(
      { user: user as never, context: { skipRebuild: true }, req: { transactionID: tx.transactionID } },
      payload,
    );
  const take = async (user: User, id: number, input: TransitionInput) => {
    const result = await reviewTransition(await reqAs(user), "policies", String(id), input);
    if (result.status !== 200) throw new Error(result.message);
  };
  try {
    for (const [id, i] of marked) {
      const req = await reqAs(editor);
      await payload.update({ collection: "policies", id, data: {}, draft: true, overrideAccess: false, req });
      await take(editor, id, { action: "request" });
      if (i % REQUESTED_EVERY !== 0)
        await take(publisher, id, { action: "return", comment: "연락처를 확인해 주세요." });
    }
    await commitTransaction(tx);
  } catch (error) {
    await killTransaction(tx);
    throw error;
  }
}

/**
 * 업무 현황 (the CMS work dashboard): takes a known share of the seeded policies through the review
 * workflow (1 in 10 검토 요청 by a bench 편집자, 1 in 40 반려 to that 편집자 by a bench 검토자),
 * then times each list's first page as the dashboard queries it (Local API, `overrideAccess: false`;
 * 반려됨 as the 편집자, every other list as the 검토자), the median of 5 runs after a warm-up, the
 * last page of 검토 대기, and the whole dashboard (every list at once, as the page renders it).
 */
export async function dashboardStep(_ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const timings: Record<string, number> = {};
  const payload = await openCms();
  try {
    let t = performance.now();
    const editor = await staff(payload, "editor", "벤치 편집자");
    const user = await staff(payload, "publisher", "벤치 검토자");
    const ids = (
      await payload.find({ collection: "policies", limit: 0, pagination: false, depth: 0, select: { title: true } })
    ).docs.map((d) => d.id);
    const marked = ids.flatMap((id, i) =>
      i % REQUESTED_EVERY === 0 || i % RETURNED_EVERY === 5 ? [[id, i] as const] : [],
    );
    await takeReviewSteps(payload, marked, editor, user);
    timings.prepareMs = performance.now() - t;
    log(`검토 단계 ${marked.length}건 (정책 ${ids.length}건)`);

    const ctx: DashboardContext = { payload, user, today: todayKst() };
    const lists = {
      pending: () => pendingReview(ctx),
      returned: () => myReturned({ ...ctx, user: editor }),
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
