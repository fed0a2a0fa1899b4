import { expect } from "vitest";
import type { Actor } from "../../src/access/table.ts";
import type { Json } from "../helpers/http.ts";
import { guidebookData } from "../helpers/lexical.ts";
import {
  type Channel,
  gql,
  http,
  local,
  ok,
  type Probe,
  type Probes,
  payload,
  quiet,
  schedule,
  unique,
} from "./context.ts";

const GUIDEBOOK = guidebookData();
/** The same over GraphQL, where select values are enum names (`kogl-1` is `kogl_1`). */
const GUIDEBOOK_GQL = { ...GUIDEBOOK, openDataLicense: "kogl_1" };
const liveGuidebook = () => payload.db.findGlobal({ slug: "guidebook" }) as Promise<Json>;
const latestGuidebook = () => payload.findGlobal({ slug: "guidebook", draft: true, depth: 0 }) as Promise<Json>;

/** Publishes 안내서 설정 with a fresh title (and, with `draftTitle`, saves a draft over it). */
async function guidebookFixture(withDraft = false) {
  const title = unique("기준 안내서");
  await payload.updateGlobal({
    slug: "guidebook",
    data: { ...GUIDEBOOK, title, _status: "published" } as never,
    ...quiet,
  });
  const draftTitle = withDraft ? unique("안내서 초안") : undefined;
  if (draftTitle)
    await payload.updateGlobal({ slug: "guidebook", data: { title: draftTitle } as never, draft: true, ...quiet });
  return { title, draftTitle };
}
async function guidebookVersionWith(title: string): Promise<number> {
  const { docs } = await payload.findGlobalVersions({ slug: "guidebook", sort: "-updatedAt", limit: 50 });
  const found = docs.find((v) => (v.version as Json).title === title);
  if (!found) throw new Error(`no guidebook version titled ${title}`);
  return Number(found.id);
}

