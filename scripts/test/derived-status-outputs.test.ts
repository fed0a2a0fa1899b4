import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderHandbooks } from "@lifewelfare/handbook";
import { pageLines, writeHandbookFixture } from "@lifewelfare/handbook/testing";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSnapshot } from "../src/export/write-snapshot.ts";

/** The fixture's 시행예정 policy, stored as 시행예정 from 2026-03-01 and never updated since. */
const SCHEDULED = "t-scheduled-example";

let work: string;
let input: string;
let snapshot: { policies: { id: string; status: Record<string, unknown>; applicationPeriod?: unknown }[] };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "derived-status-test-"));
  input = join(work, "input");
  snapshot = (await writeHandbookFixture(input)) as typeof snapshot;
  // Two entries keep the print short: the stale 시행예정 one and an ordinary 시행중 one.
  snapshot.policies = snapshot.policies.filter((p) => p.id === SCHEDULED || p.id === "g-24h-daycare");
  const scheduled = snapshot.policies.find((p) => p.id === SCHEDULED) as (typeof snapshot.policies)[number];
  scheduled.status = { value: "scheduled", effectiveFrom: "2026-03-01" };
  // Applications from its start date to 10 March: 신청 예정 before, 신청 마감 after.
  scheduled.applicationPeriod = { kind: "fixed", startDate: "2026-03-01", endDate: "2026-03-10" };
  await writeFile(join(input, "snapshot.json"), JSON.stringify(snapshot));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Writes the snapshot folder (with its open data) as built on `today`. */
async function writeOn(today: string) {
  const dir = join(work, `snapshot-${today}`);
  const files = (await readdir(join(input, "media"))).map((name) => ({
    path: `media/${name}`,
    source: join(input, "media", name),
  }));
  await writeSnapshot({
    dir,
    snapshot: snapshot as never,
    files,
    siteUrl: (id) => `https://guide.example.kr/p/${id}/`,
    today,
  });
  const csv = parse(await readFile(join(dir, "policies.csv"), "utf8"), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  const json = JSON.parse(await readFile(join(dir, "policies.json"), "utf8")) as {
    policies: { id: string; status: { value: string }; applicationState: string }[];
  };
  return {
    dir,
    csvStatus: csv.find((row) => row.서비스ID === SCHEDULED)?.상태,
    jsonStatus: json.policies.find((p) => p.id === SCHEDULED)?.status.value,
    csvApplication: csv.find((row) => row.서비스ID === SCHEDULED)?.신청상태,
    csvPeriod: csv.find((row) => row.서비스ID === SCHEDULED)?.신청기한,
    jsonApplication: json.policies.find((p) => p.id === SCHEDULED)?.applicationState,
    stored: JSON.parse(await readFile(join(dir, "snapshot.json"), "utf8")).policies.find(
      (p: { id: string }) => p.id === SCHEDULED,
    ).status.value,
  };
}

describe("open data shows the status and 신청상태 derived for the build's date", () => {
  it("the day before the start date policies.csv and policies.json say 시행예정", async () => {
    const out = await writeOn("2026-02-28");
    expect([out.csvStatus, out.jsonStatus]).toEqual(["시행예정", "scheduled"]);
    expect([out.csvApplication, out.jsonApplication]).toEqual(["신청 예정", "신청 예정"]);
    // 신청기한 in the site's and the handbook's words (content-models periodText); the state has its own column.
    expect(out.csvPeriod).toBe("정해진 기간 · 2026. 3. 1. ~ 2026. 3. 10.");
  });

  it("in March a stale stored 시행예정 is 시행중 in policies.csv and policies.json; snapshot.json keeps the stored one", async () => {
    const out = await writeOn("2026-03-15");
    expect([out.csvStatus, out.jsonStatus, out.stored]).toEqual(["시행중", "active", "scheduled"]);
    expect([out.csvApplication, out.jsonApplication]).toEqual(["신청 마감", "신청 마감"]);
  });
});

describe("the handbook prints the status derived for the build's date", () => {
  it("in March the entry says 시행중, carries no 시행예정 mark, and its passed 신청기한 says 신청 마감", async () => {
    const { dir } = await writeOn("2026-03-15");
    const [result] = await renderHandbooks({
      snapshotDir: dir,
      outDir: join(work, "downloads"),
      editions: ["standard"],
      today: "2026-03-15",
    });
    const text = (await pageLines(result!.file)).flat().join("\n").replace(/\s+/g, "");
    expect(text).toContain("시행예정예시정책"); // the entry is printed (its title names the example)
    expect(text).not.toContain("시행예정2026.3.1.");
    expect(text).toContain("상태시행중");
    expect(text).toContain("정해진기간·2026.3.1.~2026.3.10.·신청마감");
  });
});
