import type { TaskConfig } from "payload";
import { env } from "../env.ts";
import { runDailyRebuild } from "../rebuild/daily.ts";
import { rebuildFor } from "../rebuild/index.ts";

/** Queue of the daily rebuild (run by the CMS server's job runner). */
export const DAILY_QUEUE = "daily";

/**
 * 정기 재빌드: once a day (REBUILD_DAILY_CRON, server local time) check whether a date-driven state
 * (시행예정 → 시행중, 종료, 신청 예정/마감; content-models `deriveStatus`) of a published policy
 * changed since the last successful build, and rebuild the site only then (`runDailyRebuild`).
 */
export const dailyRebuildTask: TaskConfig<"dailyRebuild"> = {
  slug: "dailyRebuild",
  label: "정기 재빌드",
  schedule: [{ cron: env.REBUILD_DAILY_CRON, queue: DAILY_QUEUE }],
  retries: 0,
  handler: async ({ req }) => {
    await runDailyRebuild(req.payload, rebuildFor(req.payload));
    return { output: {} };
  },
};
