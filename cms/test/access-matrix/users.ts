import { createLocalReq } from "payload";
import type { Actor } from "../../src/access/table.ts";
import type { Json } from "../helpers/http.ts";
import { type Channel, gql, http, local, ok, type Probe, type Probes, payload, qs, unique, users } from "./context.ts";
import { docAccessProbes, noVersionProbes } from "./generic.ts";

const PASSWORD = "test-password-1";
let template: { hash: string; salt: string } | undefined;
/** A 편집자 account with password `PASSWORD` (stored directly with a known hash: hashing is slow). */
async function scratchUser() {
  const email = `${unique("scratch").replace(" ", "-")}@example.kr`;
  if (!template) {
    const first = (await payload.create({
      collection: "users",
      data: { email, password: PASSWORD, role: "editor" },
    })) as Json;
    const row = (await payload.db.findOne({ collection: "users", where: { id: { equals: first.id } } })) as Json;
    template = { hash: row.hash, salt: row.salt };
    return { id: first.id as number, email };
  }
  const user = (await payload.db.create({ collection: "users", data: { email, role: "editor", ...template } })) as Json;
  return { id: user.id as number, email };
}
const userDoc = (id: number) =>
  payload.db.findOne({ collection: "users", where: { id: { equals: id } } }) as Promise<Json>;
/** The account an actor calls "own": their own, or (anonymous) the 편집자's. */
export const ownId = (actor: Actor) => (users[actor] ?? users.editor)?.id as number;
export const otherId = (actor: Actor) => (actor === "admin" ? users.editor?.id : users.admin?.id) as number;

