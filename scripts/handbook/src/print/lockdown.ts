import { realpath } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { isInside } from "@lifewelfare/content-models/contained-path";
import type { HTTPRequest, Page } from "puppeteer-core";

/**
 * Time a part may take to load in Chromium (ms): a part of `MAX_PART_ENTRIES` entries with their
 * images loads in about a second; nothing it may load is on the network, so a load this long
 * means something is wrong, and the build must fail rather than hang the publish loop.
 */
export const PART_LOAD_TIMEOUT_MS = 3 * 60_000;

/** Applies the handbook printer's restrictions to a new Chromium page, before it loads anything. */
export type PageLockdown = (page: Page) => Promise<void>;

/**
 * The handbook printer's lockdown of a Chromium page (issue 13, H5), given the folders whose files
 * the handbook may load — the parts' work folder, the Pretendard fonts, the stylesheet templates
 * and the snapshot's `media/`:
 * - every request is intercepted: `data:` URLs and `file:` URLs of files inside those folders
 *   (after resolving symbolic links) go ahead; everything else — `http(s):`, any other local file
 *   (`.data/payload-secret`, `/etc/hostname`, `/proc/…`) — is refused, and logged once per URL
 *   with `log` ("인쇄 중 차단한 요청 …");
 * - page JavaScript is off: the print loop's own DevTools calls (`page.evaluate`: page-number
 *   slots, layout pass, folio offset) still run, but no script in a part does (checked on
 *   Chromium 156).
 */
export async function pageLockdown(folders: string[], log: (message: string) => void): Promise<PageLockdown> {
  // A folder that does not exist (a snapshot without media) allows nothing.
  const allowed = (await Promise.all(folders.map((folder) => realpath(folder).catch(() => undefined)))).filter(
    (folder): folder is string => folder !== undefined,
  );
  const refused = new Set<string>();
  const isAllowed = async (url: string) => {
    if (url.startsWith("data:")) return true;
    if (!url.startsWith("file:")) return false;
    try {
      const path = await realpath(fileURLToPath(url));
      return allowed.some((folder) => isInside(folder, path));
    } catch {
      return false; // not a valid local path, or no such file
    }
  };
  const handle = async (request: HTTPRequest) => {
    const url = request.url();
    if (await isAllowed(url)) return request.continue();
    if (!refused.has(url)) {
      refused.add(url);
      log(`  인쇄 중 차단한 요청 (blocked request): ${url.slice(0, 300)}`);
    }
    return request.abort("blockedbyclient");
  };
  return async (page) => {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      handle(request).catch(() => {}); // the page may close while a request is pending
    });
  };
}
