/**
 * One real pipeline run in a child process, for the kill test (pipeline-kill.test.ts):
 * `runPipeline` with the real snapshot writer, Astro + Pagefind site build, both handbook PDFs
 * (part cache on), link check, precompression and switch. Only the content source differs from
 * `pnpm start`: the snapshot comes from `<work>/input/snapshot.json` (+ `media/`) instead of the
 * CMS, so no database has to start in each child.
 *
 * Usage: node --import tsx pipeline-child.ts <work folder>
 * Prints the pipeline's progress lines ("[n/5] …", "인쇄한 부분을 합칩니다"); exits 0 on success.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { renderHandbooks } from "@lifewelfare/handbook";
import { buildSite } from "@lifewelfare/site";
import { writeSnapshot } from "../../src/export/write-snapshot.ts";
import { runPipeline } from "../../src/pipeline/run-pipeline.ts";

const work = process.argv[2];
if (!work) throw new Error("usage: pipeline-child.ts <work folder>");
const input = join(work, "input");
const snapshotDir = join(work, "snapshot");
const log = (line: string) => console.log(line);

await runPipeline(
  {
    exportSnapshot: async () => {
      const snapshot = JSON.parse(await readFile(join(input, "snapshot.json"), "utf8"));
      const media = await readdir(join(input, "media"));
      const files = media.map((name) => ({ path: `media/${name}`, source: join(input, "media", name) }));
      return writeSnapshot({ dir: snapshotDir, snapshot, files, siteUrl: (id) => `https://guide.example.kr/p/${id}/` });
    },
    buildSite: async ({ outDir }) => {
      await buildSite({ snapshotDir, outDir, base: "/", origin: "https://guide.example.kr" });
    },
    renderPdfs: async ({ outDir }) => {
      await renderHandbooks({
        snapshotDir,
        outDir: join(outDir, "downloads"),
        basePath: "/",
        cacheDir: join(work, "handbook-cache"),
        maxPartEntries: 4,
        workers: 1,
        log: (line) => log(`    ${line}`),
      });
    },
    sourceHash: async () => "kill-test".padEnd(64, "0"),
  },
  {
    releasesDir: join(work, "releases"),
    currentLink: join(work, "current"),
    statusFile: join(work, "pipeline-status.json"),
    base: "/",
    reasons: ["kill test"],
    log,
  },
);
