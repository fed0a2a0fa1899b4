import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { todayKst } from "@lifewelfare/content-models";
import { launchBrowser } from "@lifewelfare/test-support/chromium";
import { removeDirs } from "@lifewelfare/test-support/temp-dir";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildFixtureSite } from "./helpers/build.ts";
import { htmlFiles, readPage } from "./helpers/crawl.ts";
import { runFinder, searchTitles, yearsBefore } from "./helpers/pages.ts";
import { serveSite } from "./helpers/server.ts";

const BASE = "/guide/";
let outDir: string;
let snapshotDir: string;
let server: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ outDir, snapshotDir } = await buildFixtureSite(BASE));
  server = await serveSite(outDir, BASE);
  ({ browser, close: closeBrowser } = await launchBrowser());
});

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  await removeDirs(outDir, snapshotDir);
});

test("every internal link and asset stays under the base path and resolves", async () => {
  const broken: string[] = [];
  for (const file of await htmlFiles(outDir)) {
    const { refs } = await readPage(outDir, file);
    for (const ref of refs) {
      if (/^(https?:|tel:|mailto:|#)/.test(ref)) continue;
      const path = decodeURIComponent(ref.split(/[?#]/)[0]!);
      if (/\/downloads\/guidebook-\d{4}(-large)?\.pdf$/.test(path)) continue; // written by `pnpm pdf`
      const local = join(outDir, path.slice(BASE.length));
      const ok =
        path.startsWith(BASE) && (path.endsWith("/") ? existsSync(join(local, "index.html")) : existsSync(local));
      if (!ok) broken.push(`${file} → ${ref}`);
    }
  }
  expect(broken).toEqual([]);
  const sitemap = await readFile(join(outDir, "sitemap.xml"), "utf8");
  expect(sitemap).toMatch(/<loc>https:\/\/[^<]+\/guide\/policies\//);
});

test("search loads its index under the base path and links results there", async () => {
  const page = await browser.newPage();
  expect(await searchTitles(page, server.origin, BASE, "버스")).toContain("65세 이상 어르신 시내버스 무료");
  const href = await page.$eval("#search-results a", (a) => a.getAttribute("href"));
  expect(href?.startsWith(`${BASE}policies/`)).toBe(true);
  await page.focus("#search-results a");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  expect(await page.$eval("h1", (h) => h.textContent)).toBe("65세 이상 어르신 시내버스 무료");
});

test("the finder links results under the base path", async () => {
  const page = await browser.newPage();
  const groups = await runFinder(page, server.origin, BASE, {
    birthDate: yearsBefore(todayKst(), 70),
    residencyYears: 2,
  });
  expect(groups.flatMap((g) => g.items.map((i) => i.title))).toContain("65세 이상 어르신 시내버스 무료");
  const links = await page.$$eval("#finder-results a", (all) => all.map((a) => a.getAttribute("href") ?? ""));
  expect(links.every((l) => l.startsWith(`${BASE}policies/`))).toBe(true);
});
