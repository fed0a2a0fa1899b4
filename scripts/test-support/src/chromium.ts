// The handbook's launcher: the same executable lookup (`findChromium`, CHROMIUM_PATH), flags and
// minimal environment as the PDF printer. It moves to @lifewelfare/handbook; import it from there then.
import { launchChromium } from "@lifewelfare/handbook/chromium";
import type { Browser } from "puppeteer-core";

/**
 * Headless Chromium for a test, launched exactly as the handbook printer launches it (throwaway
 * profile removed when the browser exits). `close()` ends the browser.
 * @throws ChromiumNotFoundError when no executable is found (Korean and English install hint).
 */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await launchChromium();
  return { browser, close: () => browser.close() };
}
