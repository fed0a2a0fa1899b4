import type { BenchResult } from "../run-bench.ts";
import { derivedFigures, peakMemory } from "./targets.ts";

const s = (seconds: number | undefined) => (seconds === undefined ? "–" : `${seconds.toFixed(1)} s`);

/**
 * The Markdown section of issue 18's publish figures, each beside its baseline from the same run
 * and its target: the publish loop and the cold pipeline against the plain sum of their phases
 * (the site and the PDFs one after another, as before they ran at the same time), the publish
 * from the request against its wait before the pipeline plus the phases, the site build against
 * the plain Astro build, and the site step's peak RSS. Empty when none of those steps ran.
 */
export function publishSection(r: BenchResult): string[] {
  const d = derivedFigures(r);
  const figures: [string, string, string, string][] = [
    [
      `Publish loop, ${r.size} entries (edit → live site, search and both PDFs)`,
      s(d.publishLoopS),
      `${s(d.publishLoopPhasesSumS)} (its phases one after another)`,
      r.size < 1000 ? "≤ 15 s" : "≤ 60 s",
    ],
    [
      "Publish from the request, the real seed's entries (CMS hook, debounce, rebuild hook, pipeline)",
      s(d.publishRequestS),
      `${s(d.publishRequestBeforePipelineS)} before the pipeline + ${s(d.publishRequestPhasesSumS)} of phases one after another`,
      "≤ 10 s",
    ],
    [
      `Cold pipeline, ${r.size} entries`,
      s(d.wholePipelineS),
      `${s(d.wholePipelinePhasesSumS)} (its phases one after another)`,
      r.size < 1000 ? "≤ 60 s" : "(reported)",
    ],
    [
      "Site build ÷ plain Astro build of the same policies (wall; CPU s of the two steps)",
      d.siteRatioWhole === undefined ? "–" : `${d.siteRatioWhole.toFixed(2)}× (CPU ${d.siteCpuRatio?.toFixed(2)}×)`,
      "1× (astro-plain, same run)",
      "≤ 2×",
    ],
    [
      "Peak memory of the site step (RSS, PSS)",
      r.steps.site?.status === "ok" ? peakMemory(r.steps.site.measure) : "–",
      "–",
      "≤ 2 GB at 5,000",
    ],
  ];
  if (figures.every(([, measured]) => measured === "–")) return [];
  return [
    "## Publishing (issue 18), each beside its baseline from this run",
    "",
    "| Figure | Measured | Baseline | Target |",
    "| --- | ---: | --- | --- |",
    ...figures.map((cells) => `| ${cells.join(" | ")} |`),
    "",
  ];
}
