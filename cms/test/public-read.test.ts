import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_READ_TARGETS } from "../src/access/table.ts";
import { allProbes } from "./access-matrix/all-probes.ts";
import { api, http, payload, startMatrix, stopMatrix, tokens } from "./access-matrix/context.ts";
import { fixture } from "./access-matrix/drafted-fixtures.ts";
import { tryRow } from "./access-matrix/try-row.ts";

/**
 * `CMS_PUBLIC_READ` on (it is off by default: `access-matrix.test.ts`): anonymous callers read the
 * published content over REST, GraphQL and the Local API exactly as the access table with the
 * setting says, and each client address gets `CMS_PUBLIC_READ_PER_MINUTE` requests a minute, then 429
 * in Korean. Addresses come from `X-Forwarded-For` (TRUST_PROXY=1), so each test uses its own.
 */
const PER_MINUTE = 30;

beforeAll(() =>
  startMatrix({ CMS_PUBLIC_READ: "true", CMS_PUBLIC_READ_PER_MINUTE: String(PER_MINUTE), TRUST_PROXY: "1" }),
);
afterAll(stopMatrix);

/** An anonymous (or `token`'s) request from the client address `address`. */
async function from(address: string, path: string, init: { body?: unknown; token?: string } = {}) {
  const response = await fetch(`${api.url}${path}`, {
    method: init.body ? "POST" : "GET",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": address,
      ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), json: await response.json() };
}

describe("anonymous reads with CMS_PUBLIC_READ on", () => {
  it.each(PUBLIC_READ_TARGETS)(
    "%s: read is allowed to anonymous callers too (REST, GraphQL, Local API)",
    async (target) => {
      const { failures } = await tryRow(target, allProbes()[target], {
        settings: { publicRead: true },
        only: ["read"],
      });
      expect(failures).toEqual([]);
    },
  );

  it("REST and GraphQL answer 200 with the published policy; drafts stay private", async () => {
    const published = await fixture("policies", "published");
    const draft = await fixture("policies", "draft");
    const rest = await from("198.51.100.1", `/api/policies/${published.id}`);
    expect([rest.status, rest.json.id]).toEqual([200, published.id]);
    expect((await from("198.51.100.1", `/api/policies/${draft.id}?draft=true`)).status).toBe(404);
    const gql = await from("198.51.100.1", "/api/graphql", {
      body: { query: `{ Policies(draft: true, limit: 100) { docs { id } } }` },
    });
    const ids = gql.json.data.Policies.docs.map((d: { id: number }) => d.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
    expect((await http.anonymous.get("/api/policies/versions")).status).toBe(403);
  });

  it("an address past its limit gets 429 in Korean with Retry-After (REST) and in GraphQL's error; others and staff do not", async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < PER_MINUTE; i += 1) expect((await from(address, "/api/policies?limit=1")).status).toBe(200);
    const refused = await from(address, "/api/policies?limit=1");
    expect(refused.status).toBe(429);
    expect(refused.json.errors[0].message).toMatch(/^요청이 너무 많습니다\. \d+초 뒤에 다시 시도하세요\.$/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    const gql = await from(address, "/api/graphql", { body: { query: "{ Policies(limit: 1) { docs { id } } }" } });
    expect(gql.json.errors[0].extensions.statusCode).toBe(429);
    expect(gql.json.errors[0].message).toMatch(/^요청이 너무 많습니다/);
    expect(gql.json.data?.Policies ?? null).toBeNull();
    // Another address is not affected; staff behind the same address are never limited.
    expect((await from("203.0.113.8", "/api/policies?limit=1")).status).toBe(200);
    expect((await from(address, "/api/policies?limit=1", { token: tokens.editor })).status).toBe(200);
    // The Local API without a user (as the matrix's anonymous probes) has no address: its own key.
    await expect(payload.find({ collection: "policies", overrideAccess: false, limit: 1 })).resolves.toBeTruthy();
  });
});
