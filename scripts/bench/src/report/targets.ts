import type { BenchResult, StepResult } from "../run-bench.ts";
import { BENCH_STEPS, type BenchStepName } from "../steps/names.ts";
import { handbookTargets } from "./handbook-section.ts";
import { lighthouseTargets } from "./lighthouse-section.ts";
import { savesOutputs } from "./saves-section.ts";

/** One reported target: what it asks, the figure measured, and whether it was met (null: not measured). */
export type TargetCheck = { target: string; goal: string; measured: string; pass: boolean | null };

type Ok = Extract<StepResult, { status: "ok" }>;
const ok = (r: BenchResult, name: BenchStepName): Ok | undefined => {
  const step = r.steps[name];
  return step?.status === "ok" ? step : undefined;
};
const timing = (r: BenchResult, name: BenchStepName, key: string) => ok(r, name)?.timings[key];
const output = <T>(r: BenchResult, name: BenchStepName, pick: (o: Record<string, unknown>) => T) => {
  const step = ok(r, name);
  return step ? pick(step.outputs) : undefined;
};

/** The figures the targets are about, derived from one run. */
export function derivedFigures(r: BenchResult) {
  const siteMs = timing(r, "site", "buildSiteMs");
  const indexMs = timing(r, "search-index", "indexMs");
  const plainAstroMs = timing(r, "astro-plain", "buildMs");
  const handbook = (edition: "standard" | "large") => {
    const full = timing(r, `pdf-${edition}`, "renderHandbooksMs");
    const plain = timing(r, `pdf-plain-${edition}`, "totalMs");
    return full !== undefined && plain ? full / plain : undefined;
  };
  const photos = output(r, "pdf-photos", (o) => o as { photos: number; bytes: number });
  const withoutPhotos = output(r, "pdf-standard", (o) => o.bytes as number);
  const rest = output(r, "rest", (o) => o as { list: { p95: number }; detail: { p95: number } });
  const staticApi = output(r, "static-api", (o) => o as { list: { p95: number }; detail: { p95: number } });
  return {
    wholePipelineS: divide(timing(r, "pipeline", "pipelineMs"), 1000),
    publishLoopS: divide(timing(r, "publish-loop", "loopMs"), 1000),
    /** The publish loop's phases one after another (their plain sum): the baseline of the parallel run. */
    publishLoopPhasesSumS: divide(timing(r, "publish-loop", "phasesSumMs"), 1000),
    wholePipelinePhasesSumS: divide(timing(r, "pipeline", "phasesSumMs"), 1000),
    /** Publish from the request to live, the real seed's entries only (`publish-request`). */
    publishRequestS: divide(timing(r, "publish-request", "requestToLiveMs"), 1000),
    publishRequestBeforePipelineS: divide(timing(r, "publish-request", "beforePipelineMs"), 1000),
    publishRequestPhasesSumS: divide(timing(r, "publish-request", "phasesSumMs"), 1000),
    siteRssGB: divide(ok(r, "site")?.measure.peakRssBytes, 1024 ** 3),
    /** The same ratio in CPU seconds of the two steps: less skewed by other work on a shared machine. */
    siteCpuRatio: divide(ok(r, "site")?.measure.cpuS, ok(r, "astro-plain")?.measure.cpuS ?? Number.NaN),
    firstQueryKB: divide(
      output(r, "search-browser", (o) => (o.firstQueryMaxBytes as { site: number }).site),
      1024,
    ),
    firstQueryDefaultKB: divide(
      output(r, "search-browser", (o) => (o.firstQueryMaxBytes as { default: number }).default),
      1024,
    ),
    handbookRatioStandard: handbook("standard"),
    handbookRatioLarge: handbook("large"),
    /** Site build without its search index (timed apart) over the plain Astro build. */
    siteRatioPagesOnly:
      siteMs !== undefined && indexMs !== undefined && plainAstroMs ? (siteMs - indexMs) / plainAstroMs : undefined,
    siteRatioWhole: siteMs !== undefined && plainAstroMs ? siteMs / plainAstroMs : undefined,
    /** Growth of the standard handbook per photo added (MB; bench pdf-photos-step.ts). */
    handbookMBPerPhoto:
      photos?.photos && withoutPhotos !== undefined
        ? (photos.bytes - withoutPhotos) / photos.photos / 1024 ** 2
        : undefined,
    searchRecallAt10: output(
      r,
      "search-browser",
      (o) => (o.recall as { site: { recallAt10: number } }).site.recallAt10,
    ),
    searchMrr: output(r, "search-browser", (o) => (o.recall as { site: { mrr?: number } }).site.mrr),
    exactTitleFirst: output(r, "search-browser", (o) => (o.exactTitle as { rate: number } | undefined)?.rate),
    restListP95: rest?.list.p95,
    restDetailP95: rest?.detail.p95,
    /** Public reads off the CMS: the static read API's index page and a detail file (p95 ms). */
    staticListP95: staticApi?.list.p95,
    staticDetailP95: staticApi?.detail.p95,
    /** 업무 현황: every list's first page queried at once, as the admin home renders it (median ms). */
    dashboardWholeMs: timing(r, "dashboard", "wholeMs"),
    previewWebS: divide(timing(r, "preview", "webClickMs"), 1000),
    previewPrintS: divide(timing(r, "preview", "printClickMs"), 1000),
  };
}

