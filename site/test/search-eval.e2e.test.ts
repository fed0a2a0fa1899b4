import { join } from "node:path";
import { telHref } from "@lifewelfare/content-models";
import { EVAL_QUERIES } from "@lifewelfare/seed-content/search-eval";
import { seedSnapshot } from "@lifewelfare/seed-content/snapshot";
import { axeViolations } from "@lifewelfare/test-support/axe";
import { launchBrowser } from "@lifewelfare/test-support/chromium";
import { removeDirs, tempDir } from "@lifewelfare/test-support/temp-dir";
import * as pagefind from "pagefind";
import type { Browser, HTTPRequest, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../build.ts";
import { FIXTURE_BUILD_DATE } from "./helpers/build.ts";
import { pagefindTitles } from "./helpers/pages.ts";
import { type EvalFigures, evalFigures, searchOnPage } from "./helpers/search-eval.ts";
import { serveSite } from "./helpers/server.ts";
import { writeSnapshotDir } from "./helpers/snapshot.ts";

/**
 * Floors of the evaluation over the seeded content (measured 2026-11-30: recall@10 1.00, MRR 0.975,
 * every title first; Pagefind's defaults on the same pages: see the printed line). Raising a
 * figure is welcome; lowering a floor needs a reason in the commit.
 */
const FLOORS = { recallAt10: 0.95, mrr: 0.8, exactTitleFirst: 0.98 };

let outDir: string;
let snapshotDir: string;
let baselineDir: string;
let server: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
const cspViolations: string[] = [];

beforeAll(async () => {
  snapshotDir = await writeSnapshotDir(seedSnapshot());
  outDir = await tempDir("lw-search-eval-");
  await buildSite({ snapshotDir, outDir, base: "/", today: FIXTURE_BUILD_DATE });
  baselineDir = await tempDir("lw-search-eval-baseline-");
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: outDir });
  await index!.writeFiles({ outputPath: join(baselineDir, "pagefind") });
  await pagefind.close();
  server = await serveSite(outDir, "/", { "/__baseline/": baselineDir });
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage();
  await page.exposeFunction("reportCspViolation", (line: string) => cspViolations.push(line));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportCspViolation: (l: string) => void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
});

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  await removeDirs(outDir, snapshotDir, baselineDir);
});

const figuresLine = (name: string, f: EvalFigures) =>
  `${name}: recall@10 ${f.recallAt10.toFixed(3)}, MRR ${f.mrr.toFixed(3)}, titles first ${f.exactTitleFirst.toFixed(3)}`;

