import type { Json } from "../helpers/http.ts";
import { gql, http, local, ok, type Probes, payload, qs } from "./context.ts";
import { type DraftedSlug, draftedNames, fixture } from "./drafted-fixtures.ts";

/** Reading a drafted collection: the live document, drafts and versions. */
export function draftedReadProbes(slug: DraftedSlug): Probes {
  const { P, field, base } = draftedNames(slug);
  const readBack = async (id: number, got: Json, text: string) => Boolean(got && got.id === id && got[field] === text);
  return {
    read: {
      rest: async (actor) => {
        const f = await fixture(slug, "published");
        const r = await http[actor].get(`${base}/${f.id}`);
        return ok(r.status) && readBack(f.id, r.json, f.text);
      },
      graphql: async (actor) => {
        const f = await fixture(slug, "published");
        const docs = await gql(
          actor,
          `query($id: Int!) { ${P}(where: { id: { equals: $id } }) { docs { id ${field} } } }`,
          P,
          { id: f.id },
        );
        return readBack(f.id, docs?.docs?.[0], f.text);
      },
      local: async (actor) => {
        const f = await fixture(slug, "published");
        let got: Json;
        const done = await local(actor, async (as) => {
          got = await payload.findByID({ collection: slug, id: f.id, ...as });
        });
        return done && readBack(f.id, got, f.text);
      },
    },
    readDrafts: {
      rest: async (actor) => {
        const f = await fixture(slug, "draft");
        const r = await http[actor].get(`${base}/${f.id}?draft=true`);
        return ok(r.status) && readBack(f.id, r.json, f.text);
      },
      graphql: async (actor) => {
        const f = await fixture(slug, "published+draft");
        const docs = await gql(
          actor,
          `query($id: Int!) { ${P}(draft: true, where: { id: { equals: $id } }) { docs { id ${field} } } }`,
          P,
          { id: f.id },
        );
        return readBack(f.id, docs?.docs?.[0], f.draftText as string);
      },
      local: async (actor) => {
        const f = await fixture(slug, "draft");
        let count = 0;
        // Refused outright (anonymous with anonymous reads off) or answered without the draft.
        const done = await local(actor, async (as) => {
          count = (await payload.find({ collection: slug, where: { id: { equals: f.id } }, draft: true, ...as })).docs
            .length;
        });
        return done && count === 1;
      },
    },
    readVersions: {
      rest: async (actor) => {
        const f = await fixture(slug, "published+draft");
        const r = await http[actor].get(`${base}/versions?${qs({ parent: { equals: f.id } })}`);
        return ok(r.status) && r.json.docs.length >= 2;
      },
      graphql: async (actor) => {
        const f = await fixture(slug, "published+draft");
        const data = await gql(
          actor,
          `query($id: JSON) { versions${P}(where: { parent: { equals: $id } }) { docs { id } } }`,
          `versions${P}`,
          { id: f.id },
        );
        return (data?.docs?.length ?? 0) >= 2;
      },
      local: async (actor) => {
        const f = await fixture(slug, "published+draft");
        let count = 0;
        await local(actor, async (as) => {
          count = (await payload.findVersions({ collection: slug, where: { parent: { equals: f.id } }, ...as })).docs
            .length;
        });
        return count >= 2;
      },
    },
  };
}
