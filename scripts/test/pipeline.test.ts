import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { derivedStatesKey } from "@lifewelfare/content-models";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { RebuildQueue } from "../src/pipeline/rebuild-queue.ts";
import { type PipelineJobs, PipelineStepError, runPipeline } from "../src/pipeline/run-pipeline.ts";
import { readPipelineStatus } from "../src/pipeline/status.ts";
import { createStaticServer } from "../src/serve/static-server.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lifewelfare-pipeline-"));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** Jobs that write a one-page site saying `text`; `failAt` makes that step throw. */
function fakeJobs(state: { text: string; sha: string; failAt?: "site" | "pdf" }): PipelineJobs {
  return {
    exportSnapshot: async () => ({ sha256: state.sha.padEnd(64, "0") }),
    buildSite: async ({ outDir }) => {
      if (state.failAt === "site") throw new Error("정책 「시험」 (g-test) · 문의처 › 전화번호: 형식 오류");
      await writeFile(
        join(outDir, "index.html"),
        `<!doctype html><html lang="ko"><a href="/">${state.text}</a></html>`,
      );
      await writeFile(join(outDir, "404.html"), '<!doctype html><html lang="ko">없는 페이지</html>');
    },
    renderPdfs: async ({ outDir }) => {
      if (state.failAt === "pdf") throw new Error("Chromium crashed");
      await mkdir(join(outDir, "downloads"), { recursive: true });
      await writeFile(join(outDir, "downloads", "guidebook.pdf"), "%PDF");
    },
    sourceHash: async () => "s".repeat(64),
  };
}

const options = () => ({
  releasesDir: join(dir, "releases"),
  currentLink: join(dir, "current"),
  statusFile: join(dir, "status.json"),
  base: "/",
  reasons: ["test"],
  log: () => undefined,
});

async function get(server: ReturnType<typeof createStaticServer>, path: string) {
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: await response.text() };
}

