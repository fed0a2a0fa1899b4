import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileName } from "@lifewelfare/content-models/escape";
import type { Edition } from "../editions.ts";
import type { BookPart } from "../html/document.ts";
import type { AnchorPages } from "./page-numbers.ts";
import type { PartCache, PartPages } from "./part-cache.ts";

/**
 * A part as printed: its real pages, its print converted for the join (join/fragment.ts), and the
 * folio offset and page numbers it was printed with.
 */
export type Printed = PartPages & { fragmentFile: string; offset: number; filled: AnchorPages };

/**
 * One part of one edition on its way through the print loop. Its states, in order:
 * 1. **waiting**: its pages are not known yet (`ready` pending);
 * 2. **ready**: its page count and anchor pages are known (`ready` resolved), either laid out on
 *    screen (a prediction) or from the cache (exact, `readyFromCache`);
 * 3. **printed**: `printed` is set;
 * 4. **stale** (checked once every part is printed, `staleParts`): printed with an offset or page
 *    numbers other than where the printed book puts them; it is printed again (back to 3).
 * A failed task rejects `ready`, so that no part waits for it forever.
 */
export type PartJob = {
  edition: EditionJob;
  index: number;
  /** The part without its HTML (which is in `htmlFile`, not kept in memory). */
  part: BookPart;
  htmlFile: string;
  /** Page-number slots of this part (anchor ids). */
  refs: string[];
  /** Key of the part's content in the cache, when there is one (part-cache.ts). */
  contentKey?: string;
  /** Whether `ready` was resolved from the cache before any task ran (no layout needed). */
  readyFromCache: boolean;
  /** Resolved with the part's pages once they are known (state 2). */
  ready: PromiseWithResolvers<PartPages>;
  printed?: Printed;
};

/** One edition on its way through the print loop: its parts and the figures of its run. */
export type EditionJob = {
  edition: Edition;
  parts: PartJob[];
  /** Every anchor a page-number slot of this edition points at. */
  targets: string[];
  started: number;
  layoutMs: number;
  printMs: number;
  prints: number;
  reused: number;
};

/**
 * The job of one edition: each part's HTML written to `dir` (`000-<part id>.html` …), its
 * page-number slots, and its pages when the cache knows them (then the part starts ready).
 */
export async function editionJob(
  edition: Edition,
  parts: BookPart[],
  dir: string,
  cache: PartCache | undefined,
): Promise<EditionJob> {
  const job: EditionJob = {
    edition,
    parts: [],
    targets: [],
    started: performance.now(),
    layoutMs: 0,
    printMs: 0,
    prints: 0,
    reused: 0,
  };
  for (const [index, part] of parts.entries()) {
    const htmlFile = join(dir, fileName(`${String(index).padStart(3, "0")}-${part.id}.html`));
    await writeFile(htmlFile, part.html);
    const ready = Promise.withResolvers<PartPages>();
    ready.promise.catch(() => {}); // a failed part rejects it; the failure is reported by its task
    const refs = [...new Set([...part.html.matchAll(/data-page-of="([^"]*)"/g)].map((m) => m[1] as string))];
    const contentKey = await cache?.contentKey(part.html);
    const known = contentKey ? await cache?.pages(contentKey) : undefined;
    if (known) ready.resolve(known);
    job.parts.push({
      edition: job,
      index,
      part: { ...part, html: "" },
      htmlFile,
      refs,
      ready,
      contentKey,
      readyFromCache: known !== undefined,
    });
  }
  job.targets = [...new Set(job.parts.flatMap((p) => p.refs))];
  return job;
}

/**
 * The parts whose pages a print of `part` needs: all parts of its edition when it has page-number
 * slots (`needsAllPages`: front matter, openers, index), else the parts before it (its folio offset).
 */
export function partsBefore(part: PartJob): PartJob[] {
  const parts = part.edition.parts;
  return part.part.numbered ? parts : parts.slice(0, part.index);
}

/**
 * The folio offset of `part` and, when it has page-number slots, the page (in the whole book) of
 * every anchor: waits until the parts it needs (`partsBefore`) are ready, then counts each part's
 * pages as printed if printed, else as known when it became ready.
 */
export async function bookPages(part: PartJob): Promise<{ offset: number; pages: AnchorPages }> {
  const needsAllPages = part.part.numbered;
  const parts = part.edition.parts;
  const known = await Promise.all(partsBefore(part).map((p) => p.ready.promise));
  const placed = placeParts(known.map((pages, i) => parts[i]?.printed ?? pages));
  return { offset: needsAllPages ? (placed.offsets[part.index] as number) : placed.total, pages: placed.pages };
}

/**
 * Consecutive parts placed in the book: where each starts (pages before it), the book page of
 * every anchor, and the pages of all of them.
 */
function placeParts(parts: PartPages[]): { offsets: number[]; pages: AnchorPages; total: number } {
  const offsets: number[] = [];
  const pages: AnchorPages = new Map();
  let total = 0;
  for (const part of parts) {
    offsets.push(total);
    for (const [id, page] of part.pages) pages.set(id, page + total);
    total += part.pageCount;
  }
  return { offsets, pages, total };
}

/**
 * The number each page-number slot of the part gets: the page of its anchor in `pages`.
 * @throws Error naming the anchors no part holds (a link to a missing target).
 */
export function filledNumbers(part: PartJob, pages: AnchorPages): AnchorPages {
  const missing = part.refs.filter((id) => !pages.has(id));
  if (missing.length) {
    throw new Error(`링크 대상이 없습니다 (link targets missing): ${missing.slice(0, 10).join(", ")}`);
  }
  return new Map(part.refs.map((id) => [id, pages.get(id) as number]));
}

/**
 * Parts whose print is stale: printed with a folio offset other than where the parts before it
 * really end, or with a page number other than where its anchor really is. Call once every part
 * of the edition is printed.
 */
export function staleParts(job: EditionJob): PartJob[] {
  const printed = job.parts.map((p) => p.printed as Printed);
  const real = placeParts(printed);
  return job.parts.filter((_part, i) => {
    const done = printed[i] as Printed;
    return done.offset !== real.offsets[i] || [...done.filled].some(([id, page]) => real.pages.get(id) !== page);
  });
}
