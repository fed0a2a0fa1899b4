import type { Page } from "puppeteer-core";
import { getDocumentProxy } from "unpdf";
import { CROSS_PART_HREF } from "./join/links.ts";

/** Page number (1-based) of each anchor id, as printed. */
export type AnchorPages = Map<string, number>;

/**
 * Where each link target landed in a PDF printed by Chromium: Chromium writes a named destination
 * for every element targeted by an `<a href="#id">`, pointing at the page (and the height on it,
 * `y` in PDF points from the bottom) where the element starts. Reading them is cheap (no text
 * extraction).
 */
export async function readAnchorPositions(
  pdf: Uint8Array,
): Promise<{ positions: Map<string, { page: number; y: number }>; pageCount: number }> {
  const doc = await getDocumentProxy(pdf.slice());
  try {
    const destinations = (await doc.getDestinations()) as Record<string, unknown[] | null>;
    const positions = new Map<string, { page: number; y: number }>();
    for (const [name, dest] of Object.entries(destinations)) {
      const ref = dest?.[0];
      if (ref && typeof ref === "object") {
        positions.set(name, { page: (await doc.getPageIndex(ref as never)) + 1, y: Number(dest?.[3] ?? 0) });
      }
    }
    return { positions, pageCount: doc.numPages };
  } finally {
    await doc.loadingTask.destroy();
  }
}

/** The page of every link target of a printed PDF (see readAnchorPositions), and the page count. */
export async function readAnchorPages(pdf: Uint8Array): Promise<{ pages: AnchorPages; pageCount: number }> {
  const { positions, pageCount } = await readAnchorPositions(pdf);
  return { pages: new Map([...positions].map(([id, p]) => [id, p.page])), pageCount };
}

/**
 * Fills every page-number slot (`[data-page-of]`) of the loaded document with the page of its
 * anchor in `numbers` (which holds every slot's anchor: see print-parts.ts `filledNumbers`).
 * The slots have a fixed width, so the layout does not move.
 */
export async function fillPageNumbers(page: Page, numbers: AnchorPages): Promise<void> {
  await page.evaluate(
    (entries: [string, number][]) => {
      const byId = new Map(entries);
      for (const slot of document.querySelectorAll<HTMLElement>("[data-page-of]")) {
        slot.textContent = String(byId.get(slot.dataset.pageOf ?? "") ?? "");
      }
    },
    [...numbers],
  );
}

/**
 * Readies a loaded part (html/document.ts `BookPart`) for printing on its own:
 * - a hidden `<nav>` links to every id of `targets` this part holds, so that Chromium writes a
 *   named destination for each (it writes one for every link target, shown or not) even when the
 *   links to it are in other parts;
 * - a link to an id this part does not hold is pointed at `CROSS_PART_HREF` + id, which
 *   join-parts.ts turns back into a link to that destination.
 * Neither changes the layout.
 */
export async function preparePart(page: Page, targets: string[], crossPartHref = CROSS_PART_HREF): Promise<void> {
  await page.evaluate(
    (ids: string[], crossHref: string) => {
      const nav = document.createElement("nav");
      nav.hidden = true;
      for (const id of ids) {
        if (!document.getElementById(id)) continue;
        const a = document.createElement("a");
        a.href = `#${id}`;
        nav.append(a);
      }
      document.body.append(nav);
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
        const id = decodeURIComponent(a.getAttribute("href")?.slice(1) ?? "");
        if (id && !document.getElementById(id)) a.setAttribute("href", `${crossHref}${id}`);
      }
    },
    targets,
    crossPartHref,
  );
}

/**
 * Makes the folios (`counter(page)`) of a loaded part start after `offset` pages, as where the
 * part falls in the book: `@page:first { counter-increment: page <offset + 1> }` (Chromium honours
 * it; it does not change the layout).
 */
export async function setFolioOffset(page: Page, offset: number): Promise<void> {
  await page.evaluate((first: number) => {
    let style = document.getElementById("folio-offset");
    if (!style) {
      style = document.createElement("style");
      style.id = "folio-offset";
      document.head.append(style);
    }
    style.textContent = `@page :first { counter-increment: page ${first}; }`;
  }, offset + 1);
}
