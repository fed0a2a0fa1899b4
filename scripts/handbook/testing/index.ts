/**
 * `@lifewelfare/handbook/testing`: helpers for tests that read printed PDFs (poppler and pdf.js via
 * unpdf) or print a handbook from a small snapshot. Used by the handbook's own tests and by the
 * scripts' pipeline tests; never by product code.
 */
export { RARE_POLICY, RARE_SYLLABLES, writeHandbookFixture } from "./pdf-fixture.ts";
export {
  destPage,
  type InternalLink,
  internalLinks,
  openPdf,
  openPdfBytes,
  type PdfDoc,
  pageLines,
  pdfFonts,
  pdfInfo,
  type TextRun,
  textRuns,
} from "./pdf-read.ts";
export { PHOTO_SIZE, renderPhotoWebp } from "./photos.ts";
