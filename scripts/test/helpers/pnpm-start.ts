import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@lifewelfare/test-support/ports";
import type { Page } from "puppeteer-core";
import { extractText, getDocumentProxy } from "unpdf";

/** The longest bounded wait for something `pnpm start` does after a change (ms). */
export const WAIT_MS = 120_000;

/** `pnpm start` (src/cli/start.ts) running on free loopback ports over a fresh data folder. */
export type StartedServers = {
  dataDir: string;
  /** Origin of the production static server serving the live release. */
  site: string;
  /** Origin of the CMS (Next, `next start`). */
  cms: string;
  /** Everything `pnpm start` printed so far. */
  output: () => string;
  /** Stops the whole process group and removes the data folder. */
  stop: () => Promise<void>;
};

/**
 * Starts `src/cli/start.ts` as `pnpm start` runs it (production mode, its own process group, a
 * 1 s rebuild debounce) and waits until it prints the CMS admin address (up to 15 minutes: the
 * first run builds the admin, the site and the PDFs).
 */
export async function startPnpmStart(): Promise<StartedServers> {
  const dataDir = await mkdtemp(join(tmpdir(), "lifewelfare-e2e-"));
  const [sitePort, cmsPort, hookPort] = [await freePort(), await freePort(), await freePort()];
  const env = { ...process.env };
  for (const key of ["DATABASE_URI", "SNAPSHOT_DIR", "MEDIA_DIR", "SITE_OUT_DIR", "PAYLOAD_SECRET"]) delete env[key];
  let output = "";
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts"], {
    cwd: join(import.meta.dirname, "..", ".."),
    env: {
      ...env,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      SITE_PORT: String(sitePort),
      CMS_PORT: String(cmsPort),
      REBUILD_HOOK_PORT: String(hookPort),
      REBUILD_DEBOUNCE_MS: "1000",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const started: StartedServers = {
    dataDir,
    site: `http://127.0.0.1:${sitePort}`,
    cms: `http://127.0.0.1:${cmsPort}`,
    output: () => output,
    stop: async () => {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  const ready = Date.now() + 900_000;
  while (!output.includes("CMS 관리자:")) {
    if (server.exitCode !== null) throw new Error(`pnpm start exited (${server.exitCode}):\n${output.slice(-4000)}`);
    if (Date.now() > ready) throw new Error(`pnpm start did not come up:\n${output.slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return started;
}

/** Polls `check` every second until it returns true or `WAIT_MS` pass; `output` goes in the error. */
export async function eventually(what: string, check: () => Promise<boolean>, output = () => ""): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(
    `Timed out after ${WAIT_MS / 1000} s waiting for: ${what}\n--- pnpm start output (tail) ---\n${output().slice(-4000)}`,
  );
}

/**
 * The text of the live handbook PDF, NFC. Throws when the download fails: "not in the PDF" must
 * never pass because there is no PDF.
 */
export async function pdfText(site: string): Promise<string> {
  const response = await fetch(`${site}/downloads/guidebook-2026.pdf`, { cache: "no-store" });
  if (!response.ok) throw new Error(`The handbook PDF could not be downloaded: HTTP ${response.status}`);
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.normalize("NFC");
}

/** Searches like a resident on the site's search page and returns the result links (first 10), decoded. */
export async function residentSearch(page: Page, site: string, word: string): Promise<string[]> {
  await page.goto(`${site}/search/?q=${encodeURIComponent(word)}`, { waitUntil: "load" });
  await page.waitForFunction(() => {
    const status = document.querySelector("#search-status")?.textContent ?? "";
    return status !== "" && !status.includes("검색하는 중");
  });
  const links = await page.$$eval("#search-results .app-card__title a", (anchors) =>
    anchors.map((a) => (a as HTMLAnchorElement).href),
  );
  return links.map((url) => decodeURI(url));
}

/**
 * Records, for the pages of `site` that `page` opens, the Content-Security-Policy violations and
 * the requests to any other origin (the CMS admin on its own origin is not recorded).
 */
export async function recordSitePage(page: Page, site: string) {
  const recorded = { cspViolations: [] as string[], foreignRequests: [] as string[] };
  page.on("request", (request) => {
    const from = request.frame()?.url() ?? "";
    if (from.startsWith(site) && !/^(data|blob):/.test(request.url()) && !request.url().startsWith(site))
      recorded.foreignRequests.push(`${from} → ${request.url()}`);
  });
  await page.exposeFunction("reportCspViolation", (line: string) => recorded.cspViolations.push(line));
  await page.evaluateOnNewDocument((origin) => {
    document.addEventListener("securitypolicyviolation", (e) => {
      if (location.origin !== origin) return;
      const report = (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation;
      report(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`);
    });
  }, site);
  return recorded;
}
