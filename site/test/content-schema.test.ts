import { snapshotSchema } from "@lifewelfare/content-models";
import { z } from "astro/zod";
import { expect, test } from "vitest";
import { fixtureSnapshot } from "./helpers/snapshot.ts";

test("content-models schemas are instances of the zod that Astro re-exports", async () => {
  expect(snapshotSchema).toBeInstanceOf(z.ZodType);
  expect(z.object({ snapshot: snapshotSchema }).safeParse({ snapshot: await fixtureSnapshot() }).success).toBe(true);
});
