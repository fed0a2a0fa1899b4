import { snapshotSchema } from "@lifewelfare/content-models";
import { fixtureSnapshot } from "@lifewelfare/content-models/testing";
import { z } from "astro/zod";
import { expect, test } from "vitest";

test("content-models schemas are instances of the zod that Astro re-exports", async () => {
  expect(snapshotSchema).toBeInstanceOf(z.ZodType);
  expect(z.object({ snapshot: snapshotSchema }).safeParse({ snapshot: await fixtureSnapshot() }).success).toBe(true);
});
