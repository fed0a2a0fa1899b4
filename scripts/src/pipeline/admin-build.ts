import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO_ROOT } from "../lib/paths.ts";
import { hashSources } from "./source-hash.ts";

const ADMIN_SOURCES = ["cms/src", "cms/next.config.ts", "cms/package.json", "content-models/src", "pnpm-lock.yaml"];

/**
 * Builds the CMS admin for production (`next build`), unless `.next` already holds a build of the
 * same sources (hash in `cms/.next/source-hash`). Returns true when it built.
 * @throws Error with the build's exit code when `next build` fails.
 */
export async function buildAdminIfChanged(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<boolean> {
  const marker = join(REPO_ROOT, "cms", ".next", "source-hash");
  const hash = await hashSources(REPO_ROOT, ADMIN_SOURCES);
  if (
    existsSync(join(REPO_ROOT, "cms", ".next", "BUILD_ID")) &&
    (await readFile(marker, "utf8").catch(() => "")) === hash
  ) {
    log("    CMS 관리자 화면: 이미 만들어져 있어 다시 만들지 않습니다.");
    return false;
  }
  log("    CMS 관리자 화면을 만듭니다 (next build, 1분쯤 걸립니다)…");
  await new Promise<void>((resolve, reject) => {
    const child = spawn("pnpm", ["--filter", "@lifewelfare/cms", "run", "build"], {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
  await writeFile(marker, hash);
  return true;
}
