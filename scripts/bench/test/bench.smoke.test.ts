import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BenchResult } from "../src/run-bench.ts";
import { BENCH_STEPS } from "../src/steps/names.ts";
import { benchContent, syntheticPolicies } from "../src/synthetic/generate.ts";

/**
 * Smoke run of `pnpm bench` at 20 policies (REST load skipped; the draft saves run 2 s per phase
 * with 2 and 3 editors on the admin's `next build`, built once if its sources changed),
 * so the benchmark never silently breaks. Figures are not asserted, only that every step ran and
 * reported positive numbers. Output goes to a temp folder, never to bench/results.
 */
let out: string;
let result: BenchResult;
let markdown: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "lifewelfare-bench-smoke-"));
  await promisify(execFile)(
    process.execPath,
    [
      ...["--import", "tsx", "src/cli.ts", "20", "--out", out, "--rest-seconds", "0"],
      ...["--saves-seconds", "2", "--saves-editors", "2,3"],
    ],
    { cwd: join(import.meta.dirname, ".."), maxBuffer: 64 * 1024 * 1024, timeout: 1_500_000 },
  );
  result = JSON.parse(await readFile(join(out, "bench-20.json"), "utf8")) as BenchResult;
  markdown = await readFile(join(out, "bench-20.md"), "utf8");
}, 1_600_000);
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe("pnpm bench 20", () => {
  test("every step ran (REST load skipped) and reported positive figures", () => {
    expect(result.size).toBe(20);
    expect(Object.keys(result.steps).sort()).toEqual(BENCH_STEPS.map((s) => s.name).sort());
    expect(result.steps.rest.status).toBe("skipped");
    for (const step of BENCH_STEPS.filter((s) => s.name !== "rest")) {
      const r = result.steps[step.name];
      expect(r.status, `${step.name}: ${"message" in r ? r.message : ""}`).toBe("ok");
      if (r.status !== "ok") continue;
      expect(r.measure.wallMs, step.name).toBeGreaterThan(0);
      expect(r.measure.cpuS, step.name).toBeGreaterThan(0);
      expect(r.measure.peakRssBytes, step.name).toBeGreaterThan(0);
      expect(r.measure.peakPssBytes, step.name).toBeGreaterThan(0);
      for (const [key, ms] of Object.entries(r.timings)) expect(ms, `${step.name}.${key}`).toBeGreaterThanOrEqual(0);
    }
  });

  test("outputs are measured: site, index, first query, recall, PDFs, publish loop live", () => {
    const outputs = (name: keyof BenchResult["steps"]) => {
      const r = result.steps[name];
      // biome-ignore lint/suspicious/noExplicitAny: reading a JSON report
      return r.status === "ok" ? (r.outputs as Record<string, any>) : {};
    };
    expect(outputs("seed").policiesInCms).toBe(20);
    expect(outputs("site").site.bytes).toBeGreaterThan(0);
    expect(outputs("site").policyPages).toBeGreaterThanOrEqual(20);
    expect(outputs("search-index").searchIndex.files).toBeGreaterThan(0);
    expect(outputs("pagefind-default").pagesIndexed).toBeGreaterThanOrEqual(20);
    expect(outputs("astro-plain").pages).toBe(20);
    expect(outputs("search-browser").firstQueryMaxBytes.site).toBeGreaterThan(0);
    expect(outputs("search-browser").firstQueryMaxBytes.default).toBeGreaterThan(0);
    for (const name of ["pdf-standard", "pdf-plain-standard", "pdf-large", "pdf-plain-large"] as const) {
      expect(outputs(name).pages, name).toBeGreaterThan(0);
      expect(outputs(name).bytes, name).toBeGreaterThan(0);
    }
    // Sizes are not timings: a photo adds at most 1.5 MB to the handbook (JPEG, not lossless).
    expect(outputs("pdf-photos").photos).toBe(20);
    const perPhoto = (outputs("pdf-photos").bytes - outputs("pdf-standard").bytes) / 20;
    expect(perPhoto).toBeGreaterThan(0);
    expect(perPhoto).toBeLessThanOrEqual(1.5 * 1024 ** 2);
    expect(outputs("publish-loop")).toMatchObject({ newRelease: true, siteShowsEdit: true, pdfShowsEdit: true });
    // Public reads off the CMS: the static read API answered every request (1 s per file at 20).
    expect(outputs("static-api")).toMatchObject({ totalPolicies: 20, pages: 1 });
    for (const key of ["list", "detail"]) {
      expect(outputs("static-api")[key].requests, key).toBeGreaterThan(0);
      expect(outputs("static-api")[key].errors, key).toBe(0);
    }
    expect(outputs("publish-request")).toMatchObject({ newRelease: true, siteShowsEdit: true, pdfShowsEdit: true });
    // The one-entry edit is printed in both editions; every other part is reused (at 20 policies a
    // book may be one part: which parts are reprinted is tested in the handbook's part-cache test).
    expect(outputs("pdf-incremental").editShown).toBe(true);
    for (const edition of ["standard", "large"]) {
      const { prints, reused, parts } = outputs("pdf-incremental").incremental[edition];
      expect(prints, edition).toBeGreaterThan(0);
      expect(prints + reused, edition).toBeGreaterThanOrEqual(parts);
    }
    // 20 policies: 1 in 10 waits for review (0, 10), 1 in 40 was returned to the bench user (5).
    expect(outputs("dashboard").totals).toMatchObject({ pending: 2, returned: 1 });
    expect(outputs("preview").web.showsDraft).toBe(true);
    expect(outputs("preview").print.standardPdfBytes).toBeGreaterThan(0);
    expect(outputs("preview").print.pngBytes).toBeGreaterThan(0);
    // Lighthouse at 20 policies audits the home page only (LIGHTHOUSE_SMOKE_SIZE).
    expect(outputs("lighthouse").pages).toHaveLength(1);
    expect(outputs("lighthouse").pages[0]).toMatchObject({ page: "home", accessibility: expect.any(Number) });
    expect(outputs("lighthouse").pages[0].performance).toBeGreaterThan(0);
    expect(outputs("lighthouse").pages[0].bytesBeforeFirstPaint).toBeGreaterThan(0);
    expect(outputs("lighthouse").pages[0].fontFiles).toBeGreaterThan(0);
  });

  test("draft saves: every phase saved with nothing refused or lost, reported beside their targets", () => {
    const r = result.steps.saves;
    // biome-ignore lint/suspicious/noExplicitAny: reading a JSON report
    const saves = (r.status === "ok" ? r.outputs : {}) as Record<string, any>;
    expect(saves.single).toMatchObject({ editors: 1, errors: 0, lost: 0, checked: 1 });
    expect(saves.concurrent.map((p: { editors: number }) => p.editors)).toEqual([2, 3]);
    for (const phase of [saves.single, ...saves.concurrent]) {
      expect(phase.requests).toBeGreaterThan(0);
      expect(phase).toMatchObject({ errors: 0, lost: 0, checked: phase.editors });
    }
    expect(markdown).toContain("## Editors' draft saves");
    expect(markdown).toMatch(
      /\| Draft save p95, 10 editors at once \(SQLite\), 0 lost \| ≤ 500 ms, 0 lost \| not measured \| – \|/,
    );
  });

  test("the Markdown report has the step table, targets with pass/miss and how to reproduce", () => {
    for (const step of BENCH_STEPS) expect(markdown).toContain(`${step.name}: `);
    expect(markdown).toMatch(/\| Target \| Goal \| Measured \| Result \|/);
    expect(markdown).toMatch(/\| (pass|\*\*miss\*\*) \|/);
    expect(markdown).toContain("## How to reproduce");
    expect(markdown).toMatch(
      /\| GET \/api\/v1\/policies\.json \(index, first page\) \| static server \| 1 \| [\d.]+ \|/,
    );
    expect(markdown).toContain("## Handbook: one entry edited, cold print, memory");
    expect(markdown).toMatch(/\| 검토 대기 \(first page\) \| \d+\.\d \| 2 \|/);
    expect(markdown).toMatch(/\| home \(`\/`\) \| \d+ \| \d+ \|/);
    expect(markdown).toMatch(
      /\| Lighthouse mobile performance: home \(before 75–79\) \| ≥ 95 \| \d+ \| (pass|\*\*miss\*\*) \|/,
    );
  });
});

describe("synthetic content", () => {
  test("is deterministic, valid-looking and covers every chapter", () => {
    const a = syntheticPolicies(60);
    expect(syntheticPolicies(60)).toEqual(a);
    expect(new Set(a.map((p) => p.id)).size).toBe(60);
    expect(new Set(a.map((p) => p.title)).size).toBe(60);
    expect(new Set(a.map((p) => p.primaryChapter)).size).toBe(8);
    for (const p of a) {
      expect(p.targetAudience.length, p.id).toBeGreaterThan(10);
      for (const c of p.contacts ?? [])
        expect(c.phone, p.id).toMatch(/^(061-797-\d{4}|1588-\d{4}|129|0\d{1,2}-\d{3,4}-\d{4}|1\d{3,4})$/);
    }
    expect(benchContent(400).synthetic).toHaveLength(400 - benchContent(400).keptSeedIds.length);
  });
});
