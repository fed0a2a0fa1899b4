import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { tempDir } from "@lifewelfare/test-support/temp-dir";
import { expect } from "vitest";

const CHILD = join(import.meta.dirname, "static-server-child.ts");
/** The home page of the test release (large enough to compress; its words are checked). */
export const PAGE = `<!doctype html><html lang="ko"><title>생애복지 안내서</title>${"<p>생애복지 안내 어르신 교통비</p>".repeat(60)}</html>`;
const NOT_FOUND = '<!doctype html><html lang="ko"><title>없는 페이지</title><p>찾는 페이지가 없습니다.</p></html>';
const PDF = Buffer.alloc(3000, 7);

/** Writes a release: index (with .br and .gz copies), 404, a hashed asset, a nested page, a PDF, a dot-file. */
export async function writeRelease(release: string, text = PAGE): Promise<void> {
  await mkdir(join(release, "_astro"), { recursive: true });
  await mkdir(join(release, "policies", "임신축하금"), { recursive: true });
  await mkdir(join(release, "downloads"), { recursive: true });
  await writeFile(join(release, "index.html"), text);
  await writeFile(join(release, "index.html.br"), brotliCompressSync(text));
  await writeFile(join(release, "index.html.gz"), gzipSync(text));
  await writeFile(join(release, "404.html"), NOT_FOUND);
  await writeFile(join(release, "_astro", "site.Ab12Cd34.css"), "body{color:#111}");
  await writeFile(join(release, "policies", "임신축하금", "index.html"), '<html lang="ko">임신축하금</html>');
  await writeFile(join(release, "downloads", "guidebook.pdf"), PDF);
  await writeFile(join(release, ".release-complete"), "secret-ish");
}

/** The real site server in a child process (`static-server-child.ts`) serving `<dir>/current` → `<dir>/r1`. */
export type ReleaseServer = {
  /** The temporary folder holding the release `r1` and the `current` link to it. */
  dir: string;
  port: number;
  child: ChildProcess;
  /** What the server wrote to stderr so far (a healthy run writes nothing). */
  stderr: () => string;
  /** Asserts that the process is still running and serves the home page. */
  expectAliveAndServing: () => Promise<void>;
  close: () => Promise<void>;
};

/** Writes a release to a temporary folder and starts the site server on it (127.0.0.1, a free port). */
export async function startReleaseServer(): Promise<ReleaseServer> {
  const dir = await tempDir("lifewelfare-fuzz-");
  await writeRelease(join(dir, "r1"));
  await symlink(join(dir, "r1"), join(dir, "current"));
  let stderr = "";
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, join(dir, "current")], {
    cwd: join(import.meta.dirname, "../.."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LISTENING (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`server child exited (${code}): ${stderr}`)));
  });
  return {
    dir,
    port,
    child,
    stderr: () => stderr,
    expectAliveAndServing: async () => {
      expect(child.exitCode).toBeNull();
      expect(child.signalCode).toBeNull();
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("생애복지 안내 어르신 교통비");
    },
    close: async () => {
      child.kill("SIGTERM");
      await rm(dir, { recursive: true, force: true });
    },
  };
}
