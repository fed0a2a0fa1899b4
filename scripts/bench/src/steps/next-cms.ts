import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { REPO_ROOT } from "@lifewelfare/scripts/paths";
import { freePort } from "@lifewelfare/test-support/ports";
import { treeCpuS } from "../measure/process-tree.ts";

/** A running `next start` of the CMS: its origin, how long it took to answer, its CPU so far, `stop()`. */
export type NextCms = { origin: string; startMs: number; cpuS: () => number; stop: () => Promise<void> };

/**
 * `next start` of the built CMS admin (production) on a free loopback port, with this process's
 * environment (the step's CMS settings), the `env` given and CMS_SERVER_URL set to that origin. Ready when
 * `/api/users/me` answers with anything but a server error.
 * @throws Error with the end of the server's output when it exits or does not answer within 120 s.
 */
export async function startNextCms(log: (line: string) => void, env: Record<string, string> = {}): Promise<NextCms> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const t = performance.now();
  const server = spawn(
    "pnpm",
    ["--filter", "@lifewelfare/cms", "exec", "next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, CMS_SERVER_URL: origin },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let output = "";
  server.stdout.on("data", (c: Buffer) => (output += c.toString()));
  server.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const stop = async () => {
    try {
      process.kill(-(server.pid as number), "SIGTERM");
    } catch {
      // already gone
    }
    await Promise.race([new Promise((resolve) => server.once("exit", resolve)), sleep(10_000)]);
  };
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${output.slice(-2000)}`);
    if (performance.now() - t > 120_000) {
      await stop();
      throw new Error(`next start did not answer within 120 s:\n${output.slice(-2000)}`);
    }
    const up = await fetch(`${origin}/api/users/me`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (up) break;
    await sleep(250);
  }
  const startMs = performance.now() - t;
  log(`next start 준비: ${(startMs / 1000).toFixed(1)}초`);
  return { origin, startMs, stop, cpuS: () => treeCpuS(server.pid as number) };
}
