import type { BenchResult, StepResult } from "../run-bench.ts";
import { BENCH_STEPS, type BenchStepName } from "../steps/names.ts";
import { handbookTargets } from "./handbook-section.ts";

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
  return {
    wholePipelineS: divide(timing(r, "pipeline", "pipelineMs"), 1000),
    publishLoopS: divide(timing(r, "publish-loop", "loopMs"), 1000),
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
    add("Whole pipeline (runPipeline, cold)", "≤ 30 s on 2 cores", d.wholePipelineS, 30, "s");
    add("Publish loop (edit → live site + PDF)", "≤ 15 s", d.publishLoopS, 15, "s");
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
      const rss = ok(r, step.name)?.measure.peakRssBytes;
      add(`Peak RSS: ${step.name}`, "≤ 1.5 GB", divide(rss, 1024 ** 3), 1.5, "GB", 2);
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
    checks.push({ target: "Publish loop", goal: "(reported)", measured: fmt(d.publishLoopS, "s"), pass: null });
  }
  add("Handbook with TOC/index numbers ÷ one-pass print (standard)", "≤ 1.5×", d.handbookRatioStandard, 1.5, "×", 2);
  add("Handbook with TOC/index numbers ÷ one-pass print (large)", "≤ 1.5×", d.handbookRatioLarge, 1.5, "×", 2);
  add("Handbook size per photo (20 photos, standard)", "≤ 1.5 MB", d.handbookMBPerPhoto, 1.5, "MB", 2);
  checks.push(...handbookTargets(r));
  add("Site build (pages, index timed apart) ÷ plain Astro build", "≤ 1.2×", d.siteRatioPagesOnly, 1.2, "×", 2);
  checks.push({
    target: "Site build incl. search index ÷ plain Astro build",
    goal: "(reported)",
    measured: fmt(d.siteRatioWhole, "×", 2),
    pass: null,
  });
  add("미리 보기: web page ready after the click (cold)", "≤ 2 s", d.previewWebS, 2, "s", 2);
  add("미리 보기: handbook entry PDF after the click (slowest)", "≤ 8 s", d.previewPrintS, 8, "s", 2);
  add("CMS REST p95, list (GET /api/policies?limit=10)", "≤ 50 ms", d.restListP95, 50, "ms");
  add("CMS REST p95, detail (GET /api/policies/<id>)", "≤ 50 ms", d.restDetailP95, 50, "ms");
  add("CMS work dashboard (업무 현황), every list at once", "≤ 1000 ms", d.dashboardWholeMs, 1000, "ms");
  return checks;
}

function ratio(a: number | undefined, b: number | undefined) {
  return a !== undefined && b ? a / b : undefined;
}
