import type { BenchResult } from "../run-bench.ts";

/** The dashboard step's lists in report order, with the Korean heading staff see. */
const LISTS = [
  ["pending", "검토 대기 (first page)"],
  ["pendingLastPage", "검토 대기 (last page)"],
  ["returned", "반려됨"],
  ["verify", "확인 중 (by department)"],
  ["overdue", "검토 기한 지남"],
  ["upcoming", "곧 바뀜"],
  ["missing", "빠진 정보"],
  ["counts", "정책 수 (per 생애주기 and 부서)"],
  ["deploy", "배포 상태"],
  ["whole", "Whole dashboard (every list at once)"],
] as const;

/**
 * The Markdown section of the `dashboard` step: per list, the median query time (ms) and the
 * rows it counts; empty when the step did not run.
 */
export function dashboardSection(r: BenchResult): string[] {
  const step = r.steps.dashboard;
  if (step?.status !== "ok") return [];
  const outputs = step.outputs as { policies: number; runs: number; totals: Record<string, number> };
  const lines = [
    `## CMS work dashboard (업무 현황; Local API as a 검토자, 반려됨 as the 편집자, ${outputs.policies} policies, median of ${outputs.runs} runs)`,
    "",
    "| List | ms | rows in the list |",
    "| --- | ---: | ---: |",
  ];
  for (const [key, label] of LISTS) {
    const ms = step.timings[`${key}Ms`];
    lines.push(`| ${label} | ${ms === undefined ? "–" : ms.toFixed(1)} | ${outputs.totals[key] ?? ""} |`);
  }
  lines.push("");
  return lines;
}
