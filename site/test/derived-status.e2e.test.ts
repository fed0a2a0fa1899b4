import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fixtureSnapshot } from "@lifewelfare/content-models/testing";
import { removeDirs, tempDir } from "@lifewelfare/test-support/temp-dir";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../build.ts";
import { writeSnapshotDir } from "./helpers/snapshot.ts";

/** The fixture's 시행예정 policy, stored as 시행예정 from 2026-03-01 and not updated since. */
const SCHEDULED = "t-scheduled-example";
/** A policy given a 신청기한 that ended on 2026-02-27. */
const CLOSED = "g-youth-books";

let outDir: string;
let snapshotDir: string;
const slugs = new Map<string, string>();

beforeAll(async () => {
  const snapshot = await fixtureSnapshot();
  for (const p of snapshot.policies) {
    slugs.set(p.id, p.slug);
    if (p.id === SCHEDULED)
      p.status = { value: "scheduled", effectiveFrom: "2026-03-01", note: "3월 1일부터 시행합니다." };
    if (p.id === CLOSED) p.applicationPeriod = { kind: "fixed", startDate: "2026-02-02", endDate: "2026-02-27" };
  }
  snapshotDir = await writeSnapshotDir(snapshot);
  outDir = await tempDir("lw-site-derived-");
  await buildSite({ snapshotDir, outDir, base: "/", today: "2026-03-15" });
});
afterAll(() => removeDirs(outDir, snapshotDir));

const page = (path: string) => readFile(join(outDir, path, "index.html"), "utf8");
const badges = (html: string) => [...html.matchAll(/<span class="krds-badge[^"]*">([^<]*)<\/span>/g)].map((m) => m[1]);
/** The badges that name a status of 시행예정 (the text carries the start date: "시행예정 2026. 3. 1."). */
const scheduledBadges = (html: string) => badges(html).filter((b) => b?.startsWith("시행예정"));
const notice = (html: string) => /<div class="app-notice[^"]*" role="note">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";

describe("a site built in March from a stale stored 시행예정 (start date 2026-03-01)", () => {
  test("the policy page says 시행중 in its status notice and carries no 시행예정 badge", async () => {
    const html = await page(`policies/${slugs.get(SCHEDULED)}`);
    expect(scheduledBadges(html)).toEqual([]);
    expect(notice(html)).toContain("시행중");
    expect(notice(html)).not.toContain("시행예정");
  });

  test("the policy list shows no 시행예정 badge for it", async () => {
    const html = await page("policies");
    const cards = html.split('<article class="app-card">').slice(1);
    const card = cards.find((c) => c.includes("시행예정 예시 정책")) ?? "";
    expect(card).toContain("app-card__title");
    expect(scheduledBadges(card)).toEqual([]);
  });

  test("the finder lists it without a status note", async () => {
    const json = await readFile(join(outDir, "finder-data.json"), "utf8");
    const entry = (JSON.parse(json) as { i: string; n?: string }[]).find((p) => p.i === SCHEDULED);
    expect(entry).toBeDefined();
    expect(entry?.n).toBeUndefined();
  });

  test("a 신청기한 that ended on 2026-02-27 shows a 신청 마감 badge", async () => {
    expect(badges(await page(`policies/${slugs.get(CLOSED)}`))).toContain("신청 마감");
  });
});
