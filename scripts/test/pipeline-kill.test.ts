/**
 * Crash safety of the pipeline: the real pipeline (helpers/pipeline-child.ts) runs in a child
 * process and is killed with SIGKILL at seeded random points of each phase of a rebuild; after
 * every kill the live release must still be whole and served, the snapshot whole, and every
 * handbook cache entry must match its PDF. A last uninterrupted run must publish a correct site
 * and PDFs, and no leftover of the killed runs may remain. Seed: env KILL_SEED (default 13); kill
 * points: env KILL_POINTS (default 20).
 *
 * Cost: one cold build, one timed rebuild, the kills (each runs only up to its kill point), one
 * last rebuild; every rerun has a changed policy, so it has real work to do.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { PDFDocument } from "@cantoo/pdf-lib";
import { writeHandbookFixture } from "@lifewelfare/handbook/testing";
import { seededRandom } from "@lifewelfare/test-support/random";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createStaticServer } from "../src/serve/static-server.ts";

const PHASES = ["export", "site", "pdf", "join", "links", "switch"] as const;
type Phase = (typeof PHASES)[number];

/** The progress line that starts each phase (run-pipeline.ts, render-handbook.ts). */
const MARKERS: [Phase, RegExp][] = [
  ["export", /^\[1\/5\]/],
  ["site", /^\[2\/5\]/],
  ["pdf", /^\[3\/5\]/],
  ["join", /인쇄한 부분을 합칩니다/],
  ["links", /^\[4\/5\]/],
  ["switch", /^\[5\/5\]/],
];

/**
 * How many kill points go to each phase (per 20): more where a phase is cheap to reach (a kill in
 * a late phase costs a whole site build first), at least one in each.
 */
const SHARE: Record<Phase, number> = { export: 6, site: 6, pdf: 4, join: 1, links: 1, switch: 2 };

/**
 * Part of a phase's timed window the kill offset is drawn from: runs vary, so the tail of a window
 * often belongs to the next phase; the switch's window ends with the process's own exit.
 */
const REACH: Record<Phase, number> = { export: 0.9, site: 0.8, pdf: 0.8, join: 0.8, links: 0.8, switch: 0.25 };

const SEED = Number(process.env.KILL_SEED ?? 13);
const KILL_POINTS = Number(process.env.KILL_POINTS ?? 20);
const CHILD = resolve(import.meta.dirname, "helpers/pipeline-child.ts");

type Run = {
  code: number | null;
  killed: boolean;
  lastPhase?: Phase;
  at: Map<Phase, number>;
  end: number;
  output: string;
};

let work: string;
let server: Server;
/** Pids of every pipeline child started, to check that none left a Chromium behind. */
const children: number[] = [];
let site: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "pipeline-kill-test-"));
  await writeHandbookFixture(join(work, "input"));
  server = createStaticServer({ root: join(work, "current") });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Pids of the Chromium processes a child launched (their profile folder carries its pid). */
async function chromiumOf(pid: number): Promise<number[]> {
  const marker = `lifewelfare-chromium-${pid}-`;
  const found: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes(marker)) found.push(Number(entry));
  }
  return found;
}

/**
 * SIGKILLs the child's process group (the pipeline and its Astro child), then the Chromium it
 * launched (Puppeteer starts it in a group of its own), as a crash of the machine's process would.
 */