function divide(value: number | undefined, by: number) {
  return value === undefined ? undefined : value / by;
}

const fmt = (value: number | undefined, unit: string, digits = 1) =>
  value === undefined ? "not measured" : `${value.toFixed(digits)}${unit === "×" ? "" : " "}${unit}`;
const check = (value: number | undefined, limit: number) => (value === undefined ? null : value <= limit);

/**
 * A step's peak memory as reported beside a target: the summed RSS of its process tree (what the
 * target is checked against, an upper bound: shared pages count once per process) and, in
 * brackets, the summed PSS (shared pages divided between their processes: the tree's real share).
 */
export function peakMemory(measure: { peakRssBytes: number; peakPssBytes?: number } | undefined): string {
  if (!measure) return "not measured";
  const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  return `RSS ${gb(measure.peakRssBytes)} (PSS ${measure.peakPssBytes === undefined ? "–" : gb(measure.peakPssBytes)})`;
}

/**
 * The targets of the brief, evaluated (reported, never asserted). City scale (< 1,000 policies):
 * pipeline, publish loop, first search. Province scale (≥ 1,000): growth against `reference` (the
 * 400 run), peak RSS, first search. Both: handbook and site-build ratios, CMS REST p95, the work dashboard.
 */
export function evaluateTargets(r: BenchResult, reference?: BenchResult): TargetCheck[] {
  const d = derivedFigures(r);
  const checks: TargetCheck[] = [];
  const add = (target: string, goal: string, value: number | undefined, limit: number, unit: string, digits = 1) =>
    checks.push({ target, goal, measured: fmt(value, unit, digits), pass: check(value, limit) });
  if (r.size < 1000) {
    add("Whole pipeline (runPipeline, cold)", "≤ 60 s on 2 cores (issue 18)", d.wholePipelineS, 60, "s");
    add("Publish loop (edit → live site + PDF)", "≤ 15 s", d.publishLoopS, 15, "s");
    add("Publish from the request, seeded entries only", "≤ 10 s (issue 18)", d.publishRequestS, 10, "s");
    add("First search query download", "≤ 100 KB", d.firstQueryKB, 100, "KB");
    const atLeast = (target: string, goal: string, value: number | undefined, floor: number) =>
      checks.push({
        target,
        goal,
        measured: fmt(value, "", 3).trim(),
        pass: value === undefined ? null : value >= floor,
      });
    atLeast("Search recall@10 (evaluation set)", "≥ 0.95", d.searchRecallAt10, 0.95);
    atLeast("Search MRR (evaluation set)", "≥ 0.8", d.searchMrr, 0.8);
    atLeast("Exact titles listed first", "≥ 0.98", d.exactTitleFirst, 0.98);
  } else {
    add("First search query download", "≤ 300 KB", d.firstQueryKB, 300, "KB");
    for (const step of BENCH_STEPS) {
      const measure = ok(r, step.name)?.measure;
      checks.push({
        target: `Peak memory: ${step.name}`,
        goal: "RSS ≤ 1.5 GB",
        measured: peakMemory(measure),
        pass: check(divide(measure?.peakRssBytes, 1024 ** 3), 1.5),
      });
    }
    if (reference) {
      for (const step of BENCH_STEPS) {
        const now = ok(r, step.name)?.measure.wallMs;
        const before = ok(reference, step.name)?.measure.wallMs;
        add(
          `Growth ${reference.size} → ${r.size}: ${step.name}`,
          "≤ 12.5× its 400 time",
          now !== undefined && before ? now / before : undefined,
          12.5,
          "×",
        );
      }
      add(
        "Growth: whole pipeline",
        "≤ 12.5×",
        ratio(d.wholePipelineS, derivedFigures(reference).wholePipelineS),
        12.5,
        "×",
      );
      add("Growth: publish loop", "≤ 12.5×", ratio(d.publishLoopS, derivedFigures(reference).publishLoopS), 12.5, "×");
    } else {
      checks.push({
        target: "Growth against the 400 run",
        goal: "≤ 12.5×",
        measured: "no bench-400.json to compare",
        pass: null,
      });
    }
    checks.push({
      target: "Whole pipeline (runPipeline, cold)",
      goal: "(reported)",
      measured: fmt(d.wholePipelineS, "s"),
      pass: null,
    });
    add("Publish loop (edit → live site + PDF)", "≤ 60 s (issue 18)", d.publishLoopS, 60, "s");
    checks.push({
      target: "Peak memory of the site build",
      goal: "RSS ≤ 2 GB (issue 18)",
      measured: peakMemory(ok(r, "site")?.measure),
      pass: check(d.siteRssGB, 2),
    });
  }
  add("Handbook with TOC/index numbers ÷ one-pass print (standard)", "≤ 1.5×", d.handbookRatioStandard, 1.5, "×", 2);
  add("Handbook with TOC/index numbers ÷ one-pass print (large)", "≤ 1.5×", d.handbookRatioLarge, 1.5, "×", 2);
  add("Handbook size per photo (20 photos, standard)", "≤ 1.5 MB", d.handbookMBPerPhoto, 1.5, "MB", 2);
  checks.push(...handbookTargets(r));
  add("Site build (pages, index timed apart) ÷ plain Astro build", "≤ 1.2×", d.siteRatioPagesOnly, 1.2, "×", 2);
  add("Site build incl. search index ÷ plain Astro build", "≤ 2× (issue 18)", d.siteRatioWhole, 2, "×", 2);
  add("미리 보기: web page ready after the click (cold)", "≤ 2 s", d.previewWebS, 2, "s", 2);
  add("미리 보기: handbook entry PDF after the click (slowest)", "≤ 8 s", d.previewPrintS, 8, "s", 2);
  add("CMS REST p95, list (GET /api/policies?limit=10)", "≤ 50 ms", d.restListP95, 50, "ms");
  add("CMS REST p95, detail (GET /api/policies/<id>)", "≤ 50 ms", d.restDetailP95, 50, "ms");
  add("Public read p95, static index (GET /api/v1/policies.json)", "≤ 50 ms", d.staticListP95, 50, "ms");
  add("Public read p95, static detail (GET /api/v1/policies/<id>.json)", "≤ 50 ms", d.staticDetailP95, 50, "ms");
  checks.push({
    target: "Public read p95: static index ÷ CMS anonymous REST list",
    goal: "(reported)",
    measured: fmt(ratio(d.staticListP95, d.restListP95), "×", 3),
    pass: null,
  });
  add("CMS work dashboard (업무 현황), every list at once", "≤ 1000 ms", d.dashboardWholeMs, 1000, "ms");
  checks.push(...savesTargets(r));
  checks.push(...lighthouseTargets(r));
  return checks;
}

/** Issue 18: draft save p95 ≤ 0.5 s with 10 editors, ≤ 2 s with 50, no lost write (baseline: one editor). */
const SAVES_P95_MS: Record<number, number> = { 10: 500, 50: 2000 };

/** The draft-save targets, one per concurrent phase the saves step ran with a target (10, 50 editors). */
function savesTargets(r: BenchResult): TargetCheck[] {
  const saves = savesOutputs(r);
  return Object.entries(SAVES_P95_MS).map(([editors, limit]) => {
    const target = `Draft save p95, ${editors} editors at once (SQLite), 0 lost`;
    const goal = `≤ ${limit} ms, 0 lost`;
    const phase = saves?.concurrent.find((p) => p.editors === Number(editors));
    if (!phase) return { target, goal, measured: "not measured", pass: null };
    const measured = `${phase.p95} ms (p50 ${phase.p50}; baseline 1 editor p95 ${saves?.single.p95} ms), ${phase.lost} lost of ${phase.checked}, ${phase.errors} errors`;
    return { target, goal, measured, pass: phase.p95 <= limit && phase.lost === 0 && phase.errors === 0 };
  });
}

function ratio(a: number | undefined, b: number | undefined) {
  return a !== undefined && b ? a / b : undefined;
}
