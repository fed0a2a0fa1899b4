import { launchBrowser } from "@lifewelfare/test-support/chromium";
import type { Browser, Page } from "puppeteer-core";
import { expect, test } from "vitest";
import { serveSite } from "./server.ts";

/** A served site and one Chromium page on it, recording what a resident's browser must never see. */
export type SiteSession = {
  server: Awaited<ReturnType<typeof serveSite>>;
  browser: Browser;
  page: Page;
  /** Messages of alert/confirm/prompt dialogs a page opened (dismissed). */
  dialogs: string[];
  /** Content-Security-Policy violations seen by any page opened (served with the site's CSP). */
  cspViolations: string[];
  /** Every URL the page requested: a resident's browser must never be sent to another host. */
  requested: string[];
  close: () => Promise<void>;
};

/** Serves `outDir` at `base` (plus `extra` mounts) and opens a recording Chromium page on it. */
export async function openSiteSession(
  outDir: string,
  base: string,
  extra: Record<string, string> = {},
): Promise<SiteSession> {
  const server = await serveSite(outDir, base, extra);
  const { browser, close } = await launchBrowser();
  const page = await browser.newPage();
  const session: SiteSession = {
    server,
    browser,
    page,
    dialogs: [],
    cspViolations: [],
    requested: [],
    close: async () => {
      await close();
      await server.close();
    },
  };
  page.on("request", (request) => void session.requested.push(request.url()));
  page.on("dialog", (dialog) => {
    session.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction("reportCspViolation", (line: string) => session.cspViolations.push(line));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation;
      report(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return session;
}

/**
 * The two Content-Security-Policy checks, over every page this file's browser tests opened: call
 * last in a file's top level, so the tests run after the file's others.
 */
export function cspChecks(session: () => SiteSession, minimumRequests: number): void {
  test("no page the browser tests opened broke the CSP", () => {
    expect(session().cspViolations).toEqual([]);
  });

  test("no page the browser tests opened requested anything from another origin", () => {
    const { requested, server } = session();
    expect(requested.length).toBeGreaterThan(minimumRequests);
    const foreign = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== server.origin);
    expect(foreign).toEqual([]);
  });
}
