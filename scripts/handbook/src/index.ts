/**
 * `@lifewelfare/handbook`: the printed handbook (안내서 PDF), an output beside the site. It reads
 * the published snapshot (validated by `content-models`) and depends on nothing else in the
 * workspace. `renderHandbooks` is the entry the pipeline calls; the rest is what the `pnpm pdf`
 * review tools and the benchmark need to print or inspect one step on its own.
 */
export { type Book, buildBook, policyShortUrl, siteHomeUrl } from "./book.ts";
export { EDITION_IDS, EDITIONS, type Edition, type EditionId, editionFileName } from "./editions.ts";
export { type EntryPreviewOptions, printEntryPreview } from "./entry-preview.ts";
export { bookHtml } from "./html/document.ts";
export { MATTER } from "./html/front-matter.ts";
export { chapterAnchor, policyAnchor } from "./html/page-ref.ts";
export { qrSvg } from "./html/qr.ts";
export { loadSnapshot } from "./load-snapshot.ts";
export type { EditionResult } from "./print/join-editions.ts";
export { pdfPagePng } from "./print/page-image.ts";
export { readAnchorPages } from "./print/page-numbers.ts";
export { PART_PRINT_BYTES, printWorkers, type RenderHandbooksOptions, renderHandbooks } from "./render-handbook.ts";