describe("search evaluation over the seeded content (Chromium, real search page)", () => {
  test(`${EVAL_QUERIES.length} resident queries: recall@10, MRR and exact titles stay above their floors`, async () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(120);
    const titles = new Set(seedSnapshot().policies.map((p) => p.title));
    for (const q of EVAL_QUERIES) for (const t of q.expected) expect(titles, `${q.query}: ${t}`).toContain(t);

    await page.goto(`${server.origin}/search/`, { waitUntil: "load" });
    const ours = [];
    const plain = [];
    for (const q of EVAL_QUERIES) {
      ours.push(await searchOnPage(page, q.query));
      const found = await pagefindTitles(page, `${server.origin}/__baseline/pagefind/pagefind.js`, q.query);
      plain.push({ titles: found, helpWithSuggestions: false });
    }
    const site = evalFigures(EVAL_QUERIES, ours);
    const baseline = evalFigures(EVAL_QUERIES, plain);
    console.log(`${figuresLine("site search", site)}; misses: ${site.misses.join(", ") || "none"}`);
    console.log(figuresLine("Pagefind defaults", baseline));
    expect(site.recallAt10).toBeGreaterThanOrEqual(FLOORS.recallAt10);
    expect(site.mrr).toBeGreaterThanOrEqual(FLOORS.mrr);
    expect(site.exactTitleFirst).toBeGreaterThanOrEqual(FLOORS.exactTitleFirst);
    expect(site.emptyWithoutSuggestions).toEqual([]);
    expect(site.recallAt10).toBeGreaterThan(baseline.recallAt10);
  });

  test("the exact title 초·중·고등학생 100원 시내버스 finds its entry first", async () => {
    await page.goto(`${server.origin}/search/`, { waitUntil: "load" });
    const shown = await searchOnPage(page, "초·중·고등학생 100원 시내버스");
    expect(shown.titles[0]).toBe("초·중·고등학생 100원 시내버스");
  });

  test("local (광양형) entries named for the query are not buried by national ones", async () => {
    await page.goto(`${server.origin}/search/`, { waitUntil: "load" });
    const local = new Set(
      seedSnapshot()
        .policies.filter((p) => p.isLocal)
        .map((p) => p.title),
    );
    for (const query of ["긴급복지", "한부모", "어르신", "난임"]) {
      const [first] = (await searchOnPage(page, query)).titles;
      expect(local, `${query}: ${first}`).toContain(first);
    }
  });

  test("a newer query wins over one still waiting for the index; the count matches the list", async () => {
    const fresh = await browser.createBrowserContext();
    try {
      const slow = await fresh.newPage();
      const held: HTTPRequest[] = [];
      let holding = true;
      await slow.setRequestInterception(true);
      slow.on("request", (request) => {
        if (holding && request.url().includes("/pagefind/")) held.push(request);
        else void request.continue();
      });
      await slow.goto(`${server.origin}/search/?q=${encodeURIComponent("버스")}`, { waitUntil: "load" });
      await slow.waitForFunction(() => document.querySelector("#search-status")?.textContent?.endsWith("…"));
      await slow.$eval("#search-q", (input) => {
        (input as HTMLInputElement).value = "";
      });
      await slow.type("#search-q", "임신");
      await slow.keyboard.press("Enter");
      expect(held.length).toBeGreaterThan(0);
      holding = false;
      for (const request of held) void request.continue();
      await slow.waitForFunction(() =>
        /건$|없습니다/.test(document.querySelector("#search-status")?.textContent ?? ""),
      );
      const status = await slow.$eval("#search-status", (s) => s.textContent ?? "");
      const listed = await slow.$$eval("#search-results .app-card__title a", (l) => l.map((a) => a.textContent ?? ""));
      const moreHidden = await slow.$eval("#search-more", (b) => (b as HTMLButtonElement).hidden);
      const count = Number(/(\d+)건$/.exec(status)?.[1]);
      expect(status).toContain("'임신'");
      expect(listed).toHaveLength(Math.min(count, 10));
      expect(new Set(listed).size).toBe(listed.length);
      expect(moreHidden).toBe(count <= 10);
      await page.goto(`${server.origin}/search/`, { waitUntil: "load" });
      expect(listed).toEqual((await searchOnPage(page, "임신")).titles);
    } finally {
      await fresh.close();
    }
  });

  test("an empty result offers suggestions, the finder and life-stage pages, and 129 and city numbers", async () => {
    await page.goto(`${server.origin}/search/`, { waitUntil: "load" });
    const shown = await searchOnPage(page, "qwzzk");
    expect(shown.titles).toEqual([]);
    const help = await page.$eval("#search-help", (h) => ({
      hidden: (h as HTMLElement).hidden,
      suggestions: [...h.querySelectorAll("#search-suggestions a")].map((a) => a.getAttribute("href")),
      links: [...h.querySelectorAll("a:not([href^='tel:']):not([href^='?'])")].map((a) => a.getAttribute("href")),
      phones: [...h.querySelectorAll("a[href^='tel:']")].map((a) => a.getAttribute("href")),
    }));
    expect(help.hidden).toBe(false);
    expect(help.suggestions.length).toBeGreaterThan(0);
    expect(help.links).toEqual(expect.arrayContaining(["/finder/", "/stages/"]));
    const { guidebook } = seedSnapshot();
    const cityPhones = [guidebook.mainPhone, ...(guidebook.contacts ?? []).map((c) => c.phone)].map(telHref);
    expect(help.phones).toEqual(expect.arrayContaining([telHref("129"), ...cityPhones]));
    expect(await page.$eval("#search-status", (s) => s.getAttribute("role"))).toBe("status");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a typo says what it searched instead", async () => {
    await page.goto(`${server.origin}/search/`, { waitUntil: "load" });
    await searchOnPage(page, "어린이짐");
    const suggestions = await page.$$eval("#search-suggestions a", (l) => l.map((a) => a.textContent));
    expect(suggestions).toContain("어린이집");
  });

  test("no page broke the CSP", () => {
    expect(cspViolations).toEqual([]);
  });
});
