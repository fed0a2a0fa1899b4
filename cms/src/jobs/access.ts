import type { CollectionConfig, Payload, TaskConfig, TaskHandler } from "payload";
import { actorOf, grants, may, type Target } from "../access/table.ts";

/** `jobs.access` from the access table (`payload-jobs` row: run, queue, cancel). */
export const jobsAccess = {
  run: ({ req }) => may(req, "payload-jobs", "run"),
  queue: ({ req }) => may(req, "payload-jobs", "queue"),
  cancel: ({ req }) => may(req, "payload-jobs", "cancel"),
} satisfies NonNullable<NonNullable<import("payload").Config["jobs"]>["access"]>;

/**
 * `jobs.jobsCollectionOverrides`: job documents are system data. Nobody creates, changes or
 * deletes them over REST or GraphQL (a job runs with the rights of whoever it names, H2); 검토자
 * and 관리자 may read them (the admin's scheduled-publish list). Jobs are queued by server code
 * (`payload.jobs.queue`, the admin's schedule drawer), which these rules do not stop.
 */
export const jobsCollectionOverrides = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig;
}): CollectionConfig => ({
  ...defaultJobsCollection,
  access: {
    ...defaultJobsCollection.access,
    read: ({ req }) => may(req, "payload-jobs", "read"),
    create: ({ req }) => may(req, "payload-jobs", "create"),
    update: ({ req }) => may(req, "payload-jobs", "update"),
    delete: ({ req }) => may(req, "payload-jobs", "delete"),
  },
});

type ScheduleInput = {
  type?: "publish" | "unpublish";
  doc?: { relationTo: string; value: string | number };
  global?: string;
  user?: { relationTo: string; value: string | number } | string | number | null;
};

/**
 * Payload's `schedulePublish` task runs as the user stored in the job, or with full access when
 * the job names none. Wrapped here so that a job publishes or unpublishes only when it names a
 * staff member the access table lets `schedulePublish`/`scheduleUnpublish` that target: a job a
 * 편집자 queued (the schedule drawer's server function queues for any staff member) or one with
 * no user fails with a Korean error and changes nothing.
 */
function guardedSchedulePublish(handler: TaskHandler<"schedulePublish">): TaskHandler<"schedulePublish"> {
  return async (args) => {
    const input = args.input as ScheduleInput;
    const target = (input.doc?.relationTo ?? input.global) as Target | undefined;
    const operation = input.type === "unpublish" ? "scheduleUnpublish" : "schedulePublish";
    const ref = input.user;
    if (!target || !ref || typeof ref !== "object")
      throw new Error("예약 게시를 요청한 직원이 기록되지 않은 작업이라 실행하지 않습니다. 검토자가 다시 예약하세요.");
    const user = await args.req.payload.findByID({
      collection: ref.relationTo as "users",
      id: ref.value,
      depth: 0,
      overrideAccess: true,
      req: args.req,
    });
    if (!grants(target, operation, actorOf({ user: { ...user, collection: ref.relationTo } })))
      throw new Error(`${user.email}은(는) 예약 게시·게시 취소를 할 수 없는 역할이라 이 예약을 실행하지 않습니다.`);
    return handler(args);
  };
}

/**
 * onInit: applies the access table to what Payload adds while sanitizing the config (and so cannot
 * be set in the config itself): the `schedulePublish` task is wrapped with `guardedSchedulePublish`,
 * and the `payload-jobs-stats` global (any logged-in user could read and overwrite the scheduler's
 * bookkeeping) gets its table row.
 * @throws Error when Payload no longer registers the task as a function (an upgrade to re-check).
 */
export function guardJobs(payload: Payload): void {
  const stats = payload.config.globals.find((g) => g.slug === "payload-jobs-stats");
  if (stats)
    stats.access = {
      ...stats.access,
      read: ({ req }) => may(req, "payload-jobs-stats", "read"),
      update: ({ req }) => may(req, "payload-jobs-stats", "update"),
    };
  const task = payload.config.jobs.tasks?.find((t) => t.slug === "schedulePublish") as
    | TaskConfig<"schedulePublish">
    | undefined;
  if (!task) return;
  if (typeof task.handler !== "function") throw new Error("schedulePublish task handler is not a function");
  task.handler = guardedSchedulePublish(task.handler);
}