async function killChild(child: ChildProcess): Promise<void> {
  const pid = child.pid as number;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
  for (const chromium of await chromiumOf(pid)) {
    try {
      process.kill(-chromium, "SIGKILL");
    } catch {
      try {
        process.kill(chromium, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}

/** Runs the pipeline child; with `killAt`, SIGKILLs it `offsetMs` after that phase starts. */
function runChild(killAt?: { phase: Phase; offsetMs: number }): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, work], {
      cwd: resolve(import.meta.dirname, ".."),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child.pid as number);
    const at = new Map<Phase, number>();
    let output = "";
    let killed = false;
    let lastPhase: Phase | undefined;
    let pending = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk;
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const phase = MARKERS.find(([, pattern]) => pattern.test(line.trim()))?.[0];
        if (!phase || killed) continue;
        at.set(phase, performance.now());
        lastPhase = phase;
        if (killAt?.phase === phase) {
          setTimeout(() => {
            if (child.exitCode !== null || child.signalCode !== null) return;
            killed = true;
            void killChild(child);
          }, killAt.offsetMs);
        }
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.on("error", fail);
    child.on("close", async (code) => {
      if (killed) await killChild(child); // anything it started after the first sweep
      done({ code, killed, lastPhase, at, end: performance.now(), output });
    });
  });
}

/** Edits one policy's summary in the pipeline's input, so the next run has a page and a part to redo. */
async function changePolicy(round: number): Promise<string> {
  const file = join(work, "input", "snapshot.json");
  const snapshot = JSON.parse(await readFile(file, "utf8"));
  const stamp = `고침표시${round}회`;
  snapshot.policies[round % 5].summary =
    `${String(snapshot.policies[round % 5].summary).split(" 고침표시")[0]} ${stamp}`;
  await writeFile(file, JSON.stringify(snapshot, null, 2));
  return stamp;
}

/** The live release is whole and served: marker, home page, both PDFs readable. */
async function expectLiveReleaseWhole(context: string): Promise<string> {
  const release = resolve(work, await readlink(join(work, "current")));
  const files = await readdir(release);
  expect(files, context).toContain(".release-complete");
  expect(files, context).toContain("index.html");
  const pdfs = (await readdir(join(release, "downloads"))).filter((name) => name.endsWith(".pdf"));
  expect(pdfs, context).toHaveLength(2);
  for (const pdf of pdfs) {
    const doc = await PDFDocument.load(await readFile(join(release, "downloads", pdf)), { updateMetadata: false });
    expect(doc.getPageCount(), `${context}: ${pdf}`).toBeGreaterThan(0);
  }
  const home = await fetch(`${site}/`);
  expect(home.status, context).toBe(200);
  expect(await home.text(), context).toContain("<html");
  return release;
}

/** Every handbook cache entry that names a PDF matches that PDF's size and SHA-256. */
async function expectCacheEntriesWhole(context: string): Promise<void> {
  const cache = join(work, "handbook-cache");
  for (const name of (await readdir(cache).catch(() => [] as string[])).filter((n) => n.endsWith(".pages.json"))) {
    const stored = JSON.parse(await readFile(join(cache, name), "utf8"));
    if (!stored.pdf) continue;
    const pdf = await readFile(join(cache, name.replace(/\.pages\.json$/, ".pdf")));
    expect(pdf.length, `${context}: ${name}`).toBe(stored.pdf.bytes);
    expect(createHash("sha256").update(pdf).digest("hex"), `${context}: ${name}`).toBe(stored.pdf.sha256);
  }
}

/** The snapshot link names a whole snapshot. */
async function expectSnapshotWhole(context: string): Promise<void> {
  const snapshot = JSON.parse(await readFile(join(work, "snapshot", "snapshot.json"), "utf8"));
  expect(snapshot.policies.length, context).toBeGreaterThan(0);
}

/** How long each phase of a run lasted (ms); the switch lasts until the process exits. */
function phaseWindows(run: Run): Record<Phase, number> {
  const windows = {} as Record<Phase, number>;
  PHASES.forEach((phase, i) => {
    const start = run.at.get(phase) as number;
    const next = PHASES.slice(i + 1).find((p) => run.at.has(p));
    windows[phase] = (next ? (run.at.get(next) as number) : run.end) - start;
  });
  return windows;
}

/** Kill points in phase order, SHARE scaled to `count` (at least one per phase). */
function killPlan(count: number): Phase[] {
  const total = Object.values(SHARE).reduce((a, b) => a + b, 0);
  return PHASES.flatMap((phase) =>
    Array.from({ length: Math.max(1, Math.round((SHARE[phase] * count) / total)) }, () => phase),
  );
}

