import { fork, type Serializable } from "node:child_process";
import { tmpdir } from "node:os";
import { escapeRegExp, sweepLeftovers } from "../lib/leftovers.ts";

/** What a job child sends its parent over IPC before it exits (`runChildJob`). */
export type ChildJobMessage = { log: string } | { error: string } | { done: true };

/**
 * Runs `script` (a TypeScript module run with tsx) in a child process that receives `input` as
 * its first message and reports with `ChildJobMessage`s: progress lines go to `log`, `{ error }`
 * is thrown here as an Error with that message (Korean, as the job wrote it).
 *
 * On `signal`'s abort the child gets SIGTERM (a job child exits at once on it, which also makes
 * puppeteer kill its Chromium), and once it has exited, the temporary handbook and Chromium folders
 * it made (`lifewelfare-{handbook,chromium}-<child pid>-…` in the OS temp folder) are removed; the
 * promise then rejects with the abort reason. A child that dies on its own is swept the same way.
 */
export function runChildJob(
  script: string,
  input: Serializable,
  options: { log: (line: string) => void; signal?: AbortSignal },
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(options.signal.reason);
    const child = fork(script, [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      serialization: "advanced",
    });
    let error: string | undefined;
    let done = false;
    const abort = () => child.kill("SIGTERM");
    options.signal?.addEventListener("abort", abort, { once: true });
    child.on("message", (message: ChildJobMessage) => {
      if ("log" in message) options.log(message.log);
      else if ("error" in message) error = message.error;
      else done = true;
    });
    child.once("spawn", () => child.send(input));
    child.once("error", (cause) => (error ??= cause.message));
    child.once("close", async (code, signal) => {
      options.signal?.removeEventListener("abort", abort);
      const pid = child.pid;
      if (pid !== undefined) {
        await sweepLeftovers(
          tmpdir(),
          new RegExp(`^lifewelfare-(?:handbook|chromium)-(${escapeRegExp(String(pid))})-`),
        );
      }
      if (options.signal?.aborted) reject(options.signal.reason);
      else if (done && code === 0) resolve();
      else
        reject(
          new Error(error ?? `작업 프로세스가 ${signal ? `신호 ${signal}로` : `종료 코드 ${code}로`} 끝났습니다.`),
        );
    });
  });
}

/**
 * The child's side of `runChildJob`: waits for its input, runs `job` with a `log` that reports
 * to the parent, then reports `done` or the error's message and exits (0 or 1). SIGTERM exits at
 * once with 143; `process.exit` runs puppeteer's exit hook, which kills a Chromium it launched.
 */
export function serveChildJob<T>(job: (input: T, log: (line: string) => void) => Promise<void>): void {
  process.once("SIGTERM", () => process.exit(143));
  process.once("message", async (input: T) => {
    const send = (message: ChildJobMessage) =>
      new Promise<void>((sent) => (process.send ? process.send(message, undefined, {}, () => sent()) : sent()));
    try {
      await job(input, (line) => void send({ log: line }));
      await send({ done: true });
      process.exit(0);
    } catch (error) {
      await send({ error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    }
  });
}
