import { readdir, readFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { launchChromium } from "@lifewelfare/handbook/chromium";
import { seedSnapshot } from "@lifewelfare/seed-content/snapshot";
import { buildSite } from "@lifewelfare/site";
import { removeDirs, tempDir } from "@lifewelfare/test-support/temp-dir";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeSnapshot } from "../../src/export/write-snapshot.ts";
import { precompress } from "../../src/pipeline/precompress.ts";
import { createStaticServer } from "../../src/serve/static-server.ts";

/**
 * The site's Pagefind files as a release serves them: the build stores them decompressed,
 * `precompress` writes brotli/gzip copies, the static server sends brotli when asked — and, asked
 * for no encoding (a host that serves files raw), the decompressed files, which Pagefind reads too.
 */
let snapshotRoot: string;
let outDir: string;
let origin: string;
let browser: Browser;
let http: Server;

beforeAll(async () => {
  snapshotRoot = await tempDir("lw-search-served-snapshot-");
  const snapshotDir = join(snapshotRoot, "snapshot");
  await writeSnapshot({ dir: snapshotDir, snapshot: seedSnapshot(), files: [], siteUrl: (id) => `/p/${id}/` });
  outDir = await tempDir("lw-search-served-");
  await buildSite({ snapshotDir, outDir, base: "/" });
  await precompress(outDir);
  http = createStaticServer({ root: outDir });
  await new Promise<void>((done) => http.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => http?.close(done));
  await removeDirs(outDir, snapshotRoot);
});

/** Searches `query` on the search page; the shown titles, excerpts and the /pagefind/ responses' encodings. */
async function search(page: Page, query: string) {
  const encodings = new Map<string, string>();
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith("/pagefind/")) encodings.set(path, response.headers()["content-encoding"] ?? "identity");
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
  await page.waitForFunction(() => {
    const status = document.querySelector("#search-status")?.textContent ?? "";
    return status !== "" && !status.endsWith("…");
  });
  await page.waitForFunction(() => document.querySelector("#search-results .app-card p")?.textContent);
  const titles = await page.$$eval("#search-results .app-card__title a", (links) => links.map((a) => a.textContent));
  const excerpt = await page.$eval("#search-results .app-card p", (p) => p.textContent ?? "");
  return { titles, excerpt, encodings };
}

const kinds = (encodings: Map<string, string>, pattern: RegExp) =>
  [...encodings].filter(([path]) => pattern.test(path)).map(([, encoding]) => encoding);

describe("Pagefind files served by the release's static server", () => {
  test("are stored decompressed on disk, with brotli and gzip copies", async () => {
    const dir = join(outDir, "pagefind");
    const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(pagefind|pf_\w+)$/.test(f));
    expect(files.some((f) => f.startsWith("index/"))).toBe(true);
    for (const file of files) {
      expect((await readFile(join(dir, file))).subarray(0, 12).toString(), file).toBe("pagefind_dcd");
    }
    const chunk = files.find((f) => f.startsWith("index/"))!;
    await expect(readFile(join(dir, `${chunk}.br`))).resolves.toBeTruthy();
    await expect(readFile(join(dir, `${chunk}.gz`))).resolves.toBeTruthy();
  });

  test("go out brotli-compressed, and the search finds and excerpts results", async () => {
    const page = await browser.newPage();
    const { titles, excerpt, encodings } = await search(page, "버스");
    expect(titles).toContain("65세 이상 어르신 시내버스 무료");
    expect(excerpt.length).toBeGreaterThan(0);
    expect(kinds(encodings, /\.pf_index$/)).not.toHaveLength(0);
    expect(kinds(encodings, /\.(pagefind|pf_meta|pf_index|pf_fragment)$/).every((e) => e === "br")).toBe(true);
    // The result links are built from the lexicon (slug left out when the title gives it).
    const href = await page.$eval("#search-results .app-card__title a", (a) => (a as HTMLAnchorElement).href);
    expect((await page.goto(href))?.status()).toBe(200);
    await page.close();
  });

  test("asked for no encoding, go out decompressed as stored, and the search still works", async () => {
    const page = await browser.newPage();
    await page.setExtraHTTPHeaders({ "Accept-Encoding": "identity" });
    const { titles, excerpt, encodings } = await search(page, "버스");
    expect(titles).toContain("65세 이상 어르신 시내버스 무료");
    expect(excerpt.length).toBeGreaterThan(0);
    expect(kinds(encodings, /\.pf_index$/)).not.toHaveLength(0);
    expect(kinds(encodings, /\.(pagefind|pf_meta|pf_index|pf_fragment)$/).every((e) => e === "identity")).toBe(true);
    await page.close();
  });
});