describe("the pipeline killed with SIGKILL at random points", () => {
  test("keeps the live release whole and served, never keeps a damaged cache entry, and the next build is correct", async () => {
    const cold = await runChild();
    expect(cold.code, cold.output.slice(-3000)).toBe(0);
    await expectLiveReleaseWhole("after the first build");

    await changePolicy(0);
    const timed = await runChild();
    expect(timed.code, timed.output.slice(-3000)).toBe(0);
    const windows = phaseWindows(timed);

    const random = seededRandom(SEED);
    const tally = Object.fromEntries(PHASES.map((p) => [p, { aimed: 0, killed: 0, landedIn: 0 }])) as Record<
      Phase,
      { aimed: number; killed: number; landedIn: number }
    >;
    const plan = killPlan(KILL_POINTS);
    for (const [i, phase] of plan.entries()) {
      await changePolicy(i + 1);
      const offsetMs = random() * windows[phase] * REACH[phase];
      const run = await runChild({ phase, offsetMs });
      const context = `kill ${i + 1}/${plan.length} aimed at ${phase} +${offsetMs.toFixed(0)} ms (seed ${SEED})`;
      tally[phase].aimed += 1;
      if (run.killed) {
        tally[phase].killed += 1;
        if (run.lastPhase) tally[run.lastPhase].landedIn += 1;
      } else {
        expect(run.code, `${context}\n${run.output.slice(-3000)}`).toBe(0);
      }
      await expectLiveReleaseWhole(context);
      await expectSnapshotWhole(context);
      await expectCacheEntriesWhole(context);
    }
    console.log(
      `kill test (seed ${SEED}): ${plan.length} kill points; phase windows of a rebuild (ms) ${JSON.stringify(
        Object.fromEntries(PHASES.map((p) => [p, Math.round(windows[p])])),
      )}; per phase ${JSON.stringify(tally)}`,
    );
    expect(plan.length).toBeGreaterThanOrEqual(20);
    expect(Object.values(tally).reduce((sum, t) => sum + t.killed, 0)).toBeGreaterThanOrEqual(plan.length - 2);

    const stamp = await changePolicy(plan.length + 1);
    const last = await runChild();
    expect(last.code, last.output.slice(-3000)).toBe(0);
    const release = await expectLiveReleaseWhole("after the last build");
    const snapshot = JSON.parse(await readFile(join(work, "input", "snapshot.json"), "utf8"));
    const titles: string[] = snapshot.policies.map((p: { title: string }) => p.title);
    const edited = snapshot.policies[(plan.length + 1) % 5] as { slug: string };
    const page = await fetch(`${site}/policies/${encodeURI(edited.slug)}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(stamp);
    for (const pdf of (await readdir(join(release, "downloads"))).filter((n) => n.endsWith(".pdf"))) {
      const { stdout } = await promisify(execFile)("pdftotext", [join(release, "downloads", pdf), "-"], {
        maxBuffer: 64 * 1024 * 1024,
      });
      const text = stdout.replace(/\s+/g, "");
      for (const title of titles) expect(text, `${pdf}: ${title}`).toContain(title.replace(/\s+/g, ""));
      expect(text, pdf).toContain(stamp);
    }
    for (const pid of children) expect(await chromiumOf(pid), `Chromium of child ${pid}`).toEqual([]);
    const temp = await readdir(tmpdir());
    const leftovers = [
      ...(await readdir(join(work, "releases"))).filter((name) => name.includes(".building-")),
      ...(await readdir(join(work, "snapshot.versions"))).filter((name) => name.startsWith("building-")),
      ...temp.filter((name) => children.some((pid) => name.startsWith(`lifewelfare-handbook-${pid}-`))),
      ...temp.filter((name) => children.some((pid) => name.startsWith(`lifewelfare-chromium-${pid}-`))),
    ];
    expect(leftovers).toEqual([]);
  }, 900_000);
});
