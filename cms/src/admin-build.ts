import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./paths.ts";

/** Files the admin build depends on: CMS and content-models sources, configs, the lockfile. */
const INPUTS = ["cms/src", "content-models/src", "cms/next.config.ts", "cms/package.json", "pnpm-lock.yaml"];

/** SHA-256 over every file of INPUTS (sorted paths and contents). */
function sourceHash(root: string): string {
  const hash = createHash("sha256");
  const add = (full: string) => {
    if (statSync(full).isDirectory()) for (const entry of readdirSync(full).sort()) add(path.join(full, entry));
    else hash.update(path.relative(root, full)).update(readFileSync(full));
  };
  for (const input of INPUTS) add(path.join(root, input));
  return hash.digest("hex");
}

/**
 * Builds the CMS admin for production (`next build`, ~40 s and ~1.7 GB on 2 cores) unless `cms/.next`
 * already holds a build of the same sources (hash kept in `cms/.next/lifewelfare-source-hash`).
 * Returns true when it built. `quiet` collects the build's output instead of printing it.
 * @throws Error with the exit code (and the output when quiet) when `next build` fails.
 */
export async function ensureAdminBuild(
  options: { env?: NodeJS.ProcessEnv; log?: (line: string) => void; quiet?: boolean } = {},
): Promise<boolean> {
  const root = repoRoot();
  const cms = path.join(root, "cms");
  const marker = path.join(cms, ".next", "lifewelfare-source-hash");
  const hash = sourceHash(root);
  const log = options.log ?? (() => undefined);
  if (existsSync(path.join(cms, ".next", "BUILD_ID")) && existsSync(marker) && readFileSync(marker, "utf8") === hash) {
    log("CMS 관리자 화면: 소스가 그대로라 이전 빌드를 씁니다.");
    return false;
  }
  log("CMS 관리자 화면을 만듭니다 (next build, 1분쯤 걸립니다)…");
  let output = "";
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(path.join(cms, "node_modules", ".bin", "next"), ["build"], {
      cwd: cms,
      env: { ...(options.env ?? process.env), NODE_ENV: "production" },
      stdio: ["ignore", options.quiet ? "pipe" : "inherit", options.quiet ? "pipe" : "inherit"],
    });
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`next build failed (exit ${code})${output ? `:\n${output}` : ""}`);
  writeFileSync(marker, hash);
  return true;
}
