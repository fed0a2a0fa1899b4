import type { Browser, Page } from "puppeteer-core";
import type { PageLockdown } from "./lockdown.ts";

/**
 * Chromium pages the print loop loads its parts into, kept open between parts: a page under the
 * printer's lockdown (lockdown.ts) is made once and loads one part after another, so a part costs
 * a navigation, not a new page (and the renderer keeps the fonts it decoded). At most as many
 * pages exist as parts are printed at once (the caller bounds that: print-parts.ts `workers`).
 */
export class PagePool {
  private readonly idle: Page[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly lockdown: PageLockdown,
  ) {}

  /** An idle page, or a new one under the lockdown. */
  async acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    const fresh = await this.browser.newPage();
    await this.lockdown(fresh);
    return fresh;
  }

  /** Gives a page back once its part is done; `broken` (a failed load or print) closes it instead. */
  async release(page: Page, broken: boolean): Promise<void> {
    if (broken) await page.close().catch(() => {});
    else this.idle.push(page);
  }

  /** Closes every idle page. */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((page) => page.close().catch(() => {})));
  }
}
