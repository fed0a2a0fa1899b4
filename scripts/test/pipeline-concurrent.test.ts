import { mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { writeHandbookFixture } from "@lifewelfare/handbook/testing";
import { buildSite } from "@lifewelfare/site";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isPidAlive } from "../src/lib/leftovers.ts";
import { renderHandbooksInChild } from "../src/pipeline/jobs.ts";
import { type PipelineJobs, PipelineStepError, runPipeline } from "../src/pipeline/run-pipeline.ts";
import { readPipelineStatus } from "../src/pipeline/status.ts";

// The site build and the PDFs run at the same time (runPipeline's buildOutputs): when one fails,
// the other is stopped for real (the Astro child, the PDF child and its Chromium) and leaves no
// temporary folder behind, and the last good release stays live.

let work: string;
let input: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "pipeline-concurrent-test-"));
  input = join(work, "input");
  await writeHandbookFixture(input);
});
afterAll(async () => rm(work, { recursive: true, force: true }));

const options = (name: string) => ({
  releasesDir: join(work, name, "releases"),
  currentLink: join(work, name, "current"),
  statusFile: join(work, name, "status.json"),
  base: "/",
  reasons: ["test"],
  log: () => undefined,
});

/** Jobs whose first run publishes a one-page release saying 좋은 판 (content id from `sha`). */
function goodJobs(sha: string): PipelineJobs {
  return {
    exportSnapshot: async () => ({ sha256: sha.padEnd(64, "0") }),
    buildSite: async ({ outDir }) => {
      await writeFile(join(outDir, "index.html"), '<!doctype html><html lang="ko"><a href="/">좋은 판</a></html>');
    },
    renderPdfs: async ({ outDir }) => {
      await mkdir(join(outDir, "downloads"), { recursive: true });
      await writeFile(join(outDir, "downloads", "guidebook.pdf"), "%PDF");
    },
    sourceHash: async () => "c".repeat(64),
  };
}

/**
 * Pids of the live processes whose command line contains `text` (from /proc); with `childrenOnly`,
 * only this process's children (other work on the machine may run its own Astro builds).
 */
async function processesWith(text: string, childrenOnly = false): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
    if (!cmdline.includes(text)) continue;
    if (!childrenOnly || (await parentOf(Number(entry))) === process.pid) pids.push(Number(entry));
  }
  return pids;
}

/** The parent pid of `pid` (from /proc), or undefined when it is gone. */
async function parentOf(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  return stat === undefined ? undefined : Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/** Polls `find` every 100 ms until it returns a value (the jobs under test start real processes). */
async function waitFor<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    await sleep(100);
  }
}

async function expectCleanFailure(name: string, step: "site" | "pdf", error: unknown, live: string) {
  expect(error).toBeInstanceOf(PipelineStepError);
  expect((error as PipelineStepError).step).toBe(step);
  expect(await readlink(join(work, name, "current"))).toBe(live);
  expect(await readFile(join(work, name, "current", "index.html"), "utf8")).toContain("좋은 판");
  expect((await readdir(join(work, name, "releases"))).filter((f) => f.includes(".building-"))).toEqual([]);
  const status = await readPipelineStatus(join(work, name, "status.json"));
  expect(status).toMatchObject({ state: "failed", failedStep: step });
}

describe("runPipeline: the site build and the PDFs at the same time", () => {
  test("the release holds the PDFs although the site build empties its output folder when it starts", async () => {
    let pdfsWritten: () => void = () => undefined;
    const written = new Promise<void>((done) => {
      pdfsWritten = done;
    });
    const jobs = goodJobs("e");
    const status = await runPipeline(
      {
        ...jobs,
        buildSite: async (o) => {
          await written; // as Astro does, once the PDFs are already being written
          await rm(o.outDir, { recursive: true, force: true });
          await mkdir(o.outDir);
          await jobs.buildSite(o);
        },
        renderPdfs: async (o) => {
          await jobs.renderPdfs(o);
          pdfsWritten();
        },
      },
      options("both"),
    );
    expect(status.state).toBe("succeeded");
    expect(await readFile(join(work, "both", "current", "downloads", "guidebook.pdf"), "utf8")).toBe("%PDF");
    expect(await readFile(join(work, "both", "current", "index.html"), "utf8")).toContain("좋은 판");
    expect(Object.keys(status.phasesMs ?? {}).sort()).toEqual(["export", "links", "pdf", "publish", "site"]);
  });

  test("a failing PDF job stops the running site build: the run fails naming the PDFs, the last release stays live", async () => {
    await runPipeline(goodJobs("a"), options("pdf-fails"));
    const live = await readlink(join(work, "pdf-fails", "current"));
    const error = await runPipeline(
      {
        ...goodJobs("b"),
        buildSite: ({ outDir, signal }) =>
          buildSite({ snapshotDir: input, outDir, base: "/", origin: "https://guide.example.kr", signal }).then(
            () => undefined,
          ),
        renderPdfs: async () => {
          // Fail once the Astro build is really running.
          await waitFor(async () => (await processesWith("astro-build.mjs", true))[0]);
          throw new Error("Chromium crashed");
        },
      },
      options("pdf-fails"),
    ).catch((e: unknown) => e);
    await expectCleanFailure("pdf-fails", "pdf", error, live);
    expect(String((error as Error).message)).toContain("안내서 PDF 만들기 단계 실패");
    expect(await processesWith("astro-build.mjs", true)).toEqual([]);
  });

  test("a failing site build stops the PDF child and its Chromium, and removes their temporary folders", async () => {
    await runPipeline(goodJobs("c"), options("site-fails"));
    const live = await readlink(join(work, "site-fails", "current"));
    const before = new Set(await readdir(tmpdir()));
    let childPid: number | undefined;
    const error = await runPipeline(
      {
        ...goodJobs("d"),
        buildSite: async () => {
          // Fail once the PDF child has launched its Chromium (its profile folder carries its pid).
          childPid = await waitFor(async () => {
            const made = (await readdir(tmpdir())).filter((f) => !before.has(f));
            for (const pid of made.map((f) => Number(/^lifewelfare-chromium-(\d+)-/.exec(f)?.[1]))) {
              if (pid && (await parentOf(pid)) === process.pid) return pid;
            }
            return undefined;
          });
          throw new Error("정책 「시험」 (g-test) · 문의처 › 전화번호: 형식 오류");
        },
        renderPdfs: ({ outDir, signal }) =>
          renderHandbooksInChild(
            { snapshotDir: input, outDir: join(outDir, "downloads"), basePath: "/", workers: 1 },
            { log: () => undefined, signal },
          ),
      },
      options("site-fails"),
    ).catch((e: unknown) => e);
    await expectCleanFailure("site-fails", "site", error, live);
    expect(String((error as Error).message)).toContain("전화번호: 형식 오류");
    const pid = childPid as number;
    expect(isPidAlive(pid)).toBe(false);
    expect(await processesWith(`lifewelfare-chromium-${pid}-`)).toEqual([]);
    const left = (await readdir(tmpdir())).filter((f) =>
      new RegExp(`^lifewelfare-(handbook|chromium)-${pid}-`).test(f),
    );
    expect(left).toEqual([]);
  });
});
