import { createLocalReq } from "payload";
import { expect } from "vitest";
import type { Actor } from "../../src/access/table.ts";
import { guardedSchedulePublish } from "../../src/jobs/scheduleServerFunction.ts";
import type { Json } from "../helpers/http.ts";
import { gql, http, local, ok, type Probes, payload, qs, users } from "./context.ts";
import { fixture, liveDoc } from "./drafted-fixtures.ts";
import { docAccessProbes, noVersionProbes } from "./generic.ts";

const FAR_FUTURE = new Date(Date.UTC(2099, 0, 1));
/** A scheduled publish of a draft 부서, queued by server code for the 관리자, due in 2099. */
async function jobFixture() {
  const dept = await fixture("departments", "draft");
  const job = await payload.jobs.queue({
    task: "schedulePublish",
    input: {
      type: "publish",
      doc: { relationTo: "departments", value: String(dept.id) },
      user: { relationTo: "users", value: users.admin?.id },
    },
    waitUntil: FAR_FUTURE,
  } as never);
  return { id: job.id as number, dept };
}
const jobDoc = (id: number) =>
  payload.db.findOne({ collection: "payload-jobs", where: { id: { equals: id } } }) as Promise<Json>;

export function jobsProbes(): Probes {
  /** A job that would publish a draft now; allowed means it was stored (and then ran). */
  const createJob = (create: (actor: Actor, input: Json) => Promise<boolean>) => async (actor: Actor) => {
    const dept = await fixture("departments", "draft");
    const input = { type: "publish", doc: { relationTo: "departments", value: String(dept.id) } };
    const stored = await create(actor, input);
    await payload.jobs.run({ queue: "default" });
    if (!stored) expect((await liveDoc("departments", dept.id))._status).toBe("draft");
    return stored;
  };
  const gone = async (id: number) => !(await jobDoc(id));
  return {
    read: {
      rest: async (actor) => ok((await http[actor].get(`/api/payload-jobs/${(await jobFixture()).id}`)).status),
      graphql: async (actor) =>
        Boolean(
          await gql(actor, `query($id: Int!) { PayloadJob(id: $id) { id } }`, "PayloadJob", {
            id: (await jobFixture()).id,
          }),
        ),
      local: async (actor) => {
        const job = await jobFixture();
        return local(actor, (as) => payload.findByID({ collection: "payload-jobs", id: job.id, ...as }));
      },
    },
    create: {
      rest: createJob(async (actor, input) =>
        ok((await http[actor].post("/api/payload-jobs", { taskSlug: "schedulePublish", input })).status),
      ),
      graphql: createJob(async (actor, input) =>
        Boolean(
          await gql(
            actor,
            `mutation($input: JSON) { createPayloadJob(data: { taskSlug: schedulePublish, input: $input }) { id } }`,
            "createPayloadJob",
            { input },
          ),
        ),
      ),
      local: createJob((actor, input) =>
        local(actor, (as) =>
          payload.create({ collection: "payload-jobs", data: { taskSlug: "schedulePublish", input } as never, ...as }),
        ),
      ),
    },
    update: {
      rest: async (actor) => {
        const job = await jobFixture();
        await http[actor].patch(`/api/payload-jobs/${job.id}`, { waitUntil: new Date().toISOString() });
        return new Date((await jobDoc(job.id)).waitUntil).getTime() !== FAR_FUTURE.getTime();
      },
      graphql: async (actor) => {
        const job = await jobFixture();
        await gql(
          actor,
          `mutation($id: Int!) { updatePayloadJob(id: $id, data: { processing: true }) { id } }`,
          "updatePayloadJob",
          { id: job.id },
        );
        return Boolean((await jobDoc(job.id)).processing);
      },
      local: async (actor) => {
        const job = await jobFixture();
        await local(actor, (as) =>
          payload.update({ collection: "payload-jobs", id: job.id, data: { processing: true } as never, ...as }),
        );
        return Boolean((await jobDoc(job.id)).processing);
      },
    },
    delete: {
      rest: async (actor) => {
        const job = await jobFixture();
        await http[actor].del(`/api/payload-jobs/${job.id}`);
        return gone(job.id);
      },
      graphql: async (actor) => {
        const job = await jobFixture();
        await gql(actor, `mutation($id: Int!) { deletePayloadJob(id: $id) { id } }`, "deletePayloadJob", {
          id: job.id,
        });
        return gone(job.id);
      },
      local: async (actor) => {
        const job = await jobFixture();
        await local(actor, (as) => payload.delete({ collection: "payload-jobs", id: job.id, ...as }));
        return gone(job.id);
      },
    },
    bulkUpdate: {
      rest: async (actor) => {
        const job = await jobFixture();
        await http[actor].patch(`/api/payload-jobs?${qs({ id: { equals: job.id } })}`, { processing: true });
        return Boolean((await jobDoc(job.id)).processing);
      },
    },
    bulkDelete: {
      rest: async (actor) => {
        const job = await jobFixture();
        await http[actor].del(`/api/payload-jobs?${qs({ id: { equals: job.id } })}`);
        return gone(job.id);
      },
    },
    duplicate: {
      rest: async (actor) =>
        ok((await http[actor].post(`/api/payload-jobs/${(await jobFixture()).id}/duplicate`, {})).status),
      graphql: async (actor) =>
        Boolean(
          await gql(actor, `mutation($id: Int!) { duplicatePayloadJob(id: $id) { id } }`, "duplicatePayloadJob", {
            id: (await jobFixture()).id,
          }),
        ),
    },
    run: {
      rest: async (actor) => {
        const run = await http[actor].get("/api/payload-jobs/run?queue=nothing-queued");
        const schedules = await http[actor].get("/api/payload-jobs/handle-schedules?queue=nothing-queued");
        expect(ok(run.status)).toBe(ok(schedules.status));
        return ok(run.status);
      },
    },
    queue: {
      local: async (actor) => {
        const req = await createLocalReq({ user: users[actor] as never }, payload);
        const dept = await fixture("departments", "draft");
        try {
          await payload.jobs.queue({
            task: "schedulePublish",
            input: { type: "publish", doc: { relationTo: "departments", value: String(dept.id) } },
            waitUntil: FAR_FUTURE,
            overrideAccess: false,
            req,
          } as never);
          return true;
        } catch {
          return false;
        }
      },
    },
    cancel: {
      // Both ways to cancel: `payload.jobs.cancel` (refused or not) and the admin's schedule drawer
      // (`deleteID`: the scheduled job is gone or still there).
      local: async (actor) => {
        const job = await jobFixture();
        const req = await createLocalReq({ user: users[actor] as never }, payload);
        let cancelled = true;
        try {
          await payload.jobs.cancel({ where: { id: { equals: job.id } }, overrideAccess: false, req } as never);
        } catch {
          cancelled = false;
        }
        const scheduled = await jobFixture();
        await guardedSchedulePublish({
          type: "publish",
          date: new Date(Date.UTC(2098, 0, 1)),
          doc: { relationTo: "departments", value: String(scheduled.dept.id) },
          deleteID: scheduled.id,
          req,
        } as never).catch(() => undefined);
        // SQLite may give the rescheduled job the freed id: "still there" means still due in 2099.
        const still = await jobDoc(scheduled.id);
        expect(new Date(still?.waitUntil ?? 0).getTime() !== FAR_FUTURE.getTime()).toBe(cancelled);
        return cancelled;
      },
    },
    ...noVersionProbes("payload-jobs"),
    docAccess: docAccessProbes("payload-jobs", async () => (await jobFixture()).id),
  };
}
