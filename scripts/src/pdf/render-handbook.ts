import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, freemem, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium, PRINT_PROTOCOL_TIMEOUT_MS } from "../lib/chromium.ts";
import { buildBook, policyShortUrl, siteHomeUrl } from "./book.ts";
import { EDITION_IDS, EDITIONS, type EditionId } from "./editions.ts";
import type { BookQrCodes } from "./html/document.ts";
import { qrSvg } from "./html/qr.ts";
import { loadSnapshot } from "./load-snapshot.ts";
import { type EditionResult, printEdition } from "./print/print-edition.ts";

/** Options of `renderHandbooks`. */
export type RenderHandbooksOptions = {
  /** Folder holding `snapshot.json` and its `media/`. */
  snapshotDir: string;
  /** Folder the PDFs are written into (created if missing), e.g. `<site output>/downloads`. */
  outDir: string;
  /** Origin for QR codes and printed addresses; default `guidebook.siteOrigin` of the snapshot. */
  siteOrigin?: string;
  /** Site base path (e.g. "/" or "/guide/"); default "/". */
  basePath?: string;
  /** Editions to print; default both ("standard", "large"). */
  editions?: EditionId[];
  /** Progress lines (Korean); default: none. */
  log?: (message: string) => void;
  /** Print the editions at the same time, each in its own renderer; default `printInParallel`. */
  parallel?: boolean;
};

/** Above this many policies the editions are printed one after the other (memory and time). */
const PARALLEL_MAX_POLICIES = 1500;

/**
 * Memory one edition's Chromium needs while printing a book of `policies` policies (bytes): about
 * 1 GB plus 1.6 MB per policy, fitted to `pnpm bench` (the renderer alone held 9.0 GB at 5,000).
 */
export function editionPrintBytes(policies: number): number {
  return 1024 ** 3 + policies * 1.6 * 1024 ** 2;
}

/**
 * Whether to print the editions at the same time: env `HANDBOOK_PARALLEL` ("1"/"0") if set, else
 * when the machine has at least 2 cores, the book has at most PARALLEL_MAX_POLICIES policies and
 * the memory available now (`freeMemory`, bytes) holds two editions' prints (`editionPrintBytes`).
 * A print keeps one core busy.
 */
export function printInParallel(
  policies: number,
  env: Record<string, string | undefined> = process.env,
  freeMemory = freemem(),
): boolean {
  if (env.HANDBOOK_PARALLEL === "1") return true;
  if (env.HANDBOOK_PARALLEL === "0") return false;
  return (
    availableParallelism() >= 2 && policies <= PARALLEL_MAX_POLICIES && freeMemory >= 2 * editionPrintBytes(policies)
  );
}

/**
 * Renders the printed handbook (생애복지 안내서) from a snapshot: `guidebook-<editionYear>.pdf`
 * (A4 standard) and `guidebook-<editionYear>-large.pdf` (A4 large print), with one Chromium launch
 * for all editions, printed at the same time in separate browser contexts (own renderer
 * processes) when `printInParallel` allows. The snapshot is validated with `snapshotSchema` first.
 * Returns per edition the file, its page count, size in bytes and timings.
 * @throws ContentValidationError naming the document and field when the snapshot is invalid.
 * @throws ChromiumNotFoundError when no Chromium is installed.
 */
export async function renderHandbooks(options: RenderHandbooksOptions): Promise<EditionResult[]> {
  const log = options.log ?? (() => {});
  const snapshotDir = resolve(options.snapshotDir);
  const outDir = resolve(options.outDir);
  const snapshot = await loadSnapshot(snapshotDir);
  const book = buildBook(snapshot, { snapshotDir, siteOrigin: options.siteOrigin, basePath: options.basePath });
  const editions = (options.editions ?? EDITION_IDS).map((id) => EDITIONS[id]);
  log(
    `안내서: 정책 ${snapshot.policies.length}개, ${book.chapters.length}개 장, ${editions.map((e) => e.label).join("·")}`,
  );

  const qr: BookQrCodes = {
    policies: new Map(
      await Promise.all(
        snapshot.policies.map(
          async (p) => [p.id, await qrSvg(policyShortUrl(book, p.id), `${p.title} 누리집 안내 QR 코드`)] as const,
        ),
      ),
    ),
    site: await qrSvg(siteHomeUrl(book), `${book.guidebook.title} 누리집 QR 코드`),
  };

  await mkdir(outDir, { recursive: true });
  const workDir = await mkdtemp(join(tmpdir(), "lifewelfare-handbook-"));
  const browser = await launchChromium({ protocolTimeoutMs: PRINT_PROTOCOL_TIMEOUT_MS });
  try {
    if (options.parallel ?? printInParallel(snapshot.policies.length)) {
      log(`${editions.map((e) => e.label).join("·")} 동시 인쇄 시작`);
      return await Promise.all(
        editions.map(async (edition) => {
          const context = await browser.createBrowserContext();
          try {
            return await printEdition({ browser: context, book, edition, qr, outDir, workDir, log });
          } finally {
            await context.close();
          }
        }),
      );
    }
    const results: EditionResult[] = [];
    for (const edition of editions) {
      log(`${edition.label} 인쇄 시작`);
      results.push(await printEdition({ browser, book, edition, qr, outDir, workDir, log }));
    }
    return results;
  } finally {
    await browser.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
