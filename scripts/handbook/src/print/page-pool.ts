import type { Browser, Page } from "puppeteer-core";
import type { PageLockdown } from "./lockdown.ts";

/**
 * Parts a pooled page loads before it is closed and replaced by a fresh one. A renderer keeps
 * memory from part to part (measured at 400 policies in parts of 4 entries: about +6 MB of RSS per
 * part, 225 → 432 MB over 36 parts), so each of the two pages loading a 5,000-policy edition's
 * ~170 parts would gather about 1 GB; a fresh page costs a new renderer, the lockdown and the
 * fonts decoded again (under a second).
 */
export const PAGE_PARTS = 12;

/**
 * Chromium pages the print loop loads its parts into, kept open between parts: a page under the
 * printer's lockdown (lockdown.ts) is made once and loads one part after another, so a part costs
 * a navigation, not a new page (and the renderer keeps the fonts it decoded), until it has loaded
 * `pageParts` parts (default `PAGE_PARTS`): then it is closed and the next part gets a fresh page,
 * which bounds the memory a renderer gathers. At most as many pages exist as parts are printed at
 * once (the caller bounds that: print-parts.ts `workers`).
 */
export class PagePool {
  private readonly idle: Page[] = [];
  /** Parts each open page has loaded. */
  private readonly uses = new WeakMap<Page, number>();

  constructor(
    private readonly browser: Browser,
    private readonly lockdown: PageLockdown,
    private readonly pageParts = PAGE_PARTS,
  ) {}

  /** An idle page, or a new one under the lockdown. */
  async acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    const fresh = await this.browser.newPage();
    await this.lockdown(fresh);
    return fresh;
  }

  /**
   * Gives a page back once its part is done; `close` (a failed load or print, or a part whose
   * memory the renderer should not keep) closes it instead, and so does its `pageParts`-th part.
   */
  async release(page: Page, close: boolean): Promise<void> {
    const uses = (this.uses.get(page) ?? 0) + 1;
    this.uses.set(page, uses);
    if (close || uses >= this.pageParts) await page.close().catch(() => {});
    else this.idle.push(page);
  }

  /** Closes every idle page. */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((page) => page.close().catch(() => {})));
  }
}
