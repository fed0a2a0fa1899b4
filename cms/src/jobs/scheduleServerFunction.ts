import { schedulePublishHandler } from "@payloadcms/ui/utilities/schedulePublishHandler";
import { may, type Target } from "../access/table.ts";

type ScheduleArgs = Parameters<typeof schedulePublishHandler>[0];

/**
 * The admin's `schedule-publish` server function (the 예약 게시 drawer), guarded by the access
 * table. Payload's handler queues a job for any staff member and deletes a scheduled job for any
 * staff member (`deleteID`, with full access); here scheduling needs `schedulePublish` /
 * `scheduleUnpublish` of the target and cancelling also `payload-jobs.cancel`. A refusal is
 * answered like Payload's own failures, `{ error }`, in Korean.
 */
export async function guardedSchedulePublish(
  args: ScheduleArgs,
): Promise<Awaited<ReturnType<typeof schedulePublishHandler>>> {
  const target = (args.doc?.relationTo ?? args.global) as Target | undefined;
  const operation = args.type === "unpublish" ? "scheduleUnpublish" : "schedulePublish";
  const allowed =
    target !== undefined &&
    may(args.req, target, operation) &&
    (args.deleteID === undefined || may(args.req, "payload-jobs", "cancel"));
  if (!allowed) return { error: "예약 게시·게시 취소는 검토자와 관리자만 할 수 있습니다." };
  return schedulePublishHandler(args);
}
