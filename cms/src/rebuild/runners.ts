import { spawn } from "node:child_process";
import type { PublicationChange, RebuildRunner } from "./types.ts";

/**
 * Runs `command` through the shell, detached (it outlives a request and is not killed with it).
 * Resolves when it exits 0; rejects with the exit code and the end of its stderr otherwise
 * (read on `close`, once stderr is drained, not on `exit`).
 * The changes are passed as JSON in `REBUILD_CHANGES`.
 */
export function commandRunner(command: string, cwd: string): RebuildRunner {
  return {
    step: "재빌드 명령 실행",
    run: (changes) =>
      new Promise((resolve, reject) => {
        const child = spawn(command, {
          cwd,
          shell: true,
          detached: true,
          stdio: ["ignore", "ignore", "pipe"],
          env: { ...process.env, REBUILD_CHANGES: JSON.stringify(changes) },
        });
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
      }),
  };
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
