import type { Json } from "../helpers/http.ts";
import {
  api,
  type Channel,
  gql,
  http,
  local,
  ok,
  type Probe,
  type Probes,
  payload,
  pngFile,
  qs,
  quiet,
  tokens,
  unique,
  upload,
} from "./context.ts";
import { draftedData } from "./drafted-fixtures.ts";
import { docAccessProbes, noVersionProbes } from "./generic.ts";

/** An image (full access); `live` ones are used by a published 복지 캐릭터. */
async function mediaFixture(live: boolean) {
  const alt = unique("그림 설명");
  const media = (await payload.create({ collection: "media", data: { alt }, file: pngFile() })) as Json;
  if (live)
    await payload.create({
      collection: "mascots",
      data: { ...draftedData("mascots", unique("캐릭터")), image: media.id, _status: "published" } as never,
      ...quiet,
    });
  return { id: media.id as number, alt, filename: media.filename as string };
}
const mediaDoc = (id: number) =>
  payload.db.findOne({ collection: "media", where: { id: { equals: id } } }) as Promise<Json>;

/** Changes an image's alt text (REST JSON, GraphQL) or replaces its file too (REST multipart, Local). */
function mediaUpdateProbes(live: boolean): Partial<Record<Channel, Probe>> {
  return {
    rest: async (actor) => {
      const m = await mediaFixture(live);
      const alt = unique("바뀐 설명");
      await upload(actor, alt, m.id);
      const after = await mediaDoc(m.id);
      return after.alt === alt && after.filename !== m.filename;
    },
    graphql: async (actor) => {
      const m = await mediaFixture(live);
      const alt = unique("바뀐 설명");
      await gql(
        actor,
        `mutation($id: Int!, $alt: String) { updateMedia(id: $id, data: { alt: $alt }) { id } }`,
        "updateMedia",
        { id: m.id, alt },
      );
      return (await mediaDoc(m.id)).alt === alt;
    },
    local: async (actor) => {
      const m = await mediaFixture(live);
      const alt = unique("바뀐 설명");
      await local(actor, (as) =>
        payload.update({ collection: "media", id: m.id, data: { alt }, file: pngFile(), ...as }),
      );
      return (await mediaDoc(m.id)).alt === alt;
    },
  };
}

export function mediaProbes(): Probes {
  return {
    read: {
      rest: async (actor) => {
        const m = await mediaFixture(false);
        const list = await http[actor].get(`/api/media?${qs({ id: { equals: m.id } })}`);
        const one = await http[actor].get(`/api/media/${m.id}`);
        return ok(one.status) && one.json.id === m.id && list.json.docs?.length === 1;
      },
      graphql: async (actor) => {
        const m = await mediaFixture(false);
        return (
          (await gql(actor, `query($id: Int!) { Media(id: $id) { id alt } }`, "Media", { id: m.id }))?.alt === m.alt
        );
      },
      local: async (actor) => {
        const m = await mediaFixture(false);
        return local(actor, (as) => payload.findByID({ collection: "media", id: m.id, ...as }));
      },
    },
    readFile: {
      rest: async (actor) => {
        const m = await mediaFixture(false);
        const response = await fetch(`${api.url}/api/media/file/${m.filename}`, {
          headers: tokens[actor] ? { authorization: `JWT ${tokens[actor]}` } : {},
        });
        await response.arrayBuffer();
        return ok(response.status);
      },
    },
    create: {
      rest: async (actor) => {
        const r = await upload(actor, unique("새 그림"));
        return ok(r.status) && Boolean(await mediaDoc(r.json.doc.id));
      },
      local: (actor) =>
        local(actor, (as) =>
          payload.create({ collection: "media", data: { alt: unique("새 그림") }, file: pngFile(), ...as }),
        ),
    },
    duplicate: {
      rest: async (actor) =>
        ok((await http[actor].post(`/api/media/${(await mediaFixture(false)).id}/duplicate`, {})).status),
      graphql: async (actor) =>
        Boolean(
          await gql(
            actor,
            `mutation($id: Int!, $alt: String!) { duplicateMedia(id: $id, data: { alt: $alt }) { id } }`,
            "duplicateMedia",
            {
              id: (await mediaFixture(false)).id,
              alt: unique("복제 설명"),
            },
          ),
        ),
      local: async (actor) => {
        const m = await mediaFixture(false);
        return local(actor, (as) => payload.duplicate({ collection: "media", id: m.id, ...as }));
      },
    },
    pasteUrl: {
      rest: async (actor) => {
        const m = await mediaFixture(false);
        const src = encodeURIComponent(`${api.url}/api/media/file/${m.filename}`);
        return ok((await http[actor].get(`/api/media/paste-url?src=${src}`)).status);
      },
    },
    updateUnused: mediaUpdateProbes(false),
    updateLive: mediaUpdateProbes(true),
    bulkUpdate: {
      rest: async (actor) => {
        const m = await mediaFixture(false);
        const alt = unique("일괄 설명");
        await http[actor].patch(`/api/media?${qs({ id: { equals: m.id } })}`, { alt });
        return (await mediaDoc(m.id)).alt === alt;
      },
      local: async (actor) => {
        const m = await mediaFixture(false);
        const alt = unique("일괄 설명");
        await local(actor, (as) =>
          payload.update({ collection: "media", where: { id: { equals: m.id } }, data: { alt }, ...as }),
        );
        return (await mediaDoc(m.id)).alt === alt;
      },
    },
    delete: {
      rest: async (actor) => {
        const m = await mediaFixture(false);
        await http[actor].del(`/api/media/${m.id}`);
        return !(await mediaDoc(m.id));
      },
      graphql: async (actor) => {
        const m = await mediaFixture(false);
        await gql(actor, `mutation($id: Int!) { deleteMedia(id: $id) { id } }`, "deleteMedia", { id: m.id });
        return !(await mediaDoc(m.id));
      },
      local: async (actor) => {
        const m = await mediaFixture(false);
        await local(actor, (as) => payload.delete({ collection: "media", id: m.id, ...as }));
        return !(await mediaDoc(m.id));
      },
    },
    bulkDelete: {
      rest: async (actor) => {
        const m = await mediaFixture(false);
        await http[actor].del(`/api/media?${qs({ id: { equals: m.id } })}`);
        return !(await mediaDoc(m.id));
      },
      local: async (actor) => {
        const m = await mediaFixture(false);
        await local(actor, (as) => payload.delete({ collection: "media", where: { id: { equals: m.id } }, ...as }));
        return !(await mediaDoc(m.id));
      },
    },
    ...noVersionProbes("media"),
    docAccess: docAccessProbes("media"),
  };
}
