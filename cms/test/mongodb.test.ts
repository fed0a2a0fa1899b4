/**
 * MongoDB integration (the customer's production database). Runs only where MONGODB_URL points at a
 * server (standalone or replica set), e.g. MONGODB_URL=mongodb://127.0.0.1:27017; no MongoDB server
 * can run on our build machines, so elsewhere the suite is reported as skipped.
 */
import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyData } from "./helpers/lexical.ts";

const url = process.env.MONGODB_URL;
if (!url)
  console.warn("MongoDB integration tests SKIPPED: set MONGODB_URL (e.g. mongodb://127.0.0.1:27017) to run them.");

describe.skipIf(!url)("CMS on MongoDB", () => {
  let payload: Payload;
  const database = `lifewelfare_test_${process.pid}`;

  beforeAll(async () => {
    const target = new URL(url as string);
    target.pathname = `/${database}`;
    Object.assign(process.env, {
      DATABASE_URI: target.toString(),
      PAYLOAD_SECRET: "test-secret-0123456789abcdef0123456789abcdef",
      JOBS_AUTORUN: "false",
      CMS_PUBLIC_READ: "true",
    });
    const { getCmsPayload } = await import("../src/get-payload.ts");
    payload = await getCmsPayload();
  }, 120_000);

  afterAll(async () => {
    if (!payload) return;
    await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase();
    await payload.destroy();
  });

  it("stores a published policy, hides drafts from anonymous reads and keeps the query indexes", async () => {
    const published = await payload.create({
      collection: "policies",
      data: { ...policyData({ title: "몽고 게시 정책" }), _status: "published" } as never,
    });
    await payload.create({
      collection: "policies",
      data: policyData({ title: "몽고 초안 정책" }) as never,
      draft: true,
    });
    const visible = await payload.find({ collection: "policies", overrideAccess: false, draft: false });
    expect(visible.docs.map((d) => d.title)).toEqual(["몽고 게시 정책"]);
    expect(published.stableId).toMatch(/^[a-z0-9-]{3,32}$/);

    const model = (
      payload.db as unknown as { collections: { policies: { listIndexes: () => Promise<{ key: object }[]> } } }
    ).collections.policies;
    const keys = (await model.listIndexes()).map((index) => Object.keys(index.key).join(","));
    for (const field of ["stableId", "slug", "_status"])
      expect(
        keys.some((k) => k.includes(field)),
        field,
      ).toBe(true);
  });
});
