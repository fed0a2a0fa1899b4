import type { BenchResult } from "../run-bench.ts";
import type { SavePhase } from "../steps/saves-load.ts";

/** The saves step's outputs: the one-editor baseline and the concurrent phases (10 and 50 editors). */
export type SavesOutputs = {
  server: string;
  request: string;
  seconds: number;
  single: SavePhase;
  concurrent: SavePhase[];
};

/** The saves step's outputs, or undefined when it did not run. */
export function savesOutputs(r: BenchResult): SavesOutputs | undefined {
  const step = r.steps.saves;
  return step?.status === "ok" ? (step.outputs as SavesOutputs) : undefined;
}

/**
 * The Markdown section of the `saves` step: per phase (one editor alone, the baseline; then each
 * concurrent count), latency of acknowledged saves, saves per second, errors and lost writes.
 */
export function savesSection(r: BenchResult): string[] {
  const saves = savesOutputs(r);
  if (!saves) return [];
  const lines = [
    `## Editors' draft saves (${saves.server}; ${saves.seconds} s per phase, each editor on a policy of their own)`,
    "",
    `Request: \`${saves.request}\`. Lost: the latest draft read afterwards is not the last value the server acknowledged.`,
    "",
    "| Editors saving at once | saves | p50 ms | p95 ms | max ms | saves/s | server CPU ms per save | errors | lost / checked | × baseline p95 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const base = saves.single.p95;
  for (const [label, p] of [
    ["1 (baseline)", saves.single] as const,
    ...saves.concurrent.map((p) => [String(p.editors), p] as const),
  ])
    lines.push(
      `| ${label} | ${p.requests} | ${p.p50} | ${p.p95} | ${p.max} | ${p.rps} | ${p.cpuMsPerSave ?? "–"} | ${p.errors} | ${p.lost} / ${p.checked} | ${base ? `${(p.p95 / base).toFixed(1)}×` : "–"} |`,
    );
  const samples = [saves.single, ...saves.concurrent].flatMap((p) => p.errorSamples);
  if (samples.length)
    lines.push(
      "",
      `First errors: ${samples
        .slice(0, 3)
        .map((m) => `\`${m.replaceAll("|", "/")}\``)
        .join("; ")}`,
    );
  lines.push("");
  return lines;
}