export function usersProbes(): Probes {
  const readProbes = (target: (actor: Actor) => number): Partial<Record<Channel, Probe>> => ({
    rest: async (actor) => {
      const r = await http[actor].get(`/api/users/${target(actor)}`);
      return ok(r.status) && r.json.id === target(actor);
    },
    graphql: async (actor) =>
      (await gql(actor, `query($id: Int!) { User(id: $id) { id email } }`, "User", { id: target(actor) }))?.id ===
      target(actor),
    local: (actor) => local(actor, (as) => payload.findByID({ collection: "users", id: target(actor), ...as })),
  });
  const updateProbes = (target: (actor: Actor) => Promise<number>): Partial<Record<Channel, Probe>> => ({
    rest: async (actor) => {
      const id = await target(actor);
      const name = unique("이름");
      await http[actor].patch(`/api/users/${id}`, { name });
      return (await userDoc(id)).name === name;
    },
    graphql: async (actor) => {
      const id = await target(actor);
      const name = unique("이름");
      await gql(
        actor,
        `mutation($id: Int!, $name: String) { updateUser(id: $id, data: { name: $name }) { id } }`,
        "updateUser",
        { id, name },
      );
      return (await userDoc(id)).name === name;
    },
    local: async (actor) => {
      const id = await target(actor);
      const name = unique("이름");
      await local(actor, (as) => payload.update({ collection: "users", id, data: { name }, ...as }));
      return (await userDoc(id)).name === name;
    },
  });
  const scratch = async () => (await scratchUser()).id;
  return {
    readOwn: readProbes(ownId),
    readOthers: readProbes(otherId),
    create: {
      rest: async (actor) =>
        ok(
          (
            await http[actor].post("/api/users", {
              email: `${unique("new").replace(" ", "-")}@example.kr`,
              password: PASSWORD,
              role: "editor",
            })
          ).status,
        ),
      graphql: async (actor) =>
        Boolean(
          await gql(
            actor,
            `mutation($email: String!) { createUser(data: { email: $email, password: "${PASSWORD}", role: editor }) { id } }`,
            "createUser",
            {
              email: `${unique("new").replace(" ", "-")}@example.kr`,
            },
          ),
        ),
      local: (actor) =>
        local(actor, (as) =>
          payload.create({
            collection: "users",
            data: { email: `${unique("new").replace(" ", "-")}@example.kr`, password: PASSWORD, role: "editor" },
            ...as,
          }),
        ),
    },
    updateOwn: updateProbes(async (actor) => ownId(actor)),
    updateOthers: updateProbes(scratch),
    changeRole: {
      rest: async (actor) => {
        // Staff try on their own account (to 관리자); 관리자 and anonymous on a scratch 편집자.
        const mine = actor === "editor" || actor === "publisher";
        const id = mine ? ownId(actor) : await scratch();
        const role = mine ? "admin" : "publisher";
        await http[actor].patch(`/api/users/${id}`, { role });
        return (await userDoc(id)).role === role;
      },
      local: async (actor) => {
        const mine = actor === "editor" || actor === "publisher";
        const id = mine ? ownId(actor) : await scratch();
        const role = mine ? "admin" : "publisher";
        await local(actor, (as) => payload.update({ collection: "users", id, data: { role }, ...as }));
        return (await userDoc(id)).role === role;
      },
    },
    bulkUpdate: {
      rest: async (actor) => {
        const id = await scratch();
        const name = unique("일괄 이름");
        await http[actor].patch(`/api/users?${qs({ id: { equals: id } })}`, { name });
        return (await userDoc(id)).name === name;
      },
    },
    delete: {
      rest: async (actor) => {
        const id = await scratch();
        await http[actor].del(`/api/users/${id}`);
        return !(await userDoc(id));
      },
      graphql: async (actor) => {
        const id = await scratch();
        await gql(actor, `mutation($id: Int!) { deleteUser(id: $id) { id } }`, "deleteUser", { id });
        return !(await userDoc(id));
      },
      local: async (actor) => {
        const id = await scratch();
        await local(actor, (as) => payload.delete({ collection: "users", id, ...as }));
        return !(await userDoc(id));
      },
    },
    bulkDelete: {
      rest: async (actor) => {
        const id = await scratch();
        await http[actor].del(`/api/users?${qs({ id: { equals: id } })}`);
        return !(await userDoc(id));
      },
    },
    // REST only: with no per-account lockout (`maxLoginAttempts: 0`, see Users.ts) Payload's GraphQL
    // schema has no `unlockUser` mutation, and the coverage test would catch one appearing.
    unlock: {
      rest: async (actor) =>
        ok((await http[actor].post("/api/users/unlock", { email: (await scratchUser()).email })).status),
    },
    login: {
      rest: async (actor) => {
        const u = await scratchUser();
        const r = await http[actor].post("/api/users/login", { email: u.email, password: PASSWORD });
        return ok(r.status) && typeof r.json.token === "string" && ok((await http[actor].get("/api/users/me")).status);
      },
      graphql: async (actor) => {
        const u = await scratchUser();
        const data = await gql(
          actor,
          `mutation($email: String!) { loginUser(email: $email, password: "${PASSWORD}") { token } }`,
          "loginUser",
          {
            email: u.email,
          },
        );
        return typeof data?.token === "string";
      },
    },
    firstRegister: {
      rest: async (actor) =>
        ok(
          (
            await http[actor].post("/api/users/first-register", {
              email: `${unique("first").replace(" ", "-")}@example.kr`,
              password: PASSWORD,
            })
          ).status,
        ),
    },
    forgotPassword: {
      rest: async (actor) =>
        ok((await http[actor].post("/api/users/forgot-password", { email: (await scratchUser()).email })).status),
      graphql: async (actor) =>
        Boolean(
          await gql(actor, `mutation($email: String!) { forgotPasswordUser(email: $email) }`, "forgotPasswordUser", {
            email: (await scratchUser()).email,
          }),
        ),
    },
    verify: {
      rest: async (actor) => ok((await http[actor].post("/api/users/verify/not-a-token", {})).status),
      graphql: async (actor) =>
        Boolean(await gql(actor, `mutation { verifyEmailUser(token: "not-a-token") }`, "verifyEmailUser")),
    },
    adminPanel: {
      local: async (actor) => {
        const req = await createLocalReq({ user: users[actor] as never }, payload);
        return Boolean(await payload.collections.users?.config.access.admin?.({ req }));
      },
    },
    ...noVersionProbes("users"),
    docAccess: docAccessProbes("users", async () => ownId("editor")),
  };
}
