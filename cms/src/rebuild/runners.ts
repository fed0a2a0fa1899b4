import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { childEnv } from "@lifewelfare/content-models/child-env";
import type { PublicationChange, RebuildRunner } from "./types.ts";

/**
 * Variables of the CMS the rebuild command gets by default besides the base ones (`childEnv`):
 * where the data and media are, and the settings of the site and handbook build. Never the secret
 * or the database address: name those in SITE_REBUILD_COMMAND_ENV if the command needs them
 * (the embedded default does not: `pnpm build` reads `.data/payload-secret` and `.data/cms.db`).
 */
export const REBUILD_COMMAND_ENV = [
  "NODE_ENV",
  "LIFEWELFARE_ROOT",
  "DATA_DIR",
  "MEDIA_DIR",
  "SNAPSHOT_DIR",
  "SITE_BASE",
  "SITE_ORIGIN",
  "HANDBOOK_WORKERS",
  "CHROMIUM_PATH",
  "PUPPETEER_EXECUTABLE_PATH",
] as const;

/**
 * Runs `command` through the shell, detached (it outlives a request and is not killed with it).
 * Resolves when it exits 0; rejects with the exit code and the end of its stderr otherwise
 * (read on `close`, once stderr is drained, not on `exit`).
 *
 * Contract of the command:
 * - its environment holds only the base variables (`childEnv`), `REBUILD_COMMAND_ENV`, the names
 *   listed in `passEnv` (SITE_REBUILD_COMMAND_ENV, comma-separated) and `REBUILD_CHANGES_FILE`;
 * - `REBUILD_CHANGES_FILE` is the path of a JSON file (private to this user, deleted when the
 *   command exits) holding the array of changes (`PublicationChange`: entity, documentId, title,
 *   action, at). A file, not a variable: a bulk publish of ~800 documents overflowed one (E2BIG).
 */
export function commandRunner(command: string, cwd: string, passEnv: readonly string[] = []): RebuildRunner {
  return {
    step: "재빌드 명령 실행",
    run: async (changes) => {
      const dir = await mkdtemp(join(tmpdir(), "lifewelfare-rebuild-"));
      const file = join(dir, "changes.json");
      await writeFile(file, JSON.stringify(changes), { mode: 0o600 });
      try {
        return await runCommand(
          command,
          cwd,
          childEnv({ pass: [...REBUILD_COMMAND_ENV, ...passEnv], set: { REBUILD_CHANGES_FILE: file } }),
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function runCommand(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, shell: true, detached: true, stdio: ["ignore", "ignore", "pipe"], env });
    child.unref();
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-2000);
    });
    child.on("error", (error) => reject(new Error(`명령을 시작하지 못했습니다: ${error.message}`)));
    child.on("close", (code, signal) => {
      if (code === 0) resolve("재빌드 명령이 완료되었습니다.");
      else
        reject(
          new Error(
            `명령이 ${signal ? `신호 ${signal}로` : `종료 코드 ${code}로`} 끝났습니다. ${stderr.trim()}`.trim(),
          ),
        );
    });
  });
}

/**
 * POSTs `{ changes }` as JSON to `url` (e.g. a CI pipeline trigger). Any non-2xx answer or a
 * timeout (`timeoutMs`) is a failure. `fetchImpl` is injectable for tests.
 */
export function webhookRunner(url: string, timeoutMs = 15_000, fetchImpl: typeof fetch = fetch): RebuildRunner {
  return {
    step: "재빌드 웹훅 호출",
    run: async (changes: PublicationChange[]) => {
      const response = await fetchImpl(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ source: "lifewelfare-cms", changes }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`웹훅이 HTTP ${response.status}로 응답했습니다.`);
      return `웹훅이 HTTP ${response.status}로 응답했습니다.`;
    },
  };
}
