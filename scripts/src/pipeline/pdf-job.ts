/**
 * The handbook PDFs as a child process of the pipeline (`runChildJob` in jobs.ts), so that they
 * run beside the site build on the other core and can be stopped when the site build fails.
 * Input: `RenderHandbooksOptions` without `log`.
 */
import { type RenderHandbooksOptions, renderHandbooks } from "@lifewelfare/handbook";
import { serveChildJob } from "./child-job.ts";

serveChildJob<Omit<RenderHandbooksOptions, "log">>(async (input, log) => {
  await renderHandbooks({ ...input, log });
});
