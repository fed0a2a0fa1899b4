import type { Actor } from "../../src/access/table.ts";
import type { Json } from "../helpers/http.ts";
import { gql, http, ok, type Probes, payload, qs, unique } from "./context.ts";
import { docAccessProbes, noVersionProbes } from "./generic.ts";
import { otherId, ownId } from "./users.ts";

/** A preference of `actor` (or, for anonymous, of the 편집자) and one of another staff member. */
async function preferenceFixture(actor: Actor) {
  const key = unique("pref").replace(" ", "-");
  const make = (userId: number) =>
    payload.db.create({
      collection: "payload-preferences",
      data: { key, value: { n: 1 }, user: { relationTo: "users", value: userId } },
    });
  const own = (await make(ownId(actor))) as Json;
  const other = (await make(otherId(actor))) as Json;
  return { key, own: own.id as number, other: other.id as number };
}
const prefDoc = (id: number) =>
  payload.db.findOne({ collection: "payload-preferences", where: { id: { equals: id } } }) as Promise<Json>;

export function preferencesProbes(): Probes {
  return {
    readOwn: {
      rest: async (actor) => {
        const p = await preferenceFixture(actor);
        const r = await http[actor].get(`/api/payload-preferences/${p.key}`);
        return ok(r.status) && r.json.value?.n === 1;
      },
    },
    updateOwn: {
      rest: async (actor) => {
        const p = await preferenceFixture(actor);
        await http[actor].post(`/api/payload-preferences/${p.key}`, { value: { n: 2 } });
        return (await prefDoc(p.own)).value?.n === 2;
      },
    },
    create: {
      rest: async (actor) =>
        ok(
          (
            await http[actor].post("/api/payload-preferences", {
              key: unique("k").replace(" ", "-"),
              value: { n: 1 },
              user: { relationTo: "users", value: ownId(actor) },
            })
          ).status,
        ),
    },
    readOthers: {
      // By id through the list: `GET /api/payload-preferences/:key` reads one's own preference of that key.
      rest: async (actor) => {
        const p = await preferenceFixture(actor);
        const r = await http[actor].get(`/api/payload-preferences?${qs({ id: { equals: p.other } })}`);
        return ok(r.status) && r.json.docs?.length === 1;
      },
      graphql: async (actor) =>
        Boolean(
          await gql(actor, `query($id: Int!) { PayloadPreference(id: $id) { id } }`, "PayloadPreference", {
            id: (await preferenceFixture(actor)).other,
          }),
        ),
    },
    updateOthers: {
      rest: async (actor) => {
        const p = await preferenceFixture(actor);
        await http[actor].patch(`/api/payload-preferences/${p.other}`, { value: { n: 3 } });
        return (await prefDoc(p.other)).value?.n === 3;
      },
    },
    bulkUpdate: {
      rest: async (actor) => {
        const p = await preferenceFixture(actor);
        await http[actor].patch(`/api/payload-preferences?${qs({ id: { equals: p.other } })}`, { value: { n: 4 } });
        return (await prefDoc(p.other)).value?.n === 4;
      },
    },
    delete: {
      rest: async (actor) => {
        const p = await preferenceFixture(actor);
        await http[actor].del(`/api/payload-preferences/${p.other}`);
        await http[actor].del(`/api/payload-preferences/${p.key}`);
        return !(await prefDoc(p.other));
      },
    },
    bulkDelete: {
      rest: async (actor) => {
        const p = await preferenceFixture(actor);
        await http[actor].del(`/api/payload-preferences?${qs({ id: { equals: p.other } })}`);
        return !(await prefDoc(p.other));
      },
    },
    duplicate: {
      rest: async (actor) =>
        ok(
          (await http[actor].post(`/api/payload-preferences/${(await preferenceFixture(actor)).other}/duplicate`, {}))
            .status,
        ),
    },
    ...noVersionProbes("payload-preferences"),
    docAccess: docAccessProbes("payload-preferences"),
  };
}
