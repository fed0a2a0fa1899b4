/**
 * The print loop's first pass (print/schedule.ts): the order its tasks start in and the
 * "layout before print" invariant, on real edition jobs (HTML files written to a temporary
 * folder, a real part cache), without Chromium.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITIONS } from "../src/editions.ts";
import type { BookPart } from "../src/html/document.ts";
import { PartCache } from "../src/print/part-cache.ts";
import { type EditionJob, editionJob, partsBefore } from "../src/print/part-job.ts";
import { checkLayoutBeforePrint, firstPass, type PrintTask } from "../src/print/schedule.ts";

const part = (id: string, numbered: boolean): BookPart => ({
  id,
  label: id,
  numbered,
  html: `<p>${id}</p>${numbered ? '<a data-page-of="body-1-a"></a>' : '<h2 id="body-1-a"></h2>'}`,
});
const PARTS = [part("front", true), part("body-1", false), part("opener-2", true), part("body-2", false)];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "print-schedule-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const steps = (tasks: PrintTask[]) => tasks.map((t) => `${t.step} ${t.part.part.id}`);

describe("firstPass", () => {
  let job: EditionJob;
  beforeAll(async () => {
    job = await editionJob(EDITIONS.standard, PARTS, dir, undefined);
  });

  it("lays out the numbered parts first, then prints the entry parts in book order, then the numbered parts", () => {
    expect(steps(firstPass(job.parts))).toEqual([
      "layout front",
      "layout opener-2",
      "layout-and-print body-1",
      "layout-and-print body-2",
      "print front",
      "print opener-2",
    ]);
  });

  it("makes a numbered part wait for every part and an entry part for the parts before it", () => {
    const [front, body1, , body2] = job.parts;
    expect(partsBefore(front!).map((p) => p.part.id)).toEqual(["front", "body-1", "opener-2", "body-2"]);
    expect(partsBefore(body1!).map((p) => p.part.id)).toEqual(["front"]);
    expect(partsBefore(body2!).map((p) => p.part.id)).toEqual(["front", "body-1", "opener-2"]);
  });

  it("refuses an order in which a print would wait for a part no earlier task lays out", () => {
    const tasks = firstPass(job.parts);
    const bodyFirst = [tasks[3]!, ...tasks.filter((_, i) => i !== 3)];
    expect(() => checkLayoutBeforePrint(bodyFirst)).toThrow(/"body-2" would wait for "front"/);
    const numberedBeforeLastLayout = [...tasks.slice(0, 2), tasks[4]!, ...tasks.slice(2, 4), tasks[5]!];
    expect(() => checkLayoutBeforePrint(numberedBeforeLastLayout)).toThrow(/"front" would wait for "body-1"/);
  });

  it("neither lays out a part whose pages the cache knows nor makes it wait for a layout", async () => {
    const cache = new PartCache(join(dir, "cache"), "test");
    const pdfFile = join(dir, "front.pdf");
    await writeFile(pdfFile, "%PDF-1.7 stand-in");
    const key = await cache.contentKey(PARTS[0]!.html);
    await cache.save(key, cache.printKey(key, "front", 0, new Map()), pdfFile, { pageCount: 2, pages: new Map() });
    await mkdir(join(dir, "again"));
    const cached = await editionJob(EDITIONS.standard, PARTS, join(dir, "again"), cache);
    expect(cached.parts.map((p) => p.readyFromCache)).toEqual([true, false, false, false]);
    expect(await cached.parts[0]!.ready.promise).toEqual({ pageCount: 2, pages: new Map() });
    expect(steps(firstPass(cached.parts))).toEqual([
      "layout opener-2",
      "layout-and-print body-1",
      "layout-and-print body-2",
      "print front",
      "print opener-2",
    ]);
  });

  it("lays out and prints in one load a numbered part that is the only one the cache does not know", async () => {
    const cache = new PartCache(join(dir, "cache-one-edit"), "test");
    const file = join(dir, "stand-in.frag");
    await writeFile(file, "stand-in");
    for (const known of PARTS.filter((p) => p.id !== "opener-2")) {
      const key = await cache.contentKey(known.html);
      await cache.save(key, cache.printKey(key, known.id, 0, new Map()), file, { pageCount: 1, pages: new Map() });
    }
    await mkdir(join(dir, "one-edit"));
    const edited = await editionJob(EDITIONS.standard, PARTS, join(dir, "one-edit"), cache);
    expect(edited.parts.map((p) => p.readyFromCache)).toEqual([true, true, false, true]);
    expect(steps(firstPass(edited.parts))).toEqual([
      "layout-and-print opener-2",
      "print body-1",
      "print body-2",
      "print front",
    ]);
  });
});
