import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { REPO } from "./cms.ts";

/*
 * The parts of `pnpm start` that live in the scripts package (미리 보기's draft renderer, the publish
 * pipeline), run as children in `scripts/`: the CMS cannot import the scripts package, which
 * depends on the CMS.
 */
const SCRIPTS = path.join(REPO, "scripts");

function tsxChild(args: string[], env: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: SCRIPTS,
    env: { ...process.env, ...env },
    // stdin stays open while this process lives: the renderer stops when it closes.
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  return { child, output: () => output };
}

const RENDERER = `
const { startPreview } = await import("./src/preview/start-preview.ts");
const preview = await startPreview({ mediaDir: process.env.MEDIA_DIR });
const stop = () => preview.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.stdin.on("end", stop).resume();
console.log("RENDERER " + preview.url);
`;

/**
 * Starts 미리 보기's draft renderer (`startPreview`, as `pnpm start` does) on loopback with the
 * CMS's upload folder `mediaDir`; resolves with its URL (the CMS's PREVIEW_RENDERER_URL) once it
 * listens, and `stop` (SIGTERM; it also stops when this process ends). Rejects with the child's output when it exits or takes over 120 s.
 */
export async function startDraftRenderer(mediaDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const { child, output } = tsxChild(["--input-type=module", "-e", RENDERER], { MEDIA_DIR: mediaDir });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`draft renderer not ready in 120 s:\n${output()}`)), 120_000);
    child.stdout?.on("data", () => {
      const found = /RENDERER (http:\/\/\S+)/.exec(output())?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`draft renderer exited (${code}):\n${output()}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * Runs the publish pipeline (`pnpm build`: export of the CMS's published content → site → both
 * handbook PDFs → release) on the CMS database of `env` (DATABASE_URI, PAYLOAD_SECRET, MEDIA_DIR)
 * into `dataDir` (its `current` is the live release). Rejects with the output when it fails.
 */
export function runPublishPipeline(env: Record<string, string>, dataDir: string): Promise<void> {
  const { child, output } = tsxChild(["src/cli/build.ts"], { ...env, DATA_DIR: dataDir });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`pnpm build exited (${code}):\n${output().slice(-4000)}`)),
    );
  });
}
