import type { Page } from "puppeteer-core";
import type { PageBox } from "./page-box.ts";
import type { AnchorPages } from "./page-numbers.ts";

/**
 * Predicts on which page every page-number target (the ids in `targets` found in the document) will be printed, without
 * printing: the document is laid out once on screen as a row of columns, each exactly the size of
 * a page's content area (`column-fill: auto`), with every forced page break (and every change of
 * named page) turned into a column break. Chromium fragments columns and pages with the same
 * engine, so column n is page n. `box` is the measured page content box (page-box.ts), a whole
 * number of layout units (1/64 px), so column n starts at exactly n × width. Covers, whose pages have no margins, are given exactly one
 * column. Costs one layout instead of a print (a print lays the document out several times and
 * paints every page); the printed destinations are still checked (print-parts.ts).
 * The document is restored afterwards.
 */
export async function predictAnchorPages(
  page: Page,
  box: PageBox,
  targets: string[],
): Promise<{ pages: AnchorPages; pageCount: number }> {
  const result = await page.evaluate(
    ({ width, height, targets }: PageBox & { targets: string[] }) => {
      const style = document.createElement("style");
      style.textContent =
        `html.paginating body { width: ${width}px; height: ${height}px; margin: 0; columns: ${width}px auto; ` +
        "column-gap: 0; column-fill: auto; } " +
        `html.paginating .cover, html.paginating .back { width: auto; height: ${height}px; }`;
      document.head.append(style);
      document.documentElement.classList.add("paginating");

      // Page breaks become column breaks; a change of named page forces a break like in print.
      const FORCED = new Set(["page", "left", "right", "recto", "verso"]);
      // (No named functions in here: the bundler would wrap them in a helper the page lacks.)
      const usedPage = new Map<Element, string>();
      const touched: HTMLElement[] = [];
      for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
        const cs = getComputedStyle(el);
        const own = (cs as CSSStyleDeclaration & { page?: string }).page ?? "auto";
        const name = own !== "auto" ? own : (usedPage.get(el.parentElement ?? document.body) ?? "auto");
        usedPage.set(el, name);
        if (cs.display === "inline" || cs.display === "none") continue;
        const previous = el.previousElementSibling;
        const pageChange = previous !== null && usedPage.has(previous) && usedPage.get(previous) !== name;
        if (FORCED.has(cs.breakBefore) || pageChange) {
          el.style.breakBefore = "column";
          touched.push(el);
        }
        if (FORCED.has(cs.breakAfter)) {
          el.style.breakAfter = "column";
          touched.push(el);
        }
      }

      const origin = document.body.getBoundingClientRect().left;
      const pages: [string, number][] = [];
      for (const id of targets) {
        const rect = document.getElementById(id)?.getClientRects()[0];
        if (rect) pages.push([id, Math.floor((rect.left - origin + 0.5) / width) + 1]);
      }
      // The last laid-out element (a hidden <nav> of link targets may follow it).
      let last = document.body.lastElementChild;
      while (last && last.getClientRects().length === 0) last = last.previousElementSibling;
      const lastRects = last?.getClientRects();
      const lastRect = lastRects?.[lastRects.length - 1];
      const pageCount = lastRect ? Math.floor((lastRect.left - origin + 0.5) / width) + 1 : 0;

      for (const el of touched) {
        el.style.breakBefore = "";
        el.style.breakAfter = "";
        if (!el.getAttribute("style")) el.removeAttribute("style");
      }
      document.documentElement.classList.remove("paginating");
      style.remove();
      return { pages, pageCount };
    },
    { ...box, targets },
  );
  return { pages: new Map(result.pages), pageCount: result.pageCount };
}
