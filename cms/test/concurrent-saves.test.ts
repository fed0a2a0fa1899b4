import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTempCms } from "../src/testing/temp-cms.ts";
import { client, type Json, login, serveApi } from "./helpers/http.ts";
import { policyData } from "./helpers/lexical.ts";

/**
 * Editors saving drafts at the same time over real HTTP: each 편집자 on a published policy of their
 * own, every save answered 200 (no SQLITE_BUSY, no 500), the latest draft of each policy is that
 * editor's last save, every save made a draft version, and what residents see did not change.
 */

const EDITORS = 6;
const SAVES_EACH = 4;

let payload: Payload;
let stop: () => Promise<void>;
let api: { url: string; close: () => Promise<void> };
const editors: { as: ReturnType<typeof client>; policyId: number }[] = [];

beforeAll(async () => {
  ({ payload, close: stop } = await startTempCms("concurrent-saves"));
  api = await serveApi((await import("../src/payload.config.ts")).default);
  for (let i = 0; i < EDITORS; i++) {
    const email = `editor-${i}@example.kr`;
    await payload.create({
      collection: "users",
      data: { email, password: "test-password-1", role: "editor", name: `편집자 ${i}` },
      overrideAccess: true,
    });
    const policy = await payload.create({
      collection: "policies",
      data: { ...policyData({ title: `동시 저장 정책 ${i}` }), _status: "published" },
      context: { skipRebuild: true },
    });
    editors.push({ as: client(api.url, await login(api.url, email)), policyId: policy.id as number });
  }
}, 120_000);
afterAll(async () => {
  await api?.close();
  await stop?.();
});

const summaryOf = (i: number, n: number) => `편집자 ${i}의 임시 저장 ${n}`;
const draftVersions = async (policyId: number) =>
  (
    await payload.countVersions({
      collection: "policies",
      where: { and: [{ parent: { equals: policyId } }, { "version._status": { equals: "draft" } }] },
    })
  ).totalDocs;

describe("concurrent draft saves", () => {
  it("persists every editor's saves of their own policy, none lost, none refused", async () => {
    const before = await Promise.all(editors.map(({ policyId }) => draftVersions(policyId)));
    const statuses = await Promise.all(
      editors.map(async ({ as, policyId }, i) => {
        const answers: number[] = [];
        for (let n = 1; n <= SAVES_EACH; n++) {
          const r = await as.patch(`/api/policies/${policyId}?depth=0&draft=true`, { summary: summaryOf(i, n) });
          answers.push(r.status);
        }
        return answers;
      }),
    );
    expect(statuses.flat()).toEqual(Array(EDITORS * SAVES_EACH).fill(200));
    for (const [i, { as, policyId }] of editors.entries()) {
      const latest = (await as.get(`/api/policies/${policyId}?depth=0&draft=true`)).json as Json;
      expect(latest.summary).toBe(summaryOf(i, SAVES_EACH));
      expect(await draftVersions(policyId)).toBe((before[i] ?? 0) + SAVES_EACH);
      const live = (await payload.findByID({ collection: "policies", id: policyId, depth: 0 })) as Json;
      expect(live).toMatchObject({ _status: "published", summary: "임신부에게 축하금을 드립니다." });
    }
  });
});
