import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "@lifewelfare/test-support/ports";
import { REPO } from "./cms.ts";

const CMS = path.join(REPO, "cms");
const NEXT_BIN = path.join(CMS, "node_modules", ".bin", "next");

/**
 * Starts `next start` (production) on a free port of 127.0.0.1 with `env`; resolves once the API
 * answers. CMS_SERVER_URL defaults to the server's own URL (the production server requires it).
 */
export async function startAdmin(
  env: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void>; output: () => string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: CMS,
    env: { ...process.env, CMS_SERVER_URL: url, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/api/policies?limit=1`);
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
