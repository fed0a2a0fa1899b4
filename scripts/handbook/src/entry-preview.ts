import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type KstDate, type Snapshot, snapshotOn, todayKst } from "@lifewelfare/content-models";
import type { Browser, PDFOptions } from "puppeteer-core";
import { buildBook, policyShortUrl } from "./book.ts";
import { EDITIONS, type EditionId } from "./editions.ts";
import { entryDocumentHtml, TEMPLATE_DIR } from "./html/document.ts";
import { pretendardDir } from "./html/fonts.ts";
import { qrSvg } from "./html/qr.ts";
import { PART_LOAD_TIMEOUT_MS, pageLockdown } from "./print/lockdown.ts";
import { preparePrintImages } from "./print-images.ts";

const PRINT: PDFOptions = { printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 0 };

/** Options of `printEntryPreview`. */
export type EntryPreviewOptions = {
  /** A running Chromium (`launchChromium`); the preview opens and closes one page in it. */
  browser: Browser;
  /** A validated snapshot holding the policy (and the departments and settings its entry shows). */
  snapshot: Snapshot;
  /** Folder the snapshot's image `src`s are relative to (its `media/` is the only one read). */
  snapshotDir: string;
  policyId: string;
  edition: EditionId;
  /** As `renderHandbooks`: origin and base path for the QR code and printed address. */
  siteOrigin?: string;
  localOrigin?: string;
  basePath?: string;
  /** The KST date statuses are printed for (default today in Korea). */
  on?: KstDate;
  /** Lines about requests the lockdown refused (Korean). */
  log?: (message: string) => void;
};

/**
 * Prints one handbook entry alone (미리 보기): the entry's HTML from the handbook's own templates
 * (`entryDocumentHtml`: its chapter's pages, the edition's stylesheets), printed by Chromium under
 * the printer's lockdown (print/lockdown.ts) into a tagged PDF. Works in a temporary folder
 * (`lifewelfare-preview-<pid>-…`, print JPEGs and the HTML) that is removed before returning;
 * never touches the part cache or an output folder. Returns the PDF bytes.
 * @throws Error when the snapshot holds no policy `policyId`, or Chromium fails to load the entry.
 */
export async function printEntryPreview(options: EntryPreviewOptions): Promise<Uint8Array> {
  const on = options.on ?? todayKst();
  const edition = EDITIONS[options.edition];
  const plainBook = buildBook(snapshotOn(options.snapshot, on), {
    on,
    snapshotDir: options.snapshotDir,
    siteOrigin: options.siteOrigin,
    localOrigin: options.localOrigin,
    basePath: options.basePath,
  });
  const policy = plainBook.index.find((p) => p.id === options.policyId);
  const qr = {
    policies: new Map(
      policy
        ? [[policy.id, await qrSvg(policyShortUrl(plainBook, policy.id), `${policy.title} 누리집 안내 QR 코드`)]]
        : [],
    ),
    site: "",
  };
  const workDir = await mkdtemp(join(tmpdir(), `lifewelfare-preview-${process.pid}-`));
  try {
    const printImageDir = join(workDir, "images");
    const book = { ...plainBook, printImages: await preparePrintImages(plainBook, printImageDir), printImageDir };
    const htmlFile = join(workDir, "entry.html");
    await writeFile(htmlFile, entryDocumentHtml(book, edition, qr, options.policyId));
    const lockdown = await pageLockdown(
      [workDir, pretendardDir(), TEMPLATE_DIR, join(options.snapshotDir, "media")],
      options.log ?? (() => {}),
    );
    const page = await options.browser.newPage();
    try {
      await lockdown(page);
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load", timeout: PART_LOAD_TIMEOUT_MS });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return await page.pdf(PRINT);
    } finally {
      await page.close();
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
