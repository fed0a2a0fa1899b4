import type { BenchResult } from "../run-bench.ts";
import type { LighthousePage } from "../steps/lighthouse-step.ts";
import type { TargetCheck } from "./targets.ts";

/** Issue 18's figures before the change (Lighthouse 12 mobile, the same four pages, `npm start`). */
const BEFORE = {
  performance: "75–79",
  lcp: "≈ 4 s",
  fcp: "≈ 3.9 s",
  accessibility: "100",
  bytesBeforeFirstPaint: "550–680 KB (2 × 265 KB fonts)",
};
/** Issue 18's targets. */
const PERFORMANCE_FLOOR = 95;
const BYTES_BEFORE_FIRST_PAINT_KB = 150;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function pages(r: BenchResult): LighthousePage[] | undefined {
  const step = r.steps.lighthouse;
  return step?.status === "ok" ? (step.outputs.pages as LighthousePage[]) : undefined;
}

/**
 * The Markdown section of the `lighthouse` step: per page the scores, FCP, LCP, TBT, CLS and bytes
 * (before first paint, fonts, total), beside issue 18's before-figures; empty when it did not run.
 */
export function lighthouseSection(r: BenchResult): string[] {
  const list = pages(r);
  if (!list) return [];
  const step = r.steps.lighthouse;
  const version = step?.status === "ok" ? String(step.outputs.lighthouseVersion) : "";
  const lines = [
    `## Residents' first paint (Lighthouse ${version}, mobile preset, median of cold runs per page, \`npm start\`'s static server)`,
    "",
    "Bytes before first paint: transfer bytes of the requests a page started before its first contentful paint (observed on loopback): document, stylesheets, scripts, preloads, and any font the first layout asked for.",
    "",
    "| Page | Performance | Accessibility | FCP | LCP | TBT | CLS | Before first paint | Fonts | Total |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| Before (issue 18, four pages) | ${BEFORE.performance} | ${BEFORE.accessibility} | ${BEFORE.fcp} | ${BEFORE.lcp} | | | ${BEFORE.bytesBeforeFirstPaint} | 530 KB | 550–680 KB |`,
  ];
  for (const p of list) {
    lines.push(
      `| ${p.page} (\`${decodeURI(p.path)}\`) | ${p.performance}${p.runs && p.runs.length > 1 ? ` (runs ${p.runs.join(", ")})` : ""} | ${p.accessibility} | ${seconds(p.fcpMs)} | ${seconds(p.lcpMs)} | ${p.tbtMs.toFixed(0)} ms | ${p.cls.toFixed(3)} | ${kb(p.bytesBeforeFirstPaint)} | ${kb(p.fontBytes)} in ${p.fontFiles} | ${kb(p.totalBytes)} in ${p.requests} |`,
    );
  }
  lines.push("");
  return lines;
}

/** Issue 18's first-paint targets, per audited page: performance ≥ 95, ≤ 150 KB before first paint. */
export function lighthouseTargets(r: BenchResult): TargetCheck[] {
  const list = pages(r);
  if (!list)
    return [
      {
        target: "Lighthouse mobile performance (home, policy, finder, search)",
        goal: `≥ ${PERFORMANCE_FLOOR}`,
        measured: "not measured",
        pass: null,
      },
    ];
  return list.flatMap((p) => [
    {
      target: `Lighthouse mobile performance: ${p.page} (before ${BEFORE.performance})`,
      goal: `≥ ${PERFORMANCE_FLOOR}`,
      measured: String(p.performance),
      pass: p.performance >= PERFORMANCE_FLOOR,
    },
    {
      target: `Bytes before first paint: ${p.page} (before ${BEFORE.bytesBeforeFirstPaint})`,
      goal: `≤ ${BYTES_BEFORE_FIRST_PAINT_KB} KB`,
      measured: kb(p.bytesBeforeFirstPaint),
      pass: p.bytesBeforeFirstPaint <= BYTES_BEFORE_FIRST_PAINT_KB * 1024,
    },
  ]);
}
