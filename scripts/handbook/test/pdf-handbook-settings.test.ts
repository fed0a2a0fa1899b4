import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../src/chromium.ts";
import { PART_PRINT_BYTES, printWorkers, renderHandbooks } from "../src/render-handbook.ts";
import { writeHandbookFixture } from "../testing/pdf-fixture.ts";

/** The handbook printer's settings and refusals: nothing here prints a page. */
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "pdf-handbook-settings-"));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("parts printed at the same time", () => {
  it("follows HANDBOOK_WORKERS and refuses a value that is not a positive whole number", () => {
    expect(printWorkers({ HANDBOOK_WORKERS: "3" })).toBe(3);
    expect(() => printWorkers({ HANDBOOK_WORKERS: "0" })).toThrow(/HANDBOOK_WORKERS/);
    expect(() => printWorkers({ HANDBOOK_WORKERS: "two" })).toThrow(/HANDBOOK_WORKERS/);
  });

  it("prints one part per core, as many as the free memory holds, at least one", () => {
    expect(printWorkers({}, 64 * 1024 ** 3, 2)).toBe(2);
    expect(printWorkers({}, 1.5 * PART_PRINT_BYTES, 2)).toBe(1);
    expect(printWorkers({}, 0, 8)).toBe(1);
  });
});

describe("errors", () => {
  it("names the document and field of an invalid snapshot", async () => {
    const dir = join(work, "invalid");
    await writeHandbookFixture(dir);
    const snapshot = JSON.parse(await readFile(join(dir, "snapshot.json"), "utf8"));
    snapshot.policies[0].contacts = [{ label: "잘못된 번호", phone: "12-34" }];
    await writeFile(join(dir, "snapshot.json"), JSON.stringify(snapshot));
    await expect(renderHandbooks({ snapshotDir: dir, outDir: join(work, "invalid-out") })).rejects.toThrow(
      /문의처 › 1번째 › 전화번호/,
    );
  });

  it("explains in Korean and English how to install Chromium when it is missing", () => {
    expect(() => findChromium({ CHROMIUM_PATH: join(work, "no-such-chromium") })).toThrow(
      /sudo apt-get install -y chromium[\s\S]*Chromium was not found/,
    );
  });
});
