import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, freemem, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type KstDate, snapshotOn, TEST_PRINT_MARK, todayKst } from "@lifewelfare/content-models";
import { buildBook, policyShortUrl, siteHomeUrl } from "./book.ts";
import { launchChromium, PRINT_PROTOCOL_TIMEOUT_MS } from "./chromium.ts";
import { EDITION_IDS, EDITIONS, type EditionId } from "./editions.ts";
import { type BookQrCodes, MAX_PART_ENTRIES } from "./html/document.ts";
import { qrSvg } from "./html/qr.ts";
import { loadSnapshot } from "./load-snapshot.ts";
import { type EditionResult, joinEditions } from "./print/join-editions.ts";
import { PartCache } from "./print/part-cache.ts";
import { type PrintedEdition, printEditions } from "./print/print-parts.ts";
import { preparePrintImages } from "./print-images.ts";

/** Options of `renderHandbooks`. */
export type RenderHandbooksOptions = {
  /** Folder holding `snapshot.json` and its `media/`. */
  snapshotDir: string;
  /** Folder the PDFs are written into (created if missing), e.g. `<site output>/downloads`. */
  outDir: string;
  /**
   * Origin for QR codes and printed addresses (env SITE_ORIGIN); default `guidebook.siteOrigin` of
   * the snapshot when it is a real public address, else `localOrigin` and a test print (`buildBook`).
   */
  siteOrigin?: string;
  /** The local site server's address for a test print; default `http://localhost:4321`. */
  localOrigin?: string;
  /** Site base path (e.g. "/" or "/guide/"); default "/". */
  basePath?: string;
  /** Editions to print; default both ("standard", "large"). */
  editions?: EditionId[];
  /** Progress lines (Korean); default: none. */
  log?: (message: string) => void;
  /** Parts printed at the same time; default `printWorkers()`. */
  workers?: number;
  /** At most this many entries per printed part; default each edition's `partEntries` (tests use fewer). */
  maxPartEntries?: number;
  /**
   * Folder keeping the parts printed by the last build (print/part-cache.ts): a rebuild lays out
   * and prints only the parts that changed. Default: none, every part is printed.
   */
  cacheDir?: string;
  /** The build's KST date: statuses are printed as residents see them that day (default today in Korea). */
  today?: KstDate;
};

/**
 * Memory one Chromium page needs while printing one part of the handbook (bytes): about 1 GB plus
 * 1.6 MB per entry of the largest part (`MAX_PART_ENTRIES`), fitted to `pnpm bench`.
 */
export const PART_PRINT_BYTES = 1024 ** 3 + MAX_PART_ENTRIES * 1.6 * 1024 ** 2;

/**
 * How many parts to print at the same time: env `HANDBOOK_WORKERS` (a positive whole number) if
 * set, else one per core, as many as the memory available now (`freeMemory`, bytes) holds
 * (`PART_PRINT_BYTES` each), at least one. A print keeps one core busy.
 * @throws Error when `HANDBOOK_WORKERS` is set but not a positive whole number.
 */
export function printWorkers(
  env: Record<string, string | undefined> = process.env,
  freeMemory = freemem(),
  cores = availableParallelism(),
): number {
  if (env.HANDBOOK_WORKERS !== undefined && env.HANDBOOK_WORKERS !== "") {
    const workers = Number(env.HANDBOOK_WORKERS);
    if (!Number.isInteger(workers) || workers < 1) {
      throw new Error(`HANDBOOK_WORKERS는 1 이상의 정수여야 합니다 (got "${env.HANDBOOK_WORKERS}")`);
    }
    return workers;
  }
  return Math.max(1, Math.min(cores, Math.floor(freeMemory / PART_PRINT_BYTES)));
}

/**
 * Renders the printed handbook (생애복지 안내서) from a snapshot: `guidebook-<editionYear>.pdf`
 * (A4 standard) and `guidebook-<editionYear>-large.pdf` (A4 large print), with one Chromium launch
 * for all editions, printed in parts on `printWorkers()` pages at once and joined
 * (print/print-parts.ts). The snapshot is validated with `snapshotSchema` first; statuses are
 * then derived for `today` (`snapshotOn`).
 * Returns per edition the file, its page count, size in bytes and timings.
 * @throws ContentValidationError naming the document and field when the snapshot is invalid.
 * @throws ChromiumNotFoundError when no Chromium is installed.
 */
export async function renderHandbooks(options: RenderHandbooksOptions): Promise<EditionResult[]> {
  const log = options.log ?? (() => {});
  const snapshotDir = resolve(options.snapshotDir);
  const outDir = resolve(options.outDir);
  const on = options.today ?? todayKst();
  const snapshot = snapshotOn(await loadSnapshot(snapshotDir), on);
  const plainBook = buildBook(snapshot, {
    on,
    snapshotDir,
    siteOrigin: options.siteOrigin,
    localOrigin: options.localOrigin,
    basePath: options.basePath,
  });
  if (plainBook.isTestPrint) log(`${TEST_PRINT_MARK}: QR 코드와 주소는 ${plainBook.siteOrigin} 을(를) 가리킵니다`);
  const editions = (options.editions ?? EDITION_IDS).map((id) => EDITIONS[id]);
  log(
    `안내서: 정책 ${snapshot.policies.length}개, ${plainBook.chapters.length}개 장, ${editions.map((e) => e.label).join("·")}`,
  );

  const qr: BookQrCodes = {
    policies: new Map(
      await Promise.all(
        snapshot.policies.map(
          async (p) => [p.id, await qrSvg(policyShortUrl(plainBook, p.id), `${p.title} 누리집 안내 QR 코드`)] as const,
        ),
      ),
    ),
    site: await qrSvg(siteHomeUrl(plainBook), `${plainBook.guidebook.title} 누리집 QR 코드`),
  };

  await mkdir(outDir, { recursive: true });
  // The pid in the name lets the pipeline sweep the folder of a build that was killed (scripts/src/lib/leftovers.ts).
  const workDir = await mkdtemp(join(tmpdir(), `lifewelfare-handbook-${process.pid}-`));
  try {
    // Photos as JPEG (print-images.ts), kept beside the part cache so that a rebuild reuses them.
    const printImageDir = options.cacheDir ? `${resolve(options.cacheDir)}-images` : join(workDir, "images");
    const book = { ...plainBook, printImages: await preparePrintImages(plainBook, printImageDir), printImageDir };
    const workers = options.workers ?? printWorkers();
    const maxPartEntries = options.maxPartEntries;
    log(`${editions.map((e) => e.label).join("·")} 인쇄 시작 (동시 인쇄 ${workers}개)`);
    const browser = await launchChromium({ protocolTimeoutMs: PRINT_PROTOCOL_TIMEOUT_MS });
    // Chromium opens with a blank tab whose renderer (~110 MB) would idle through the whole print.
    await Promise.all((await browser.pages()).map((page) => page.close()));
    let printed: PrintedEdition[];
    let cache: PartCache | undefined;
    try {
      cache = options.cacheDir ? new PartCache(options.cacheDir, await browser.version(), log) : undefined;
      printed = await printEditions({ browser, book, editions, qr, workDir, workers, maxPartEntries, cache, log });
    } finally {
      await browser.close();
    }
    // Joined after Chromium has exited: the two never hold their memory at the same time.
    log("인쇄한 부분을 합칩니다");
    const results = await joinEditions(printed, book, outDir, log);
    await cache?.prune();
    return results;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
