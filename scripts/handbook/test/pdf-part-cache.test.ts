import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Snapshot } from "@lifewelfare/content-models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EditionResult } from "../src/index.ts";
import { renderHandbooks } from "../src/render-handbook.ts";
import { writeHandbookFixture } from "../testing/pdf-fixture.ts";
import { pageLines } from "../testing/pdf-read.ts";

let work: string;
let snapshotDir: string;

/** Prints the standard edition in parts of at most 2 entries, keeping parts in one cache folder. */
async function render(name: string, log?: (line: string) => void): Promise<{ result: EditionResult; text: string }> {
  const [result] = await renderHandbooks({
    snapshotDir,
    outDir: join(work, name),
    editions: ["standard"],
    maxPartEntries: 2,
    cacheDir: join(work, "cache"),
    ...(log ? { log } : {}),
  });
  if (!result) throw new Error("no edition printed");
  return { result, text: (await pageLines(result.file)).map((lines) => lines.join("\n")).join("\f") };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "pdf-part-cache-test-"));
  snapshotDir = join(work, "snapshot");
  await writeHandbookFixture(snapshotDir);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("rebuilding the handbook with the parts of the last build", () => {
  let first: Awaited<ReturnType<typeof render>>;

  it("prints every part the first time", async () => {
    first = await render("first");
    expect(first.result.parts).toBeGreaterThan(3);
    expect(first.result.reused).toBe(0);
    expect(first.result.prints).toBeGreaterThanOrEqual(first.result.parts);
  });

  it("reuses every part when nothing changed, and the book reads the same", async () => {
    const again = await render("again");
    expect(again.result.prints).toBe(0);
    expect(again.result.reused).toBe(first.result.parts);
    expect(again.text).toBe(first.text);
    expect(again.result.pages).toBe(first.result.pages);
  });

  it("prints again only the part of an edited policy", async () => {
    const file = join(snapshotDir, "snapshot.json");
    const snapshot = JSON.parse(await readFile(file, "utf8")) as Snapshot;
    const edited = snapshot.policies[0];
    if (!edited) throw new Error("fixture has no policy");
    edited.summary = `${edited.summary} 수정된 안내 문장입니다.`;
    await writeFile(file, JSON.stringify(snapshot));

    const after = await render("edited");
    expect(after.result.prints).toBe(1);
    expect(after.result.reused).toBe(first.result.parts - 1);
    expect(after.text.replace(/\s+/g, "")).toContain("수정된안내문장입니다.");
    expect(after.result.pages).toBe(first.result.pages);
  });

  it("prints again a part whose cached PDF was cut short (crash or full disk), and logs it", async () => {
    const before = await render("before-truncation");
    const cache = join(work, "cache");
    const pdfs = (await readdir(cache)).filter((name) => name.endsWith(".pdf")).sort();
    const victim = join(cache, pdfs[Math.floor(pdfs.length / 2)] as string);
    await truncate(victim, Math.floor((await stat(victim)).size * 0.4));

    const lines: string[] = [];
    const after = await render("after-truncation", (line) => lines.push(line));
    expect(after.result.prints).toBe(1);
    expect(after.result.reused).toBe(before.result.parts - 1);
    expect(lines.join("\n")).toContain("지난 인쇄가 손상되어 다시 인쇄합니다");
    expect(after.text).toBe(before.text);
  });
});
