import { createLocalReq, formatNames, type Payload, toWords } from "payload";
import sharp from "sharp";
import { ACTORS, type Actor, type Operation } from "../../src/access/table.ts";
import { guardedSchedulePublish } from "../../src/jobs/scheduleServerFunction.ts";
import { startTempCms } from "../../src/testing/temp-cms.ts";
import { createStaff } from "../helpers/cms.ts";
import { client, type Json, login, serveApi } from "../helpers/http.ts";

// The shared state and helpers of the access-matrix probes (`../access-matrix.test.ts`): the CMS,
// its HTTP API, one client per actor, and calls that resolve to "did it take effect".

/** Which way a probe reaches the CMS. */
export type Channel = "rest" | "graphql" | "local";
type Client = ReturnType<typeof client>;
/** Tries one operation as `actor`; resolves to whether it took effect. */
export type Probe = (actor: Actor) => Promise<boolean>;
/** The probes of one table row: for each operation, one probe per channel that offers it. */
export type Probes = Partial<Record<Operation, Partial<Record<Channel, Probe>>>>;

// Set once by `startMatrix` (ES module bindings are live: the probe modules see the values).
export let payload: Payload;
let stop: () => Promise<void>;
export let api: { url: string; close: () => Promise<void> };
export const http = {} as Record<Actor, Client>;
export const tokens = {} as Record<Actor, string | undefined>;
export const users = {} as Record<Actor, Json>;
let PNG: Buffer;
/** An image (full access) the 복지 캐릭터 fixtures show. */
export let mascotImage: number;

/**
 * Starts the CMS on a temporary database and its REST/GraphQL API on a real HTTP server, logs in
 * the 편집자, 검토자 and 관리자, and makes the test PNG; `extra` is CMS environment (e.g. settings).
 * Call in `beforeAll`; `stopMatrix` in `afterAll`.
 */
export async function startMatrix(extra: Record<string, string> = {}): Promise<void> {
  ({ payload, close: stop } = await startTempCms("access-matrix", extra));
  const staff = await createStaff(payload);
  api = await serveApi((await import("../../src/payload.config.ts")).default);
  users.anonymous = undefined;
  tokens.anonymous = undefined;
  for (const actor of ["editor", "publisher", "admin"] as const) {
    users[actor] = staff[actor];
    tokens[actor] = await login(api.url, `${actor}@example.kr`);
  }
  for (const actor of ACTORS) http[actor] = client(api.url, tokens[actor]);
  PNG = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#3a7" } })
    .png()
    .toBuffer();
  mascotImage = (await payload.create({ collection: "media", data: { alt: "캐릭터 그림" }, file: pngFile() }))
    .id as number;
}

/** Stops the HTTP server and the CMS and removes the temporary database. */
export async function stopMatrix(): Promise<void> {
  await api?.close();
  await stop?.();
}

export const ok = (status: number) => status >= 200 && status < 300;
export const quiet = { context: { skipRebuild: true } };
/** Local API call as `actor` with access enforced; resolves to false when it throws. */
export const local = async (actor: Actor, call: (as: { user: Json; overrideAccess: false }) => Promise<unknown>) => {
  try {
    await call({ user: users[actor] ?? null, overrideAccess: false });
    return true;
  } catch {
    return false;
  }
};
/** GraphQL call as `actor`: the data of `field`, or undefined when it answered with errors. */
export const gql = async (actor: Actor, query: string, field: string, variables?: Record<string, unknown>) => {
  const { json } = await http[actor].graphql(query, variables);
  return json.errors?.length ? undefined : json.data?.[field];
};
export const qs = (where: Record<string, unknown>) => new URLSearchParams(flatten(where)).toString();
function flatten(value: unknown, prefix = "where"): Record<string, string> {
  if (value === null || typeof value !== "object") return { [prefix]: String(value) };
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, `${prefix}[${k}]`)));
}
/** Multipart upload (`POST`, or `PATCH` of `id`) of the test PNG as `actor`. */
export async function upload(actor: Actor, alt: string, id?: number): Promise<{ status: number; json: Json }> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(PNG)], { type: "image/png" }), `pixel-${Date.now()}.png`);
  form.append("_payload", JSON.stringify({ alt }));
  const response = await fetch(`${api.url}/api/media${id ? `/${id}` : ""}`, {
    method: id ? "PATCH" : "POST",
    headers: tokens[actor] ? { authorization: `JWT ${tokens[actor]}` } : {},
    body: form,
  });
  return { status: response.status, json: await response.json().catch(() => ({})) };
}
/** The test PNG as a Local API upload. */
export const pngFile = () => ({ data: PNG, mimetype: "image/png", name: `pixel-${++counter}.png`, size: PNG.length });
let counter = 0;
/** A number not handed out before in this run. */
export const nextCount = () => ++counter;
export const unique = (text: string) => `${text} ${++counter}`;

/**
 * Schedules a publish or unpublish as `actor` through the admin's `schedule-publish` server
 * function (as `app/(payload)/layout.tsx` mounts it), then runs the due jobs.
 */
export async function schedule(actor: Actor, type: "publish" | "unpublish", target: { doc?: Json; global?: string }) {
  try {
    const req = await createLocalReq({ user: users[actor] as never }, payload);
    const result = await guardedSchedulePublish({
      type,
      date: new Date(Date.now() - 1000),
      doc: target.doc,
      global: target.global as never,
      req,
    } as never);
    if ((result as { error?: string }).error) return;
  } catch {
    return;
  }
  await payload.jobs.run({ queue: "default" });
}

/** A collection's GraphQL names, as @payloadcms/graphql derives them (`initCollections`). */
export function collectionNames(slug: string, graphQL: unknown): { S: string; P: string } {
  const names = (graphQL || {}) as { singularName?: string; pluralName?: string };
  const fromSlug = formatNames(slug);
  const S = names.singularName ? toWords(names.singularName, true) : fromSlug.singular;
  const P = names.pluralName ? toWords(names.pluralName, true) : fromSlug.plural;
  return { S, P: S === P ? `all${S}` : P };
}
/** A global's GraphQL name (`initGlobals`). */
export const globalName = (slug: string, graphQL: unknown) =>
  (graphQL as { name?: string } | undefined)?.name ?? formatNames(slug).singular;
