/**
 * The print loop's page pool (src/print/page-pool.ts) on a real Chromium: a page loads parts one
 * after another until its `pageParts`-th, then it is closed and the next part gets a fresh page,
 * under the same lockdown (page JavaScript off, files outside the allowed folders refused).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../src/chromium.ts";
import { pageLockdown } from "../src/print/lockdown.ts";
import { PagePool } from "../src/print/page-pool.ts";

let work: string;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "page-pool-"));
  await writeFile(
    join(work, "part.html"),
    '<!doctype html><p id="text">부분</p><script>document.getElementById("text").textContent = "스크립트";</script>',
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("pooled Chromium pages", () => {
  it("reuses a page until its last part, then gives a fresh page under the same lockdown", async () => {
    const pool = new PagePool(browser, await pageLockdown([work], () => {}), 2);
    const load = async () => {
      const page = await pool.acquire();
      await page.goto(pathToFileURL(join(work, "part.html")).href);
      return page;
    };
    const first = await load();
    await pool.release(first, false);
    expect(await load()).toBe(first);
    await pool.release(first, false);
    expect(first.isClosed()).toBe(true);

    const fresh = await load();
    expect(fresh).not.toBe(first);
    expect(await fresh.$eval("#text", (p) => p.textContent)).toBe("부분");
    const outside = await fresh.goto(pathToFileURL("/etc/hostname").href).catch((error: Error) => error);
    expect(outside).toBeInstanceOf(Error);
    await pool.release(fresh, false);
    expect(fresh.isClosed()).toBe(false); // one part loaded: idle until the pool closes
    await pool.close();
    expect(fresh.isClosed()).toBe(true);
  }, 60_000);
});
