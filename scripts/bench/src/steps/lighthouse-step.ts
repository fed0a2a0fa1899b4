import { readdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { launchChromium } from "@lifewelfare/handbook/chromium";
import { precompress } from "@lifewelfare/scripts/pipeline/precompress";
import { createStaticServer } from "@lifewelfare/scripts/serve";
import lighthouse, { type Result, type RunnerResult } from "lighthouse";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";

/** Up to this many policies the run is the smoke test's: only the home page is audited (cheap). */
export const LIGHTHOUSE_SMOKE_SIZE = 20;

/** Runs per page; the median (by performance score) is reported: scores vary from run to run. */
export const LIGHTHOUSE_RUNS = 3;

/** Chromium may resolve no host but loopback: the audit never reaches the internet. */
const LOOPBACK_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";

/** One audited page: Lighthouse's scores (0–100), simulated metrics (ms) and bytes on the wire. */
export type LighthousePage = {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Transfer bytes of the requests the page started before its first contentful paint (observed). */
  bytesBeforeFirstPaint: number;
  /** Transfer bytes of every request of the page load (Lighthouse's total-byte-weight). */
  totalBytes: number;
  /** Transfer bytes and count of the font files fetched. */
  fontBytes: number;
  fontFiles: number;
  requests: number;
  /** Performance score of every run of the page (the figures above are the median run's). */
  runs?: number[];
};

/** The four residents' pages of issue 18: home, one policy (the first by slug), the finder, search. */
async function pagesOf(siteDir: string): Promise<{ page: string; path: string }[]> {
  const slugs = (await readdir(join(siteDir, "policies"), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (!slugs[0]) throw new Error("the built site has no policy page under policies/");
  return [
    { page: "home", path: "/" },
    { page: "policy", path: `/policies/${encodeURIComponent(slugs[0])}/` },
    { page: "finder", path: "/finder/" },
    { page: "search", path: "/search/" },
  ];
}

type Row = { networkRequestTime?: number; transferSize?: number; resourceType?: string };

/**
 * One Lighthouse run of `url` in a fresh Chromium; a run whose trace failed (a runtime error such
 * as NO_NAVSTART, seen on a loaded machine) is run once more.
 */
async function auditOnce(url: string): Promise<RunnerResult> {
  for (let attempt = 1; ; attempt++) {
    const browser = await launchChromium({ args: [LOOPBACK_ONLY] });
    try {
      const run = await lighthouse(
        url,
        { onlyCategories: ["performance", "accessibility"], logLevel: "error", output: "json", locale: "en-US" },
        undefined,
        await browser.newPage(),
      );
      if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
      if (!run.lhr.runtimeError) return run;
      if (attempt === 2) throw new Error(`Lighthouse: ${run.lhr.runtimeError.message} (${url})`);
    } finally {
      await browser.close();
    }
  }
}

/** Reads one page's figures out of a Lighthouse result. */
function figures(lhr: Result, page: string, path: string): LighthousePage {
  const audit = (id: string) => lhr.audits[id];
  const rows = (audit("network-requests")?.details as { items: Row[]; debugData?: { networkStartTimeTs?: number } })
    ?.items;
  const networkStartTs = (audit("network-requests")?.details as { debugData?: { networkStartTimeTs?: number } })
    ?.debugData?.networkStartTimeTs;
  const metrics = (audit("metrics")?.details as { items: { observedFirstContentfulPaintTs?: number }[] })?.items[0];
  const fcpTs = metrics?.observedFirstContentfulPaintTs;
  if (!rows || networkStartTs === undefined || fcpTs === undefined)
    throw new Error(`Lighthouse reported no network requests or first paint for ${path}`);
  // Both timestamps are in µs; request times are ms since the first request started.
  const fcpMs = (fcpTs - networkStartTs) / 1000;
  const sum = (list: Row[]) => list.reduce((total, r) => total + (r.transferSize ?? 0), 0);
  const fonts = rows.filter((r) => r.resourceType === "Font");
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    page,
    path,
    performance: score("performance"),
    accessibility: score("accessibility"),
    fcpMs: audit("first-contentful-paint")?.numericValue ?? Number.NaN,
    lcpMs: audit("largest-contentful-paint")?.numericValue ?? Number.NaN,
    tbtMs: audit("total-blocking-time")?.numericValue ?? Number.NaN,
    cls: audit("cumulative-layout-shift")?.numericValue ?? Number.NaN,
    bytesBeforeFirstPaint: sum(rows.filter((r) => (r.networkRequestTime ?? Number.POSITIVE_INFINITY) < fcpMs)),
    totalBytes: audit("total-byte-weight")?.numericValue ?? sum(rows),
    fontBytes: sum(fonts),
    fontFiles: fonts.length,
    requests: rows.length,
  };
}

/**
 * Lighthouse (mobile preset: emulated phone, simulated slow 4G and 4× CPU) on the residents'
 * pages of the built site, served as `npm start` serves a release: precompressed, by the
 * project's static server over loopback. `LIGHTHOUSE_RUNS` cold runs per page, each in a fresh
 * Chromium (Debian's, never downloaded) that can resolve no other host; the median run is reported. Reports each page's performance and
 * accessibility scores, FCP, LCP, bytes before first paint and in total. At
 * `LIGHTHOUSE_SMOKE_SIZE` policies or fewer only the home page is audited, once.
 */
export async function lighthouseStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  await precompress(ws.siteDir);
  const all = await pagesOf(ws.siteDir);
  const smoke = ws.size <= LIGHTHOUSE_SMOKE_SIZE;
  const pages = smoke ? all.slice(0, 1) : all;
  const repeats = smoke ? 1 : LIGHTHOUSE_RUNS;
  const server = createStaticServer({ root: ws.siteDir });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const timings: Record<string, number> = {};
  const results: LighthousePage[] = [];
  let version = "";
  try {
    for (const { page, path } of pages) {
      const t = performance.now();
      const runs: LighthousePage[] = [];
      for (let i = 0; i < repeats; i++) {
        const run = await auditOnce(`${origin}${path}`);
        version = run.lhr.lighthouseVersion;
        runs.push(figures(run.lhr, page, path));
      }
      timings[`${page}Ms`] = performance.now() - t;
      // The run with the median performance score, as Lighthouse's own guidance on variance advises.
      const f = runs.sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
      log(
        `${page}: 성능 ${f.performance}, 접근성 ${f.accessibility}, FCP ${(f.fcpMs / 1000).toFixed(1)}초, LCP ${(f.lcpMs / 1000).toFixed(1)}초, 첫 그림 전 ${(f.bytesBeforeFirstPaint / 1024).toFixed(0)} KB, 전체 ${(f.totalBytes / 1024).toFixed(0)} KB`,
      );
      results.push({ ...f, runs: runs.map((r) => r.performance) });
    }
  } finally {
    server.close();
  }
  return { timings, outputs: { lighthouseVersion: version, preset: "mobile", pages: results } };
}
