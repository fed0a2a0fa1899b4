/**
 * Child entry of one benchmark step: `tsx src/step.ts <name> <input.json> <output.json>`.
 * Runs the step, writes its report to <output.json>, and exits (non-zero with the error on failure).
 * Started by `runStep` (measure/run-step.ts), which measures the process tree from outside.
 */
import { readFile, writeFile } from "node:fs/promises";
import type { StepReport } from "./measure/run-step.ts";
import { astroPlainStep } from "./steps/astro-plain-step.ts";
import { exportStep, pagefindDefaultStep, searchIndexStep, siteStep } from "./steps/build-steps.ts";
import { dashboardStep } from "./steps/dashboard-step.ts";
import { lighthouseStep } from "./steps/lighthouse-step.ts";
import { pdfIncrementalStep } from "./steps/pdf-incremental-step.ts";
import { pdfPhotosStep } from "./steps/pdf-photos-step.ts";
import { pdfPlainStep, pdfStep } from "./steps/pdf-steps.ts";
import { pipelineStep, publishLoopStep } from "./steps/pipeline-steps.ts";
import { previewStep } from "./steps/preview-step.ts";
import { publishRequestStep } from "./steps/publish-request-step.ts";
import { restStep } from "./steps/rest-step.ts";
import { savesStep } from "./steps/saves-step.ts";
import { searchBrowserStep } from "./steps/search-browser-step.ts";
import { seedStep } from "./steps/seed-step.ts";
import { staticApiStep } from "./steps/static-api-step.ts";
import type { BenchWorkspace } from "./workspace.ts";

type Step = (ws: BenchWorkspace, log: (line: string) => void) => Promise<StepReport>;

/** Every step by name, in the order the benchmark runs them. */
const STEPS: Record<string, Step> = {
  seed: seedStep,
  export: exportStep,
  site: siteStep,
  "search-index": searchIndexStep,
  "pagefind-default": pagefindDefaultStep,
  "astro-plain": astroPlainStep,
  "pdf-standard": (ws, log) => pdfStep(ws, "standard", log),
  "pdf-plain-standard": (ws, log) => pdfPlainStep(ws, "standard", log),
  "pdf-large": (ws, log) => pdfStep(ws, "large", log),
  "pdf-plain-large": (ws, log) => pdfPlainStep(ws, "large", log),
  "pdf-incremental": pdfIncrementalStep,
  "pdf-photos": pdfPhotosStep,
  "search-browser": searchBrowserStep,
  lighthouse: lighthouseStep,
  pipeline: pipelineStep,
  "publish-loop": publishLoopStep,
  "publish-request": publishRequestStep,
  rest: restStep,
  "static-api": staticApiStep,
  dashboard: dashboardStep,
  preview: previewStep,
  saves: savesStep,
};

const [name, inputFile, outputFile] = process.argv.slice(2);
const step = name ? STEPS[name] : undefined;
if (!step || !inputFile || !outputFile) {
  console.error(`usage: step.ts <${Object.keys(STEPS).join("|")}> <input.json> <output.json>`);
  process.exit(2);
}
try {
  const ws = JSON.parse(await readFile(inputFile, "utf8")) as BenchWorkspace;
  const report = await step(ws, (line) => console.log(line));
  await writeFile(outputFile, JSON.stringify(report));
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
}