export function guidebookProbes(): Probes {
  const restoreRun =
    (asDraft: boolean, call: (actor: Actor, vid: number) => Promise<unknown>) => async (actor: Actor) => {
      const f = await guidebookFixture(true);
      await payload.updateGlobal({
        slug: "guidebook",
        data: { title: unique("나중 초안") } as never,
        draft: true,
        ...quiet,
      });
      const vid = await guidebookVersionWith(f.draftTitle as string);
      await call(actor, vid);
      const live = await liveGuidebook();
      const changed = live.title === f.draftTitle;
      if (!changed) {
        // Case 2 of issue 13: after a refused restore readers of the live document (the export reads
        // it so; anonymous API reads are off by default) still get the published title.
        expect(live._status).toBe("published");
        expect((await http.editor.get("/api/globals/guidebook?draft=false")).json.title).toBe(f.title);
      }
      return asDraft ? changed || (await latestGuidebook()).title === f.draftTitle : changed;
    };
  const restore = (asDraft: boolean): Partial<Record<Channel, Probe>> => ({
    rest: restoreRun(asDraft, (actor, vid) =>
      http[actor].post(`/api/globals/guidebook/versions/${vid}${asDraft ? "?draft=true" : ""}`, {}),
    ),
    graphql: restoreRun(asDraft, (actor, vid) =>
      gql(
        actor,
        `mutation($id: Int!) { restoreVersionGuidebook(id: $id, draft: ${asDraft}) { title } }`,
        "restoreVersionGuidebook",
        { id: vid },
      ),
    ),
    local: restoreRun(asDraft, (actor, vid) =>
      local(actor, (as) =>
        payload.restoreGlobalVersion({ slug: "guidebook", id: String(vid), draft: asDraft, ...as } as never),
      ),
    ),
  });
  return {
    read: {
      rest: async (actor) => {
        const f = await guidebookFixture();
        return (await http[actor].get("/api/globals/guidebook")).json.title === f.title;
      },
      graphql: async (actor) => {
        const f = await guidebookFixture();
        return (await gql(actor, "{ Guidebook { title } }", "Guidebook"))?.title === f.title;
      },
      local: async (actor) => {
        const f = await guidebookFixture();
        let got: Json;
        await local(actor, async (as) => {
          got = await payload.findGlobal({ slug: "guidebook", ...as });
        });
        return got?.title === f.title;
      },
    },
    readDrafts: {
      rest: async (actor) => {
        const f = await guidebookFixture(true);
        return (await http[actor].get("/api/globals/guidebook?draft=true")).json.title === f.draftTitle;
      },
      graphql: async (actor) => {
        const f = await guidebookFixture(true);
        return (await gql(actor, "{ Guidebook(draft: true) { title } }", "Guidebook"))?.title === f.draftTitle;
      },
      local: async (actor) => {
        const f = await guidebookFixture(true);
        let got: Json;
        await local(actor, async (as) => {
          got = await payload.findGlobal({ slug: "guidebook", draft: true, ...as });
        });
        return got?.title === f.draftTitle;
      },
    },
    readVersions: {
      rest: async (actor) => {
        await guidebookFixture(true);
        const r = await http[actor].get("/api/globals/guidebook/versions");
        return ok(r.status) && r.json.docs.length > 0;
      },
      graphql: async (actor) =>
        ((await gql(actor, "{ versionsGuidebook { docs { id } } }", "versionsGuidebook"))?.docs?.length ?? 0) > 0,
      local: (actor) => local(actor, (as) => payload.findGlobalVersions({ slug: "guidebook", ...as })),
    },
    update: {
      rest: async (actor) => {
        const f = await guidebookFixture();
        const title = unique("안내서 초안 저장");
        await http[actor].post("/api/globals/guidebook?draft=true", { title });
        expect((await liveGuidebook()).title).toBe(f.title);
        return (await latestGuidebook()).title === title;
      },
      graphql: async (actor) => {
        const f = await guidebookFixture();
        const title = unique("안내서 초안 저장");
        await gql(
          actor,
          `mutation($data: mutationGuidebookInput!) { updateGuidebook(data: $data, draft: true) { title } }`,
          "updateGuidebook",
          {
            data: { ...GUIDEBOOK_GQL, title },
          },
        );
        expect((await liveGuidebook()).title).toBe(f.title);
        return (await latestGuidebook()).title === title;
      },
      local: async (actor) => {
        const f = await guidebookFixture();
        const title = unique("안내서 초안 저장");
        await local(actor, (as) =>
          payload.updateGlobal({ slug: "guidebook", data: { title } as never, draft: true, ...as }),
        );
        expect((await liveGuidebook()).title).toBe(f.title);
        return (await latestGuidebook()).title === title;
      },
    },
    publish: {
      rest: async (actor) => {
        await guidebookFixture();
        const title = unique("새 안내서");
        await http[actor].post("/api/globals/guidebook", { title, _status: "published" });
        return (await liveGuidebook()).title === title;
      },
      graphql: async (actor) => {
        await guidebookFixture();
        const title = unique("새 안내서");
        await gql(
          actor,
          `mutation($data: mutationGuidebookInput!) { updateGuidebook(data: $data) { title } }`,
          "updateGuidebook",
          {
            data: { ...GUIDEBOOK_GQL, title, _status: "published" },
          },
        );
        return (await liveGuidebook()).title === title;
      },
      local: async (actor) => {
        await guidebookFixture();
        const title = unique("새 안내서");
        await local(actor, (as) =>
          payload.updateGlobal({ slug: "guidebook", data: { title, _status: "published" } as never, ...as }),
        );
        return (await liveGuidebook()).title === title;
      },
    },
    unpublish: {
      rest: async (actor) => {
        await guidebookFixture();
        await http[actor].post("/api/globals/guidebook", { _status: "draft" });
        return (await liveGuidebook())._status === "draft";
      },
      graphql: async (actor) => {
        const f = await guidebookFixture();
        await gql(
          actor,
          `mutation($data: mutationGuidebookInput!) { updateGuidebook(data: $data) { title } }`,
          "updateGuidebook",
          {
            data: { ...GUIDEBOOK_GQL, title: f.title, _status: "draft" },
          },
        );
        return (await liveGuidebook())._status === "draft";
      },
      local: async (actor) => {
        await guidebookFixture();
        await local(actor, (as) =>
          payload.updateGlobal({ slug: "guidebook", data: { _status: "draft" } as never, ...as }),
        );
        return (await liveGuidebook())._status === "draft";
      },
    },
    restoreAsDraft: restore(true),
    restoreAsPublished: restore(false),
    schedulePublish: {
      local: async (actor) => {
        const f = await guidebookFixture(true);
        await schedule(actor, "publish", { global: "guidebook" });
        return (await liveGuidebook()).title === f.draftTitle;
      },
    },
    scheduleUnpublish: {
      local: async (actor) => {
        await guidebookFixture();
        await schedule(actor, "unpublish", { global: "guidebook" });
        return (await liveGuidebook())._status === "draft";
      },
    },
    docAccess: { rest: async (actor) => ok((await http[actor].post("/api/globals/guidebook/access", {})).status) },
  };
}
