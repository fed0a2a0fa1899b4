import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";

/** Paths tried, in order, when neither CHROMIUM_PATH nor PUPPETEER_EXECUTABLE_PATH is set. */
const USUAL_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Flags that work headless as root on a machine without network or GPU (see toolchain findings). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--font-render-hinting=none",
];

/**
 * Environment variables Chromium is given, when set: where to find programs, the home and XDG
 * folders, the temporary folder, the locale and the font configuration. Nothing else — in
 * particular no `PAYLOAD_SECRET`, `DATABASE_URI` or hook token — reaches the browser, whose
 * environment any page could read through `/proc/self/environ` if it ever escaped the lockdown.
 */
const CHROMIUM_ENV_KEYS = [
  "PATH",
  "HOME",
  "TMPDIR",
  "LANG",
  "LANGUAGE",
  "LC_ALL",
  "XDG_CONFIG_HOME",
  "XDG_CACHE_HOME",
  "XDG_DATA_HOME",
  "XDG_RUNTIME_DIR",
  "FONTCONFIG_FILE",
  "FONTCONFIG_PATH",
];

/** The minimal environment for Chromium: the `CHROMIUM_ENV_KEYS` set in `env`, nothing else. */
export function chromiumEnv(env: Record<string, string | undefined> = process.env): Record<string, string> {
  return Object.fromEntries(
    CHROMIUM_ENV_KEYS.flatMap((key) => (env[key] === undefined ? [] : [[key, env[key] as string]])),
  );
}

/** Thrown when no Chromium executable can be found; the message says how to install one. */
export class ChromiumNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      "Chromium을 찾을 수 없습니다. `sudo apt-get install -y chromium`으로 설치하거나 CHROMIUM_PATH에 실행 파일 경로를 지정하세요.\n" +
        "Chromium was not found. Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to the executable.\n" +
        `Tried: ${tried.join(", ")}`,
    );
    this.name = "ChromiumNotFoundError";
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium executable to drive: env `CHROMIUM_PATH`, else `PUPPETEER_EXECUTABLE_PATH`, else the
 * first executable of /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome.
 * A path given by env must exist: it is never silently replaced by another browser.
 * @throws ChromiumNotFoundError with a Korean and English install hint.
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.CHROMIUM_PATH || env.PUPPETEER_EXECUTABLE_PATH;
  const candidates = fromEnv ? [fromEnv] : USUAL_PATHS;
  const found = candidates.find(isExecutable);
  if (!found) throw new ChromiumNotFoundError(candidates);
  return found;
}

/**
 * Time one DevTools call may take when printing a whole handbook (ms). Puppeteer's default of
 * 3 minutes is too short for one layout pass or one print of a book of thousands of pages
 * (5,000 policies ≈ 8,000 A4 pages: `pnpm bench 5000`).
 */
export const PRINT_PROTOCOL_TIMEOUT_MS = 2 * 60 * 60_000;

/**
 * Launches headless Chromium (found by `findChromium`) with a fresh profile folder, which is
 * removed again when the browser process exits, and only the environment of `chromiumEnv`. Never downloads a browser. `protocolTimeoutMs`
 * bounds each DevTools call (default Puppeteer's 180 000 ms; see PRINT_PROTOCOL_TIMEOUT_MS).
 * @throws ChromiumNotFoundError when no executable is found.
 */
export async function launchChromium(options: { args?: string[]; protocolTimeoutMs?: number } = {}): Promise<Browser> {
  const executablePath = findChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), `lifewelfare-chromium-${process.pid}-`)); // pid: see scripts/src/lib/leftovers.ts
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    env: chromiumEnv(),
    ...(options.protocolTimeoutMs ? { protocolTimeout: options.protocolTimeoutMs } : {}),
  });
  // Remove the profile once the browser process has exited (its helpers may still write until then).
  browser.process()?.once("exit", () => {
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A leftover temporary profile is harmless; never fail a render over it.
    }
  });
  return browser;
}
