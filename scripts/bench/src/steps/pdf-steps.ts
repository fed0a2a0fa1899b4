import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  bookHtml,
  buildBook,
  EDITIONS,
  type EditionId,
  editionFileName,
  loadSnapshot,
  policyShortUrl,
  qrSvg,
  renderHandbooks,
  siteHomeUrl,
} from "@lifewelfare/handbook";
import { launchChromium, PRINT_PROTOCOL_TIMEOUT_MS } from "@lifewelfare/handbook/chromium";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";
import { pdfPages } from "./files.ts";

/**
 * `renderHandbooks` for one edition (its own Chromium launch), with correct TOC/index numbers:
 * timings summed over its parts (`layoutMs`, `printMs`), the join, and `passes` = part prints.
 */
export async function pdfStep(
  ws: BenchWorkspace,
  edition: EditionId,
  log: (line: string) => void,
): Promise<StepReport> {
  const t = performance.now();
  const [result] = await renderHandbooks({ snapshotDir: ws.snapshotDir, outDir: ws.pdfDir, editions: [edition], log });
  if (!result) throw new Error(`renderHandbooks printed no ${edition} edition`);
  const timings: Record<string, number> = {
    renderHandbooksMs: performance.now() - t,
    layoutMs: result.layoutMs,
    printMs: result.printMs,
    joinMs: result.joinMs,
  };
  return {
    timings,
    outputs: { pages: result.pages, bytes: result.bytes, parts: result.parts, passes: result.prints },
  };
}

/**
 * Baseline: the same handbook HTML (same book, QR codes and stylesheet) printed by Chromium once,
 * with no page-number machinery (the TOC and index number slots stay empty).
 */
export async function pdfPlainStep(
  ws: BenchWorkspace,
  editionId: EditionId,
  log: (line: string) => void,
): Promise<StepReport> {
  const started = performance.now();
  const edition = EDITIONS[editionId];
  const snapshot = await loadSnapshot(ws.snapshotDir);
  const book = buildBook(snapshot, { snapshotDir: ws.snapshotDir, basePath: "/" });
  // The same QR codes renderHandbooks makes (it does not expose its HTML).
  const qr = {
    policies: new Map(
      await Promise.all(
        snapshot.policies.map(
          async (p) => [p.id, await qrSvg(policyShortUrl(book, p.id), `${p.title} 누리집 안내 QR 코드`)] as const,
        ),
      ),
    ),
    site: await qrSvg(siteHomeUrl(book), `${book.guidebook.title} 누리집 QR 코드`),
  };
  const html = bookHtml(book, edition, qr);
  await mkdir(ws.pdfPlainDir, { recursive: true });
  const workDir = await mkdtemp(join(tmpdir(), "lifewelfare-bench-plain-"));
  const htmlFile = join(workDir, `${edition.id}.html`);
  await writeFile(htmlFile, html);
  const htmlMs = performance.now() - started;
  const browser = await launchChromium({ protocolTimeoutMs: PRINT_PROTOCOL_TIMEOUT_MS });
  try {
    const page = await browser.newPage();
    let t = performance.now();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load", timeout: 0 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const loadMs = performance.now() - t;
    t = performance.now();
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, timeout: 0 });
    const printMs = performance.now() - t;
    const file = join(ws.pdfPlainDir, editionFileName(edition, book.guidebook.editionYear));
    await writeFile(file, pdf);
    log(`${edition.label} 한 번 인쇄: ${(printMs / 1000).toFixed(1)}초`);
    return {
      timings: { htmlMs, loadMs, printMs, totalMs: performance.now() - started },
      outputs: { pages: await pdfPages(file), bytes: (await stat(file)).size },
    };
  } finally {
    await browser.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
