import type { BenchResult, StepResult } from "../run-bench.ts";
import type { BenchStepName } from "../steps/names.ts";
import { peakMemory, type TargetCheck } from "./targets.ts";

type Ok = Extract<StepResult, { status: "ok" }>;
const ok = (r: BenchResult, name: BenchStepName): Ok | undefined => {
  const step = r.steps[name] as StepResult | undefined;
  return step?.status === "ok" ? step : undefined;
};
const s = (ms: number | undefined) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(1)} s`);

/**
 * Steps printing the handbook whose peak memory (the whole process tree) is held to PEAK_RSS_GB:
 * checked on the summed RSS (the figure), the summed PSS reported beside it.
 */
const PDF_STEPS = ["pdf-standard", "pdf-large", "pdf-incremental"] as const;
const PEAK_RSS_GB = 2;

/**
 * The handbook's figures of issue 18, each with its baseline from the same run and its target:
 * - one entry edited and both editions printed again with the part cache (`pdf-incremental`),
 *   beside the cold print of the same step; target ≤ 12 s at city scale and ≤ 55 s at province
 *   scale (what leaves room in a 15 s / 60 s publish, the site being built alongside);
 * - the re-join of both editions after that edit, beside the cold join;
 * - the cold print of both editions at once, beside the two one-pass Chromium prints
 *   (`pdf-plain-*`) one after the other; target ≤ 55 s at city scale (a 60 s cold pipeline);
 * - the peak RSS of each PDF step's process tree, ≤ 2 GB, its peak PSS beside it.
 */
export function handbookFigures(r: BenchResult) {
  const inc = ok(r, "pdf-incremental")?.timings;
  const plain = [ok(r, "pdf-plain-standard"), ok(r, "pdf-plain-large")].map((step) => step?.timings.totalMs);
  const city = r.size < 1000;
  return {
    incrementalMs: inc?.incrementalMs,
    incrementalLimitMs: city ? 12_000 : 55_000,
    coldMs: inc?.coldMs,
    incrementalJoinMs: inc?.incrementalJoinMs,
    coldJoinMs: inc?.coldJoinMs,
    onePassMs: plain.every((ms) => ms !== undefined) ? (plain as number[]).reduce((a, b) => a + b, 0) : undefined,
    coldLimitMs: city ? 55_000 : undefined,
    peaks: PDF_STEPS.map((name) => ({ name, measure: ok(r, name)?.measure })),
  };
}

/** The handbook's targets, evaluated (reported, never asserted). */
export function handbookTargets(r: BenchResult): TargetCheck[] {
  const f = handbookFigures(r);
  const check = (value: number | undefined, limit: number | undefined) =>
    value === undefined || limit === undefined ? null : value <= limit;
  return [
    {
      target: "Handbook: one entry edited → both PDFs printed and joined again",
      goal: `≤ ${s(f.incrementalLimitMs)}`,
      measured: s(f.incrementalMs),
      pass: check(f.incrementalMs, f.incrementalLimitMs),
    },
    {
      target: "Handbook: cold print of both editions at once",
      goal: f.coldLimitMs === undefined ? "(reported)" : `≤ ${s(f.coldLimitMs)}`,
      measured: s(f.coldMs),
      pass: check(f.coldMs, f.coldLimitMs),
    },
    ...f.peaks.map(({ name, measure }) => ({
      target: `Peak memory: ${name} (process tree)`,
      goal: `RSS ≤ ${PEAK_RSS_GB} GB`,
      measured: peakMemory(measure),
      pass: check(measure?.peakRssBytes, PEAK_RSS_GB * 1024 ** 3),
    })),
  ];
}

/** The handbook's section of the report: each figure beside its baseline from the same run. */
export function handbookSection(r: BenchResult): string[] {
  const f = handbookFigures(r);
  if (f.incrementalMs === undefined && f.peaks.every((p) => p.measure === undefined)) return [];
  const inc = ok(r, "pdf-incremental")?.outputs as
    | { incremental: Record<string, { prints: number; reused: number; parts: number }> }
    | undefined;
  const prints = inc
    ? Object.entries(inc.incremental)
        .map(([edition, e]) => `${edition} ${e.prints} printed, ${e.reused}/${e.parts} reused`)
        .join("; ")
    : "";
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    "## Handbook: one entry edited, cold print, memory",
    "",
    row(["Figure", "Ours", "Baseline (same run)", "Target"]),
    row(["---", "---", "---", "---"]),
    row([
      "One entry edited → both PDFs again (part cache)",
      `${s(f.incrementalMs)} (${prints})`,
      `${s(f.coldMs)} cold`,
      `≤ ${s(f.incrementalLimitMs)}`,
    ]),
    row(["… of which re-joining (slower edition)", s(f.incrementalJoinMs), `${s(f.coldJoinMs)} cold join`, ""]),
    row([
      "Cold print, both editions at once",
      s(f.coldMs),
      `${s(f.onePassMs)} (two one-pass prints, pdf-plain-*)`,
      f.coldLimitMs === undefined ? "(reported)" : `≤ ${s(f.coldLimitMs)}`,
    ]),
    ...f.peaks.map(({ name, measure }) =>
      row([`Peak memory, ${name} (summed RSS; PSS)`, peakMemory(measure), "", `RSS ≤ ${PEAK_RSS_GB} GB`]),
    ),
    "",
  ];
}
