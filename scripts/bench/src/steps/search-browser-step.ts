import { readFile } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { launchChromium } from "@lifewelfare/handbook/chromium";
import { precompress } from "@lifewelfare/scripts/pipeline/precompress";
import { EVAL_QUERIES, type EvalQuery } from "@lifewelfare/seed-content/search-eval";
import type { Browser, Page } from "puppeteer-core";
import sirv from "sirv";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";

/** Queries whose first-search download is measured (fresh browser profile each). */
export const FIRST_QUERIES = ["버스", "어르신 교통비", "육아휴직"];
const DEFAULT_INDEX_PATH = "/pagefind-default/";

/**
 * Bytes the static server sent for search-index requests (URL under /pagefind/ or the baseline's
 * mount), counted on the server side: Pagefind fetches from a Web Worker, which a page's CDP
 * session does not see. Headers are not counted. Both sites are precompressed and served as the
 * pipeline serves a release (`precompress`, sirv with brotli/gzip): the site's Pagefind files
 * (stored decompressed) go out brotli, the baseline's as Pagefind wrote them (gzip inside), so
 * this is what crosses the wire.
 */
class IndexTraffic {
  bytes = 0;
  requests = 0;
  /** Bytes per file (path without query, index chunk names generalised), for the breakdown. */
  files: Record<string, number> = {};
  count(url: string, res: ServerResponse) {
    if (!url.startsWith("/pagefind/") && !url.startsWith(DEFAULT_INDEX_PATH)) return;
    // sirv passes its headers to writeHead and pipes the file, so the body is counted as written.
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const size = (chunk: unknown) =>
      typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.byteLength : 0;
    const kind = url
      .split("?")[0]!
      .replace(/\/(index|fragment)\/[^/]+$/, "/$1/*")
      .replace(/_[0-9a-f]+\.pf_meta$/, "_*.pf_meta");
    const add = (bytes: number) => {
      this.bytes += bytes;
      this.files[kind] = (this.files[kind] ?? 0) + bytes;
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      add(size(chunk));
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      if (typeof args[0] !== "function") add(size(args[0]));
      return end(...args);
    }) as typeof res.end;
    this.requests += 1;
  }
  reset() {
    this.bytes = 0;
    this.requests = 0;
    this.files = {};
  }
}

/** Runs a query in the site's search page (form submit) and returns the result titles shown. */
async function siteSearch(page: Page, query: string): Promise<string[]> {
  await page.evaluate((q) => {
    document.querySelector<HTMLElement>("#search-status")!.textContent = "__bench__";
    document.querySelector<HTMLInputElement>("#search-q")!.value = q;
    document.querySelector<HTMLFormElement>("#search-form")!.requestSubmit();
  }, query);
  await page.waitForFunction(
    () => {
      const text = document.querySelector("#search-status")?.textContent ?? "";
      return text !== "__bench__" && !text.endsWith("…");
    },
    { timeout: 60_000 },
  );
  await page.waitForNetworkIdle({ idleTime: 150, timeout: 60_000 });
  return page.$$eval("#search-results .app-card__title a", (links) => links.map((a) => a.textContent?.trim() ?? ""));
}

/** Runs a query with the plain Pagefind API on an index mounted at `path`; top-10 titles. */
async function defaultSearch(page: Page, path: string, query: string): Promise<string[]> {
  return page.evaluate(
    async (indexPath, q) => {
      const w = window as unknown as {
        __pf?: Promise<{
          search: (q: string) => Promise<{ results: { data: () => Promise<{ meta: { title?: string } }> }[] }>;
        }>;
      };
      w.__pf ??= import(`${indexPath}pagefind.js`).then(async (pf) => {
        await pf.init();
        return pf;
      });
      const pf = await w.__pf;
      const response = await pf.search(q);
      const top = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
      return top.map((d) => d.meta.title ?? "");
    },
    path,
    query,
  );
}

async function firstQueryBytes(
  browser: Browser,
  origin: string,
  traffic: IndexTraffic,
  query: string,
  mode: "site" | "default",
) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    await page.goto(`${origin}/${mode === "site" ? "search/" : ""}`, { waitUntil: "networkidle0" });
    traffic.reset();
    if (mode === "site") await siteSearch(page, query);
    else await defaultSearch(page, DEFAULT_INDEX_PATH, query);
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 60_000 });
    return { query, bytes: traffic.bytes, requests: traffic.requests, files: { ...traffic.files } };
  } finally {
    await context.close();
  }
}

