import { expect } from "vitest";
import type { Actor } from "../../src/access/table.ts";
import type { Json } from "../helpers/http.ts";
import {
  type Channel,
  gql,
  http,
  local,
  ok,
  type Probe,
  type Probes,
  payload,
  qs,
  quiet,
  schedule,
  unique,
} from "./context.ts";
import {
  type DraftedSlug,
  draftedData,
  draftedNames,
  fixture,
  gqlData,
  latestDraft,
  liveDoc,
  versionWith,
} from "./drafted-fixtures.ts";

/** Writing a drafted collection: create, update, publish, delete, duplicate, bulk, schedule, restore. */
export function draftedWriteProbes(slug: DraftedSlug): Probes {
  const { S, field, base } = draftedNames(slug);
  return {
    create: {
      rest: async (actor) => {
        const text = unique("새 문서");
        const r = await http[actor].post(base, draftedData(slug, text));
        return ok(r.status) && (await latestDraft(slug, r.json.doc.id))[field] === text;
      },
      graphql: async (actor) => {
        const text = unique("새 문서");
        const created = await gql(
          actor,
          `mutation($data: mutation${S}Input!) { create${S}(data: $data, draft: true) { id ${field} } }`,
          `create${S}`,
          {
            data: gqlData(slug, text),
          },
        );
        return created?.[field] === text;
      },
      local: (actor) =>
        local(actor, (as) =>
          payload.create({ collection: slug, data: draftedData(slug, unique("새 문서")) as never, draft: true, ...as }),
        ),
    },
    update: {
      rest: async (actor) => {
        const f = await fixture(slug, "published");
        const text = unique("초안 저장");
        await http[actor].patch(`${base}/${f.id}?draft=true`, { [field]: text });
        expect((await liveDoc(slug, f.id))[field]).toBe(f.text);
        return (await latestDraft(slug, f.id))[field] === text;
      },
      graphql: async (actor) => {
        const f = await fixture(slug, "published");
        const text = unique("초안 저장");
        await gql(
          actor,
          `mutation($id: Int!, $data: mutation${S}UpdateInput!) { update${S}(id: $id, data: $data, draft: true) { id } }`,
          `update${S}`,
          {
            id: f.id,
            data: gqlData(slug, text),
          },
        );
        expect((await liveDoc(slug, f.id))[field]).toBe(f.text);
        return (await latestDraft(slug, f.id))[field] === text;
      },
      local: async (actor) => {
        const f = await fixture(slug, "published");
        const text = unique("초안 저장");
        await local(actor, (as) =>
          payload.update({ collection: slug, id: f.id, data: { [field]: text } as never, draft: true, ...as }),
        );
        expect((await liveDoc(slug, f.id))[field]).toBe(f.text);
        return (await latestDraft(slug, f.id))[field] === text;
      },
    },
    publish: {
      rest: async (actor) => {
        const f = await fixture(slug, "draft");
        await http[actor].patch(`${base}/${f.id}`, { _status: "published" });
        return (await liveDoc(slug, f.id))._status === "published";
      },
      graphql: async (actor) => {
        const f = await fixture(slug, "draft");
        await gql(
          actor,
          `mutation($id: Int!, $data: mutation${S}UpdateInput!) { update${S}(id: $id, data: $data) { id } }`,
          `update${S}`,
          {
            id: f.id,
            data: gqlData(slug, f.text, "published"),
          },
        );
        return (await liveDoc(slug, f.id))._status === "published";
      },
      local: async (actor) => {
        const f = await fixture(slug, "draft");
        await local(actor, (as) =>
          payload.update({ collection: slug, id: f.id, data: { _status: "published" } as never, ...as }),
        );
        return (await liveDoc(slug, f.id))._status === "published";
      },
    },
    unpublish: {
      rest: async (actor) => {
        const f = await fixture(slug, "published");
        await http[actor].patch(`${base}/${f.id}`, { _status: "draft" });
        return (await liveDoc(slug, f.id))._status === "draft";
      },
      graphql: async (actor) => {
        const f = await fixture(slug, "published");
        await gql(
          actor,
          `mutation($id: Int!, $data: mutation${S}UpdateInput!) { update${S}(id: $id, data: $data) { id } }`,
          `update${S}`,
          {
            id: f.id,
            data: gqlData(slug, f.text, "draft"),
          },
        );
        return (await liveDoc(slug, f.id))._status === "draft";
      },
      local: async (actor) => {
        const f = await fixture(slug, "published");
        await local(actor, (as) =>
          payload.update({ collection: slug, id: f.id, data: { _status: "draft" } as never, ...as }),
        );
        return (await liveDoc(slug, f.id))._status === "draft";
      },
    },
    delete: {
      rest: async (actor) => {
        const f = await fixture(slug, "published");
        await http[actor].del(`${base}/${f.id}`);
        return !(await liveDoc(slug, f.id));
      },
      graphql: async (actor) => {
        const f = await fixture(slug, "published");
        await gql(actor, `mutation($id: Int!) { delete${S}(id: $id) { id } }`, `delete${S}`, { id: f.id });
        return !(await liveDoc(slug, f.id));
      },
      local: async (actor) => {
        const f = await fixture(slug, "published");
        await local(actor, (as) => payload.delete({ collection: slug, id: f.id, ...as }));
        return !(await liveDoc(slug, f.id));
      },
    },
    duplicate: {
      rest: async (actor) => {
        const f = await fixture(slug, "published");
        const r = await http[actor].post(`${base}/${f.id}/duplicate`, {});
        if (!ok(r.status)) return false;
        expect((await liveDoc(slug, r.json.doc.id))._status).toBe("draft");
        return true;
      },
      graphql: async (actor) => {
        const f = await fixture(slug, "published");
        const copy = await gql(
          actor,
          `mutation($id: Int!, $data: mutation${S}Input!) { duplicate${S}(id: $id, data: $data) { id _status } }`,
          `duplicate${S}`,
          {
            id: f.id,
            data: gqlData(slug, unique("복제")),
          },
        );
        if (!copy) return false;
        expect((await liveDoc(slug, copy.id))._status).toBe("draft");
        return true;
      },
      local: async (actor) => {
        const f = await fixture(slug, "published");
        let copy: Json;
        const done = await local(actor, async (as) => {
          copy = await payload.duplicate({ collection: slug, id: f.id, ...as });
        });
        if (done) expect((await liveDoc(slug, copy.id))._status).toBe("draft");
        return done;
      },
    },
    bulkUpdate: {
      rest: async (actor) => {
        const f = await fixture(slug, "published");
        const text = unique("일괄 초안");
        await http[actor].patch(`${base}?draft=true&${qs({ id: { equals: f.id } })}`, { [field]: text });
        expect((await liveDoc(slug, f.id))[field]).toBe(f.text);
        return (await latestDraft(slug, f.id))[field] === text;
      },
      local: async (actor) => {
        const f = await fixture(slug, "published");
        const text = unique("일괄 초안");
        await local(actor, (as) =>
          payload.update({
            collection: slug,
            where: { id: { equals: f.id } },
            data: { [field]: text } as never,
            draft: true,
            ...as,
          }),
        );
        expect((await liveDoc(slug, f.id))[field]).toBe(f.text);
        return (await latestDraft(slug, f.id))[field] === text;
      },
    },
    bulkDelete: {
      rest: async (actor) => {
        const f = await fixture(slug, "published");
        await http[actor].del(`${base}?${qs({ id: { equals: f.id } })}`);
        return !(await liveDoc(slug, f.id));
      },
      local: async (actor) => {
        const f = await fixture(slug, "published");
        await local(actor, (as) => payload.delete({ collection: slug, where: { id: { equals: f.id } }, ...as }));
        return !(await liveDoc(slug, f.id));
      },
    },
    restoreAsDraft: restoreProbes(slug, S, true),
    restoreAsPublished: restoreProbes(slug, S, false),
    schedulePublish: {
      local: async (actor) => {
        const f = await fixture(slug, "draft");
        await schedule(actor, "publish", { doc: { relationTo: slug, value: String(f.id) } });
        return (await liveDoc(slug, f.id))._status === "published";
      },
    },
    scheduleUnpublish: {
      local: async (actor) => {
        const f = await fixture(slug, "published");
        await schedule(actor, "unpublish", { doc: { relationTo: slug, value: String(f.id) } });
        return (await liveDoc(slug, f.id))._status === "draft";
      },
    },
    docAccess: {
      rest: async (actor) =>
        ok((await http[actor].post(`${base}/access/${(await fixture(slug, "published")).id}`, {})).status),
    },
  };
}

