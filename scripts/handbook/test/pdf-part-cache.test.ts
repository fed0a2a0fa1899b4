import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Snapshot } from "@lifewelfare/content-models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EditionResult } from "../src/index.ts";
import { renderHandbooks } from "../src/render-handbook.ts";
import { writeHandbookFixture } from "../testing/pdf-fixture.ts";
import { destPage, internalLinks, openPdf, pageLines } from "../testing/pdf-read.ts";

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

/**
 * Checks the joined book's page numbers and links: every internal link's target page is the
 * number it prints (TOC, openers, index), and every outline item goes to a page showing its title.
 * Returns how many numbered links were checked.
 */
async function checkNumbers(file: string): Promise<number> {
  const doc = await openPdf(file);
  try {
    const pages = await pageLines(file);
    let checked = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      for (const link of await internalLinks(doc, n)) {
        if (link.printedNumber === undefined) continue;
        expect(link.printedNumber, `"${link.text}" on page ${n}`).toBe(link.targetPage);
        checked++;
      }
    }
    type Item = { title: string; dest: unknown; items: Item[] };
    const visit = async (items: Item[]) => {
      for (const item of items) {
        const page = await destPage(doc, item.dest);
        expect(squash(pages[page - 1]?.join("") ?? ""), item.title).toContain(squash(item.title));
        await visit(item.items);
      }
    };
    await visit((await doc.getOutline()) as Item[]);
    return checked;
  } finally {
    await doc.loadingTask.destroy();
  }
}

const squash = (text: string) => text.replace(/\s+/g, "");

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
    expect(await checkNumbers(again.result.file)).toBeGreaterThan(10);
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
    expect(await checkNumbers(after.result.file)).toBeGreaterThan(10);
  });

  it("after an edit that adds pages, prints again that part, the parts after it and the numbered parts, all numbers right", async () => {
    const before = await render("before-growth");
    const file = join(snapshotDir, "snapshot.json");
    const snapshot = JSON.parse(await readFile(file, "utf8")) as Snapshot;
    const edited = snapshot.policies[1];
    if (!edited) throw new Error("fixture has no second policy");
    const paragraph = "<p>이 정책의 신청 절차와 구비 서류는 읍면동 행정복지센터에서 자세히 안내합니다.</p>";
    edited.benefits = `${edited.benefits}${paragraph.repeat(40)}` as typeof edited.benefits;
    await writeFile(file, JSON.stringify(snapshot));

    const after = await render("grown");
    expect(after.result.pages).toBeGreaterThan(before.result.pages);
    expect(after.result.prints).toBeGreaterThan(1);
    expect(after.result.reused).toBeGreaterThan(0);
    expect(after.result.reused + after.result.prints).toBeGreaterThanOrEqual(after.result.parts);
    expect(await checkNumbers(after.result.file)).toBeGreaterThan(10);
  });

  it("prints again a part whose cached PDF was cut short (crash or full disk), and logs it", async () => {
    const before = await render("before-truncation");
    const cache = join(work, "cache");
    const pdfs = (await readdir(cache)).filter((name) => name.endsWith(".frag")).sort();
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
