import type { Payload, PayloadRequest } from "payload";
import type { RebuildStatus } from "../payload-types.ts";
import { redactPaths } from "./redact.ts";
import type { RebuildStatusReport } from "./types.ts";

/** Slug of the global staff read as 배포 상태. */
export const REBUILD_STATUS_SLUG = "rebuild-status";
/** History entries kept in 배포 상태. */
export const HISTORY_LIMIT = 30;

type HistoryEntry = NonNullable<RebuildStatus["history"]>[number];

/**
 * Writes `report` into the `rebuild-status` global: current state, step, message and time, the
 * last success/failure, and a short history (newest first). Pass `req` to write inside the
 * transaction of the edit that caused it. Absolute server paths in the message are replaced by
 * words (`redactPaths`): every staff member reads this.
 */
export async function recordRebuildStatus(
  payload: Payload,
  raw: RebuildStatusReport,
  req?: PayloadRequest,
): Promise<void> {
  const report = { ...raw, message: redactPaths(raw.message) };
  const current = await payload.findGlobal({ slug: REBUILD_STATUS_SLUG, depth: 0, overrideAccess: true, req });
  const changes = report.changes?.length
    ? report.changes.map((c) => `${ACTION_WORDS[c.action]}: ${c.title}`).join("\n")
    : null;
  const history: HistoryEntry[] = [
    { at: report.at, state: report.state, step: report.step, message: report.message, changes },
    ...(current.history ?? []).map(({ at, state, step, message, changes: c }) => ({
      at,
      state,
      step,
      message,
      changes: c,
    })),
  ].slice(0, HISTORY_LIMIT);
  await payload.updateGlobal({
    slug: REBUILD_STATUS_SLUG,
    data: {
      state: report.state,
      step: report.step,
      message: report.message,
      at: report.at,
      ...(report.state === "succeeded" ? { lastSucceededAt: report.at } : {}),
      ...(report.state === "failed" ? { lastFailedAt: report.at, lastFailureMessage: report.message } : {}),
      history,
    },
    depth: 0,
    overrideAccess: true,
    context: { skipRebuild: true },
    req,
  });
}

/** Korean words for a change's action in the status log. */
export const ACTION_WORDS = {
  publish: "게시",
  unpublish: "게시 취소",
  delete: "삭제",
  manual: "수동 재빌드",
  daily: "정기 재빌드",
} as const;