/**
 * Restoring a draft version: with `draft=true` a 검토자 keeps the live document and gets the draft
 * back as the latest draft; without it the live document becomes that version (here a draft, i.e.
 * the restore unpublishes). Refused: the live document is untouched.
 */
function restoreProbes(slug: DraftedSlug, S: string, asDraft: boolean): Partial<Record<Channel, Probe>> {
  const run = (call: (actor: Actor, versionId: number, id: number) => Promise<unknown>) => async (actor: Actor) => {
    const f = await fixture(slug, "published+draft");
    const old = unique("나중 초안");
    await payload.update({ collection: slug, id: f.id, data: { [f.field]: old } as never, draft: true, ...quiet });
    const versionId = await versionWith(slug, f.id, f.field, f.draftText as string);
    await call(actor, versionId, f.id);
    const live = await liveDoc(slug, f.id);
    if (asDraft) {
      expect(live[f.field]).toBe(f.text);
      return (await latestDraft(slug, f.id))[f.field] === f.draftText;
    }
    return live[f.field] === f.draftText;
  };
  const flag = asDraft ? "?draft=true" : "";
  return {
    rest: run((actor, vid) => http[actor].post(`/api/${slug}/versions/${vid}${flag}`, {})),
    graphql: run((actor, vid) =>
      gql(
        actor,
        `mutation($id: Int!) { restoreVersion${S}(id: $id, draft: ${asDraft}) { id } }`,
        `restoreVersion${S}`,
        { id: vid },
      ),
    ),
    // The Local API's restoreVersion has no `draft` option: it always restores as the live document.
    ...(asDraft
      ? {}
      : {
          local: run((actor, vid) =>
            local(actor, (as) => payload.restoreVersion({ collection: slug, id: String(vid), ...as })),
          ),
        }),
  };
}