describe("runPipeline", () => {
  test("publishes a release by switching the current symlink, and skips an unchanged rebuild", async () => {
    const state = { text: "첫 판", sha: "a" };
    const first = await runPipeline(fakeJobs(state), options());
    expect(first.state).toBe("succeeded");
    expect(await readFile(join(dir, "current", "index.html"), "utf8")).toContain("첫 판");
    const again = await runPipeline(fakeJobs(state), options());
    expect(again.state).toBe("unchanged");
  });

  test("same content is rebuilt on the day a derived status changes and not on the days before", async () => {
    const policies = [
      { id: "g-dated", status: { value: "scheduled" as const, effectiveFrom: "2026-03-01" }, applicationPeriod: {} },
    ] as Parameters<typeof derivedStatesKey>[0];
    const builtFor: string[] = [];
    const jobs: PipelineJobs = {
      ...fakeJobs({ text: "날짜", sha: "d" }),
      exportSnapshot: async ({ today }) => ({ sha256: "d".repeat(64), statesKey: derivedStatesKey(policies, today) }),
    };
    const site = jobs.buildSite;
    jobs.buildSite = async (o) => {
      builtFor.push(o.today);
      await site(o);
    };
    const on = async (today: string) => (await runPipeline(jobs, { ...options(), today })).state;
    expect(await on("2026-02-27")).toBe("succeeded");
    expect(await on("2026-02-28")).toBe("unchanged");
    expect(await on("2026-03-01")).toBe("succeeded");
    expect(await on("2026-03-02")).toBe("unchanged");
    expect(builtFor).toEqual(["2026-02-27", "2026-03-01"]);
    expect((await readPipelineStatus(join(dir, "status.json")))?.builtOn).toBe("2026-03-02");
  });

  test("a failing step leaves the last good release live and records step, message and time", async () => {
    const state: { text: string; sha: string; failAt?: "site" | "pdf" } = { text: "좋은 판", sha: "a" };
    await runPipeline(fakeJobs(state), options());
    const live = await readlink(join(dir, "current"));
    state.text = "깨진 판";
    state.sha = "b";
    state.failAt = "pdf";
    const error = await runPipeline(fakeJobs(state), options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineStepError);
    expect(await readlink(join(dir, "current"))).toBe(live);
    expect(await readFile(join(dir, "current", "index.html"), "utf8")).toContain("좋은 판");
    const status = await readPipelineStatus(join(dir, "status.json"));
    expect(status?.state).toBe("failed");
    expect(status?.failedStep).toBe("pdf");
    expect(status?.message).toContain("Chromium crashed");
    expect(status?.finishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  test("a broken internal link fails the link check and publishes nothing", async () => {
    const jobs = fakeJobs({ text: "링크", sha: "c" });
    jobs.buildSite = async ({ outDir }) => {
      await writeFile(join(outDir, "index.html"), '<html lang="ko"><a href="/policies/없는-정책/">x</a></html>');
    };
    const error = await runPipeline(jobs, options()).catch((e: unknown) => e);
    expect((error as PipelineStepError).step).toBe("links");
    expect(String((error as Error).message)).toContain("/policies/없는-정책/");
  });
});

describe("runPipeline after a crash", () => {
  /** The pid of a process that has exited. */
  const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid as number;

  test("sweeps the folders killed builds left (dead pids only), in releases and in the temp folder", async () => {
    const dead = deadPid();
    const leftovers = [
      join(dir, "releases", `abc-def.building-${dead}`),
      join(tmpdir(), `lifewelfare-handbook-${dead}-x1`),
      join(tmpdir(), `lifewelfare-chromium-${dead}-x2`),
    ];
    const alive = join(dir, "releases", `abc-def.building-${process.ppid}`);
    for (const folder of [...leftovers, alive]) await mkdir(folder, { recursive: true });
    await writeFile(join(dir, `current.tmp-${dead}`), "");

    expect((await runPipeline(fakeJobs({ text: "정리", sha: "f" }), options())).state).toBe("succeeded");
    for (const folder of leftovers) expect(existsSync(folder), folder).toBe(false);
    expect(existsSync(join(dir, `current.tmp-${dead}`))).toBe(false);
    expect(existsSync(alive)).toBe(true);
  });

  test("a forced rebuild of the live content builds a new folder and never deletes the live one first", async () => {
    await runPipeline(fakeJobs({ text: "원래 판", sha: "a" }), options());
    const before = await readlink(join(dir, "current"));
    const jobs = fakeJobs({ text: "다시 만든 판", sha: "a" });
    const served: string[] = [];
    const buildSite = jobs.buildSite;
    jobs.buildSite = async (o) => {
      await buildSite(o);
      served.push(await readFile(join(dir, "current", "index.html"), "utf8"));
    };
    const forced = await runPipeline(jobs, { ...options(), force: true });
    expect(forced.state).toBe("succeeded");
    expect(await readlink(join(dir, "current"))).not.toBe(before);
    expect(await readFile(join(dir, "current", "index.html"), "utf8")).toContain("다시 만든 판");
    expect(await readFile(join(before, "index.html"), "utf8")).toContain("원래 판");
    expect(served[0]).toContain("원래 판");
    expect((await runPipeline(fakeJobs({ text: "다시 만든 판", sha: "a" }), options())).state).toBe("unchanged");
  });

  test("a failure to prune old releases after the switch does not fail the run", async () => {
    await mkdir(join(dir, "releases"), { recursive: true });
    await symlink(join(dir, "nowhere"), join(dir, "releases", "dangling"));
    const status = await runPipeline(fakeJobs({ text: "정리 실패", sha: "b" }), options());
    expect(status.state).toBe("succeeded");
    expect(await readFile(join(dir, "current", "index.html"), "utf8")).toContain("정리 실패");
  });
});

describe("static server", () => {
  test("resolves the current symlink on every request, so a swap switches the whole site at once", async () => {
    const state = { text: "1판", sha: "a" };
    await runPipeline(fakeJobs(state), options());
    const server = createStaticServer({ root: join(dir, "current") }).listen(0);
    try {
      expect((await get(server, "/")).body).toContain("1판");
      await runPipeline(fakeJobs({ text: "2판", sha: "b" }), options());
      expect((await get(server, "/")).body).toContain("2판");
      const missing = await get(server, "/없는/");
      expect(missing.status).toBe(404);
      expect(missing.body).toContain("없는 페이지");
    } finally {
      server.close();
    }
  });

  test("sends precompressed brotli bytes to browsers that accept them", async () => {
    const jobs = fakeJobs({ text: "압축", sha: "e" });
    jobs.buildSite = async ({ outDir }) => {
      await writeFile(
        join(outDir, "index.html"),
        `<!doctype html><html lang="ko">${"생애복지 안내 ".repeat(500)}</html>`,
      );
    };
    await runPipeline(jobs, options());
    const server = createStaticServer({ root: join(dir, "current") }).listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "accept-encoding": "br" } });
      expect(response.headers.get("content-encoding")).toBe("br");
      expect(await response.text()).toContain("생애복지 안내");
    } finally {
      server.close();
    }
  });

  test("serves under a base path", async () => {
    await runPipeline(fakeJobs({ text: "하위 경로", sha: "d" }), options());
    const server = createStaticServer({ root: join(dir, "current"), base: "/guide" }).listen(0);
    try {
      expect((await get(server, "/guide/")).body).toContain("하위 경로");
      expect((await get(server, "/guide/downloads/guidebook.pdf")).status).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe("RebuildQueue", () => {
  test("runs one build at a time and folds requests made during a build into one more build", async () => {
    const builds: string[][] = [];
    let release: () => void = () => undefined;
    const queue = new RebuildQueue(async (reasons) => {
      builds.push(reasons);
      if (builds.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = queue.request("게시 1");
    await Promise.resolve();
    queue.request("게시 2");
    queue.request("게시 3");
    expect(builds).toEqual([["게시 1"]]);
    release();
    await first;
    expect(builds).toEqual([["게시 1"], ["게시 2", "게시 3"]]);
    expect(queue.isBusy).toBe(false);
  });
});