/** recall@10 and MRR (first expected entry's reciprocal rank, 0 past 10) of the shown top-10 titles. */
function recall(queries: EvalQuery[], results: string[][]) {
  const ranks = queries.map((q, i) => (results[i] ?? []).slice(0, 10).findIndex((t) => q.expected.includes(t)));
  const found = ranks.filter((r) => r >= 0).length;
  const misses = queries.filter((_, i) => ranks[i] === -1).map((q) => q.query);
  return {
    queries: queries.length,
    found,
    recallAt10: queries.length ? found / queries.length : 0,
    mrr: queries.length ? ranks.reduce((sum, r) => sum + (r >= 0 ? 1 / (r + 1) : 0), 0) / queries.length : 0,
    misses,
  };
}

/** Every title of the benchmark content (the site's search lexicon), searched as written: share listed first. */
async function exactTitles(page: Page, siteDir: string) {
  const lexicon = JSON.parse(await readFile(join(siteDir, "pagefind/lexicon.json"), "utf8")) as {
    entries: [string, string, string, number][];
  };
  const titles = lexicon.entries.map((e) => e[2]);
  const misses: string[] = [];
  for (const title of titles) if ((await siteSearch(page, title))[0] !== title) misses.push(title);
  return {
    titles: titles.length,
    first: titles.length - misses.length,
    rate: 1 - misses.length / titles.length,
    misses,
  };
}

/**
 * In real Chromium against the built site (served over loopback): bytes the FIRST query downloads
 * from /pagefind/ (fresh profile, cache off; search page loaded, query submitted, results shown),
 * for the site's index and the default-Pagefind baseline; recall@10 and MRR of both on the site's
 * search evaluation set (the site through its search page, the baseline through the plain API);
 * and the share of the content's titles that, searched as written, list their entry first.
 */
export async function searchBrowserStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  // Served like a live release: precompressed files (written once, not timed) sent as negotiated.
  const t0 = performance.now();
  const compressed = (await precompress(ws.siteDir)).compressed + (await precompress(ws.pagefindDefaultDir)).compressed;
  log(`미리 압축: 파일 ${compressed}개, ${((performance.now() - t0) / 1000).toFixed(1)}초`);
  const served = { extensions: ["html"], dev: false, brotli: true, gzip: true };
  const site = sirv(ws.siteDir, served);
  const baseline = sirv(join(ws.pagefindDefaultDir, "pagefind"), served);
  const traffic = new IndexTraffic();
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    traffic.count(url, res);
    if (url.startsWith(DEFAULT_INDEX_PATH)) {
      req.url = `/${url.slice(DEFAULT_INDEX_PATH.length)}`;
      baseline(req, res, () => void res.writeHead(404).end());
    } else site(req, res, () => void res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const t = performance.now();
    const siteFirst = [];
    const defaultFirst = [];
    for (const query of FIRST_QUERIES) {
      siteFirst.push(await firstQueryBytes(browser, origin, traffic, query, "site"));
      defaultFirst.push(await firstQueryBytes(browser, origin, traffic, query, "default"));
    }
    log(`첫 검색 내려받기: ${siteFirst.map((f) => `${f.query} ${(f.bytes / 1024).toFixed(1)} KB`).join(", ")}`);
    const firstQueryMs = performance.now() - t;

    const queries = EVAL_QUERIES;
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`, { waitUntil: "networkidle0" });
    const siteResults: string[][] = [];
    const defaultResults: string[][] = [];
    for (const q of queries) {
      siteResults.push(await siteSearch(page, q.query));
      defaultResults.push(await defaultSearch(page, DEFAULT_INDEX_PATH, q.query));
    }
    const siteRecall = recall(queries, siteResults);
    const defaultRecall = recall(queries, defaultResults);
    log(
      `recall@10: 사이트 ${siteRecall.found}/${siteRecall.queries} (MRR ${siteRecall.mrr.toFixed(3)}), 기본 Pagefind ${defaultRecall.found}/${defaultRecall.queries} (MRR ${defaultRecall.mrr.toFixed(3)})`,
    );
    const recallMs = performance.now() - t - firstQueryMs;
    const exactTitle = await exactTitles(page, ws.siteDir);
    log(`제목 그대로 검색해 첫 번째: ${exactTitle.first}/${exactTitle.titles}`);
    return {
      timings: {
        firstQueriesMs: firstQueryMs,
        recallMs,
        exactTitleMs: performance.now() - t - firstQueryMs - recallMs,
      },
      outputs: {
        firstQuery: { site: siteFirst, default: defaultFirst },
        firstQueryMaxBytes: {
          site: Math.max(...siteFirst.map((f) => f.bytes)),
          default: Math.max(...defaultFirst.map((f) => f.bytes)),
        },
        recall: { site: siteRecall, default: defaultRecall },
        exactTitle,
      },
    };
  } finally {
    await browser.close();
    server.close();
  }
}
