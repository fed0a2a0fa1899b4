import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { REPO } from "./cms.ts";

const CMS = path.join(REPO, "cms");
const NEXT_BIN = path.join(CMS, "node_modules", ".bin", "next");
const HASH_FILE = path.join(CMS, ".next", "lifewelfare-source-hash");

/** Hash of everything the admin build depends on (CMS and content-models sources, configs, lockfile). */
function sourceHash(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  walk(path.join(CMS, "src"));
  walk(path.join(REPO, "content-models", "src"));
  for (const file of ["cms/next.config.ts", "cms/package.json", "pnpm-lock.yaml"])
    hash.update(readFileSync(path.join(REPO, file)));
  return hash.digest("hex");
}

/**
 * Runs `next build` for the CMS unless `.next` was built from the same sources (~40 s, 1.7 GB).
 * @throws Error with the build output when the build fails.
 */
export function ensureAdminBuild(): void {
  const hash = sourceHash();
  if (
    existsSync(path.join(CMS, ".next", "BUILD_ID")) &&
    existsSync(HASH_FILE) &&
    readFileSync(HASH_FILE, "utf8") === hash
  )
    return;
  const result = spawnSync(NEXT_BIN, ["build"], {
    cwd: CMS,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`next build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  writeFileSync(HASH_FILE, hash);
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `next start` on a free port with `env`; resolves once `/admin` answers. */
export async function startAdmin(
  env: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void>; output: () => string }> {
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: CMS,
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
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
