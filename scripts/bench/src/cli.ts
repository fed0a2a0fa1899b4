/**
 * `pnpm bench [size] [--out <dir>] [--rest-seconds <s>] [--clients <n>] [--saves-seconds <s>] [--saves-editors <n,n>]
 * [--keep] [--max-rss-gb <n>] [--step-timeout-min <n>] [--report-only] [--only <step,step>]` — measures the
 * whole publishing pipeline on `size` policies (default 400; 5000 for province scale): seed,
 * export, site build, search index, both PDFs, the publish loop and CMS REST latency, each beside
 * its baseline. Writes `bench-<size>.json` and `bench-<size>.md` into `--out` (default
 * scripts/bench/results). For 5000 the 400 results in the same folder are used for growth ratios.
 * `--report-only` rewrites the Markdown from an existing JSON without running anything. `--only`
 * runs the named steps (and the steps they need); the JSON and Markdown are rewritten after every
 * step, so a run stopped part-way keeps the figures it has.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { stopRunningSteps } from "./measure/run-step.ts";
import { benchMarkdown } from "./report/markdown.ts";
import { type BenchResult, runBench } from "./run-bench.ts";
import { BENCH_STEPS, type BenchStepName } from "./steps/names.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: resolve(import.meta.dirname, "../results") },
    "rest-seconds": { type: "string", default: "10" },
    clients: { type: "string", default: "20" },
    "saves-seconds": { type: "string", default: "20" },
    "saves-editors": { type: "string", default: "10,50" },
    keep: { type: "boolean", default: false },
    "max-rss-gb": { type: "string", default: "10" },
    "step-timeout-min": { type: "string", default: "90" },
    "report-only": { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const size = Number(positionals[0] ?? 400);
const restSeconds = Number(values["rest-seconds"]);
const restClients = Number(values.clients);
const savesSeconds = Number(values["saves-seconds"]);
const savesEditors = (values["saves-editors"] as string).split(",").map(Number);
if (
  !Number.isInteger(size) ||
  size < 1 ||
  !Number.isFinite(restSeconds) ||
  !Number.isInteger(restClients) ||
  restClients < 1 ||
  !(savesSeconds > 0) ||
  !savesEditors.every((n) => Number.isInteger(n) && n >= 1)
) {
  console.error(
    "사용법: pnpm bench [정책 수, 기본 400] [--out <폴더>] [--rest-seconds <초, 0이면 생략>] [--clients <동시 접속 수>] [--saves-seconds <초>] [--saves-editors <편집자 수,편집자 수>] [--keep]",
  );
  process.exit(2);
}
const stepNames = BENCH_STEPS.map((step) => step.name) as string[];
const only = values.only?.split(",").map((name) => name.trim());
const unknownStep = only?.find((name) => !stepNames.includes(name));
if (unknownStep) {
  console.error(`알 수 없는 단계: ${unknownStep}. 가능한 단계: ${stepNames.join(", ")}`);
  process.exit(2);
}
const outDir = resolve(values.out as string);
const referenceFile = join(outDir, "bench-400.json");
const reference =
  size >= 1000 && existsSync(referenceFile)
    ? (JSON.parse(await readFile(referenceFile, "utf8")) as BenchResult)
    : undefined;

if (values["report-only"]) {
  // Rewrites bench-<size>.md from an existing bench-<size>.json (after changing the report).
  const result = JSON.parse(await readFile(join(outDir, `bench-${size}.json`), "utf8")) as BenchResult;
  await writeFile(join(outDir, `bench-${size}.md`), benchMarkdown(result, reference));
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopRunningSteps();
    process.exit(130);
  });
}

const started = performance.now();
console.log(`벤치마크: 정책 ${size}건 (REST 부하 ${restSeconds}초 × ${restClients}명)`);
await mkdir(outDir, { recursive: true });
const jsonFile = join(outDir, `bench-${size}.json`);
const mdFile = join(outDir, `bench-${size}.md`);
/** Writes the JSON and the Markdown (after every step too, so that a stopped run keeps its figures). */
const writeResult = async (result: BenchResult) => {
  await writeFile(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(mdFile, benchMarkdown(result, reference));
};
const result = await runBench({
  size,
  restSeconds,
  restClients,
  saves: { seconds: savesSeconds, editors: savesEditors },
  keep: values.keep,
  maxRssBytes: Number(values["max-rss-gb"]) * 1024 ** 3,
  stepTimeoutMs: Number(values["step-timeout-min"]) * 60_000,
  only: only as BenchStepName[] | undefined,
  log: (line) => console.log(line),
  onProgress: writeResult,
});
await writeResult(result);
const failed = Object.entries(result.steps).filter(([, step]) => step.status === "failed");
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)}초 걸림. 결과: ${jsonFile}, ${mdFile}`);
if (failed.length) {
  console.log(`실패한 단계: ${failed.map(([name]) => name).join(", ")} — 위의 "다음에 할 일"을 보세요.`);
  process.exitCode = 1;
}
