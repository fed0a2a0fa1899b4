/**
 * `npm start`'s processes live and die together: a real parent (helpers/process-group-parent.ts)
 * with an essential child, a plain child and a SIGTERM-ignoring child, each with real grandchildren.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { descendantsIn } from "../src/cli/process-group.ts";

const PARENT = join(import.meta.dirname, "helpers", "process-group-parent.ts");

type Started = {
  parent: ChildProcess;
  pids: { essential: number[]; build: number[]; stubborn: number[] };
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
};

async function startParent(): Promise<Started> {
  const parent = spawn(process.execPath, ["--import", "tsx", PARENT], {
    cwd: join(import.meta.dirname, ".."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  parent.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    parent.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  const pids = await new Promise<Started["pids"]>((resolve, reject) => {
    parent.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^PIDS (.*)$/m.exec(stdout);
      if (match) resolve(JSON.parse(match[1] as string));
    });
    void exited.then(({ code }) => reject(new Error(`parent exited early (${code}): ${stdout}${stderr}`)));
  });
  return { parent, pids, exited };
}

/** Whether `pid` is a running (not zombie) process, read from `ps` independently of the code under test. */
function running(pid: number): boolean {
  try {
    return !execFileSync("ps", ["-o", "stat=", "-p", String(pid)])
      .toString()
      .trim()
      .startsWith("Z");
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}

const everyPid = ({ pids }: Started) => [...pids.essential, ...pids.build, ...pids.stubborn];

describe("ProcessGroup", () => {
  test("SIGINT stops children, grandchildren and a child ignoring SIGTERM, then exits 0 quietly", async () => {
    const started = await startParent();
    expect(everyPid(started).every(running)).toBe(true);
    started.parent.kill("SIGINT");
    const { code, stdout, stderr } = await started.exited;
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("cleanup ran");
    expect(everyPid(started).filter(running)).toEqual([]);
  });

  test("when the essential child dies, the parent stops the rest and exits non-zero in Korean", async () => {
    const started = await startParent();
    process.kill(started.pids.essential[0] as number, "SIGKILL");
    const { code, stderr } = await started.exited;
    expect(code).toBe(1);
    expect(stderr).toContain("CMS 서버가 멈췄습니다 (SIGKILL).");
    // The essential child's grandchild was re-parented when its parent died: still stopped.
    expect(everyPid(started).filter(running)).toEqual([]);
  });

  test("an uncaught exception is logged and stops everything", async () => {
    const started = await startParent();
    started.parent.kill("SIGUSR2");
    const { code, stderr } = await started.exited;
    expect(code).toBe(1);
    expect(stderr).toContain("시험용 처리하지 못한 오류");
    expect(everyPid(started).filter(running)).toEqual([]);
  });
});

describe("descendantsIn", () => {
  test("finds descendants and members of their groups, not the root's own group or zombies", () => {
    const table = [
      { pid: 1, ppid: 0, pgid: 1, zombie: false },
      { pid: 10, ppid: 1, pgid: 10, zombie: false }, // root, leads its own group
      { pid: 11, ppid: 10, pgid: 10, zombie: false },
      { pid: 12, ppid: 10, pgid: 12, zombie: false }, // detached child
      { pid: 13, ppid: 1, pgid: 12, zombie: false }, // its re-parented grandchild
      { pid: 14, ppid: 11, pgid: 10, zombie: true },
      { pid: 15, ppid: 1, pgid: 20, zombie: false }, // a leftover of a group we were told about
      { pid: 16, ppid: 1, pgid: 30, zombie: false }, // unrelated
    ];
    expect(descendantsIn(table, 10, [20]).sort()).toEqual([11, 12, 13, 15]);
  });
});
