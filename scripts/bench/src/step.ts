/**
 * Child entry of one benchmark step: `tsx src/step.ts <name> <input.json> <output.json>`.
 * Runs the step, writes its report to <output.json>, and exits (non-zero with the error on failure).
 * Started by `runStep` (measure/run-step.ts), which measures the process tree from outside.
 */
import { readFile, writeFile } from "node:fs/promises";
import type { StepReport } from "./measure/run-step.ts";
import type { BenchWorkspace } from "./workspace.ts";

type Step = (ws: BenchWorkspace, log: (line: string) => void) => Promise<StepReport>;

/**
 * Every step by name, in the order the benchmark runs them. Each imports its module when it runs,
 * so that a step's child process loads only what that step uses: importing every step's module
 * (Payload, Astro, Lighthouse…) cost each step ~400 MB of RSS its own work does not need, and the
 * peak memory the bench reports is the step's.
 */
const STEPS: Record<string, Step> = {
  seed: async (ws, log) => (await import("./steps/seed-step.ts")).seedStep(ws, log),
  export: async (ws, log) => (await import("./steps/build-steps.ts")).exportStep(ws, log),
  site: async (ws) => (await import("./steps/build-steps.ts")).siteStep(ws),
  "search-index": async (ws) => (await import("./steps/build-steps.ts")).searchIndexStep(ws),
  "pagefind-default": async (ws) => (await import("./steps/build-steps.ts")).pagefindDefaultStep(ws),
  "astro-plain": async (ws) => (await import("./steps/astro-plain-step.ts")).astroPlainStep(ws),
  "pdf-standard": async (ws, log) => (await import("./steps/pdf-steps.ts")).pdfStep(ws, "standard", log),
  "pdf-plain-standard": async (ws, log) => (await import("./steps/pdf-steps.ts")).pdfPlainStep(ws, "standard", log),
  "pdf-large": async (ws, log) => (await import("./steps/pdf-steps.ts")).pdfStep(ws, "large", log),
  "pdf-plain-large": async (ws, log) => (await import("./steps/pdf-steps.ts")).pdfPlainStep(ws, "large", log),
  "pdf-incremental": async (ws, log) => (await import("./steps/pdf-incremental-step.ts")).pdfIncrementalStep(ws, log),
  "pdf-photos": async (ws, log) => (await import("./steps/pdf-photos-step.ts")).pdfPhotosStep(ws, log),
  "search-browser": async (ws, log) => (await import("./steps/search-browser-step.ts")).searchBrowserStep(ws, log),
  lighthouse: async (ws, log) => (await import("./steps/lighthouse-step.ts")).lighthouseStep(ws, log),
  pipeline: async (ws, log) => (await import("./steps/pipeline-steps.ts")).pipelineStep(ws, log),
  "publish-loop": async (ws, log) => (await import("./steps/pipeline-steps.ts")).publishLoopStep(ws, log),
  "publish-request": async (ws, log) => (await import("./steps/publish-request-step.ts")).publishRequestStep(ws, log),
  rest: async (ws, log) => (await import("./steps/rest-step.ts")).restStep(ws, log),
  "static-api": async (ws, log) => (await import("./steps/static-api-step.ts")).staticApiStep(ws, log),
  dashboard: async (ws, log) => (await import("./steps/dashboard-step.ts")).dashboardStep(ws, log),
  preview: async (ws, log) => (await import("./steps/preview-step.ts")).previewStep(ws, log),
  saves: async (ws, log) => (await import("./steps/saves-step.ts")).savesStep(ws, log),
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
