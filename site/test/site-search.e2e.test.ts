/**
 * The built search page in Chromium: Korean word parts and particles, excerpts, the 생애주기 /
 * 관심주제 / 가구상황 filters and paging, against Pagefind's defaults for comparison.
 */
import { join } from "node:path";
import type { Snapshot } from "@lifewelfare/content-models";
import { removeDirs, tempDir } from "@lifewelfare/test-support/temp-dir";
import * as pagefind from "pagefind";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pagefindTitles, searchTitles } from "./helpers/pages.ts";
import { sharedFixtureSite } from "./helpers/shared-site.ts";
import { cspChecks, openSiteSession, type SiteSession } from "./helpers/site-session.ts";
import { SEARCH_QUERIES } from "./search-queries.ts";

const BASE = "/";
let snapshot: Snapshot;
let outDir: string;
let baselineDir: string;
let session: SiteSession;
let server: SiteSession["server"];
let page: Page;

beforeAll(async () => {
  ({ snapshot, outDir } = await sharedFixtureSite());
  // Pagefind with default settings over the same pages, for comparison.
  baselineDir = await tempDir("lw-baseline-");
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: outDir });
  await index!.writeFiles({ outputPath: join(baselineDir, "pagefind") });
  await pagefind.close();
  session = await openSiteSession(outDir, BASE, { "/__baseline/": baselineDir });
  ({ server, page } = session);
});

afterAll(async () => {
  await session?.close();
  await removeDirs(baselineDir);
});

describe("search in a browser", () => {
  test("finds policies by word parts, particles and category labels; prints recall@10", async () => {
    const titles = new Set(snapshot.policies.map((p) => p.title));
    const queries = SEARCH_QUERIES.filter((q) => titles.has(q.expected));
    let ours = 0;
    let baseline = 0;
    const misses: string[] = [];
    for (const q of queries) {
      const found = await searchTitles(page, server.origin, BASE, q.query);
      if (q.required) expect(found, q.query).toContain(q.expected);
      if (found.includes(q.expected)) ours += 1;
      else misses.push(`${q.query} (${q.kind})`);
      const plain = await pagefindTitles(page, `${server.origin}/__baseline/pagefind/pagefind.js`, q.query);
      if (plain.includes(q.expected)) baseline += 1;
    }
    console.log(
      `recall@10 over ${queries.length} queries: ours ${(ours / queries.length).toFixed(2)} (${ours}), ` +
        `Pagefind default ${(baseline / queries.length).toFixed(2)} (${baseline}); misses: ${misses.join(", ") || "none"}`,
    );
    expect(queries.filter((q) => q.required)).toHaveLength(7);
    // Two searches per query, each a page load: slow on a loaded 2-core machine.
  }, 180_000);

  test("excerpts show page text with the match marked, never the extra index terms", async () => {
    await searchTitles(page, server.origin, BASE, "버스");
    // Excerpts load once their card is on screen.
    await page.waitForSelector("#search-results li p mark");
    const excerpt = await page.$eval("#search-results li p", (p) => p.innerHTML);
    expect(excerpt).toContain("<mark>버스</mark>");
    expect(excerpt).not.toContain("내버스 ");
    expect(excerpt).not.toContain("⁂");
  });

  test("filters narrow results by 생애주기", async () => {
    await page.goto(`${server.origin}${BASE}search/?lifeStage=senior`, { waitUntil: "load" });
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    const found = await page.$$eval("#search-results .app-card__title a", (l) => l.map((a) => a.textContent));
    const seniors = snapshot.policies.filter((p) => p.lifeStages.includes("senior")).map((p) => p.title);
    expect(found.sort()).toEqual(seniors.sort());
  });
});

