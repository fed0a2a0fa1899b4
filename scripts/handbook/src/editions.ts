/** The two printed editions of the handbook. */
export type EditionId = "standard" | "large";

/** A4 page geometry in millimetres: the `@page` margins, also used to lay the book out in columns. */
export type PageGeometry = {
  width: number;
  height: number;
  marginTop: number;
  marginSide: number;
  marginBottom: number;
};

/** How one edition looks and what its file is called. */
export type Edition = {
  id: EditionId;
  /** Resident-facing name, printed on the cover and in the PDF subject. */
  label: string;
  /** Stylesheet in `templates/` layered over the common ones (html/document.ts `COMMON_STYLESHEETS`). */
  stylesheet: string;
  /** `guidebook-<editionYear><fileSuffix>.pdf`. */
  fileSuffix: string;
  page: PageGeometry;
  /**
   * At most this many entries in one printed part (html/document.ts `bookParts`): a one-entry edit
   * prints this many entries again. In the standard edition entries flow on, so each part
   * boundary leaves at most one partly empty page; in the large-print edition every entry starts
   * a page anyway. Smaller parts cost about a second of loading and printing each in a cold build.
   */
  partEntries: number;
};

const A4 = { width: 210, height: 297 };

export const EDITIONS: Record<EditionId, Edition> = {
  standard: {
    id: "standard",
    label: "표준판",
    stylesheet: "standard.css",
    fileSuffix: "",
    page: { ...A4, marginTop: 24, marginSide: 20, marginBottom: 20 },
    partEntries: 30,
  },
  large: {
    id: "large",
    label: "큰글씨판",
    stylesheet: "large.css",
    fileSuffix: "-large",
    page: { ...A4, marginTop: 24, marginSide: 18, marginBottom: 22 },
    partEntries: 20,
  },
};

export const EDITION_IDS = Object.keys(EDITIONS) as EditionId[];

/** `guidebook-2026.pdf` / `guidebook-2026-large.pdf`. */
export function editionFileName(edition: Edition, editionYear: number): string {
  return `guidebook-${editionYear}${edition.fileSuffix}.pdf`;
}
