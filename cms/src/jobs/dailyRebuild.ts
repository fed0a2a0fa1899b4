import type { TaskConfig } from "payload";
import { env } from "../env.ts";
import { rebuildFor } from "../rebuild/index.ts";

/** Queue of the daily rebuild (run by the CMS server's job runner). */
export const DAILY_QUEUE = "daily";

/**
 * 정기 재빌드: once a day (REBUILD_DAILY_CRON, server local time) rebuild the site so that
 * date-driven states (시행예정 → 시행중, 신청 마감) are right without anyone publishing.
 */
export const dailyRebuildTask: TaskConfig<"dailyRebuild"> = {
  slug: "dailyRebuild",
  label: "정기 재빌드",
  schedule: [{ cron: env.REBUILD_DAILY_CRON, queue: DAILY_QUEUE }],
  retries: 0,
  handler: async ({ req }) => {
    await rebuildFor(req.payload).flush({
      entity: "schedule",
      documentId: "daily",
      title: "매일 정기 재빌드",
      action: "daily",
      at: new Date().toISOString(),
    });
    return { output: {} };
  },
};