describe("search filters and paging in a browser", () => {
  const ALL_STAGES = ["pregnancy", "infant", "child", "teen", "youth", "middle-aged", "senior", "common"];
  /** Titles on the search page after `params`, with the status line and whether 더 보기 shows. */
  async function searchPage(params: string) {
    await page.goto(`${server.origin}${BASE}search/?${params}`, { waitUntil: "load" });
    await page.waitForFunction(() => {
      const status = document.querySelector("#search-status")?.textContent ?? "";
      return status !== "" && !status.includes("검색하는 중");
    });
    return readResults();
  }
  const readResults = async () => ({
    titles: await page.$$eval("#search-results .app-card__title a", (l) => l.map((a) => a.textContent ?? "")),
    status: await page.$eval("#search-status", (s) => s.textContent ?? ""),
    more: await page.$eval("#search-more", (b) => !(b as HTMLButtonElement).hidden),
  });
  const titlesWhere = (keep: (p: Snapshot["policies"][number]) => boolean) =>
    snapshot.policies.filter(keep).map((p) => p.title);

  test("a 관심주제 filter lists exactly the policies with that topic, and the URL's boxes are checked", async () => {
    const found = await searchPage("topic=jobs");
    expect(found.titles.sort()).toEqual(titlesWhere((p) => p.interestTopics.includes("jobs")).sort());
    expect(await page.$eval("input[name=topic][value=jobs]", (b) => (b as HTMLInputElement).checked)).toBe(true);
  });

  test("values in one group widen (any), groups narrow each other (all), a word narrows further", async () => {
    const either = await searchPage("lifeStage=senior&lifeStage=youth");
    const seniorOrYouth = (p: Snapshot["policies"][number]) =>
      p.lifeStages.includes("senior") || p.lifeStages.includes("youth");
    expect(either.titles.sort()).toEqual(titlesWhere(seniorOrYouth).sort());
    const both = await searchPage("lifeStage=infant&topic=childcare");
    const expected = titlesWhere((p) => p.lifeStages.includes("infant") && p.interestTopics.includes("childcare"));
    expect(expected.length).toBeGreaterThan(0);
    expect(both.titles.sort()).toEqual(expected.sort());
    const worded = await searchPage("q=%EB%B2%84%EC%8A%A4&lifeStage=pregnancy");
    expect(worded.titles).not.toContain("65세 이상 어르신 시내버스 무료");
    expect((await searchPage("q=%EB%B2%84%EC%8A%A4&lifeStage=senior")).titles).toContain(
      "65세 이상 어르신 시내버스 무료",
    );
  });

  test("results come 10 at a time: 결과 더 보기 adds the rest, then hides; nothing repeats", async () => {
    const first = await searchPage(ALL_STAGES.map((s) => `lifeStage=${s}`).join("&"));
    const total = snapshot.policies.length;
    expect(total).toBeGreaterThan(10);
    expect(first.titles).toHaveLength(10);
    expect(first.status).toBe(`검색 결과 ${total}건`);
    expect(first.more).toBe(true);
    await page.click("#search-more");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length === n, {}, total);
    const all = await readResults();
    expect(all.more).toBe(false);
    expect(new Set(all.titles).size).toBe(total);
    expect(all.titles.slice(0, 10)).toEqual(first.titles);
    expect(all.titles.sort()).toEqual(snapshot.policies.map((p) => p.title).sort());
  });

  test("submitting the form with a filter ticked writes the filter into the address and shows its results", async () => {
    await page.goto(`${server.origin}${BASE}search/`, { waitUntil: "load" });
    await page.$eval("details.app-filters", (d) => {
      (d as HTMLDetailsElement).open = true;
    });
    await page.click("input[name=situation][value=single-parent]");
    await page.click("details.app-filters button[type=submit]");
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    expect(new URL(page.url()).searchParams.getAll("situation")).toEqual(["single-parent"]);
    const { titles } = await readResults();
    expect(titles.sort()).toEqual(titlesWhere((p) => p.householdSituations.includes("single-parent")).sort());
  });
});

describe("Content-Security-Policy", () => {
  cspChecks(() => session, 20);
});
