import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../src/chromium.ts";
import type { EditionResult } from "../src/index.ts";
import { renderHandbooks } from "../src/render-handbook.ts";
import { writeHandbookFixture } from "../testing/pdf-fixture.ts";
import { pageLines, pdfInfo } from "../testing/pdf-read.ts";

/** The guidebook title of issue 13 (H5): it used to close the `<style>` of the running header. */
const TITLE = "안내서</style><iframe src=file:///etc/hostname></iframe><p>INJECTED</p><style>";
const SUBTITLE = `부제"><script>document.write("SCRIPT-RAN")</script>`;
const OPERATOR = `운영</style><p>OPERATOR-INJECTED</p>`;
const POLICY_TITLE = `정책</style><script>document.write("POLICY-SCRIPT")</script>"'`;
const SECRET = "SECRET-7f3a9c-never-print-me";

let work: string;
let result: EditionResult;
let pages: string[][];
const log: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "pdf-escaping-test-"));
  const snapshotDir = join(work, "snapshot");
  const secretFile = join(work, "payload-secret");
  await writeFile(secretFile, SECRET);
  const snapshot = (await writeHandbookFixture(snapshotDir)) as {
    guidebook: Record<string, unknown>;
    policies: Record<string, unknown>[];
  };
  snapshot.guidebook.title = TITLE;
  snapshot.guidebook.subtitle = SUBTITLE;
  snapshot.guidebook.operatorName = OPERATOR;
  // A snapshot not written by the export (whose allow-list drops these): the printer itself must
  // refuse to load another local file or anything from the network, and run no script.
  snapshot.guidebook.foreword =
    `<p>발간사</p><iframe src="${pathToFileURL(secretFile).href}"></iframe><iframe src="file:///etc/hostname"></iframe>` +
    `<img src="https://example.invalid/track.png" alt="">` +
    `<script>document.write("FOREWORD-SCRIPT")</script>`;
  const first = snapshot.policies[0] as Record<string, unknown>;
  first.title = POLICY_TITLE;
  await writeFile(join(snapshotDir, "snapshot.json"), JSON.stringify(snapshot));
  [result] = (await renderHandbooks({
    snapshotDir,
    outDir: join(work, "downloads"),
    editions: ["standard"],
    log: (line) => log.push(line),
  })) as [EditionResult];
  pages = await pageLines(result.file);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const squash = (text: string) => text.replace(/\s+/g, "");

describe("handbook printed from hostile settings text", () => {
  it("shows the title literally in the running header and the document information", async () => {
    const headers = pages.slice(1).map((lines) => lines[0] ?? "");
    expect(headers.filter((h) => squash(h).includes(squash(`${TITLE} 2026`))).length).toBeGreaterThan(5);
    expect((await pdfInfo(result.file)).Title).toBe(`${TITLE} 2026 (표준판)`);
  });

  it("turns none of the settings or policy text into markup", () => {
    const lines = pages.flat();
    for (const marker of ["INJECTED", "OPERATOR-INJECTED", "SCRIPT-RAN", "POLICY-SCRIPT", "FOREWORD-SCRIPT"]) {
      expect(lines, marker).not.toContain(marker);
    }
    const text = squash(lines.join("\n"));
    expect(text).toContain(squash(SUBTITLE));
    expect(text).toContain(squash(POLICY_TITLE));
  });

  it("prints no local file and loads nothing from the network, and logs what it refused", async () => {
    const hostname = (await readFile("/etc/hostname", "utf8")).trim();
    const lines = pages.flat();
    expect(lines).not.toContain(hostname);
    expect(lines.join("\n")).not.toContain(SECRET);
    const refused = log.filter((line) => line.includes("차단"));
    expect(refused.some((line) => line.includes(pathToFileURL(join(work, "payload-secret")).href))).toBe(true);
    expect(refused.some((line) => line.includes("file:///etc/hostname"))).toBe(true);
    expect(refused.some((line) => line.includes("https://example.invalid/track.png"))).toBe(true);
  });
});

describe("the handbook's Chromium", () => {
  it("gets a minimal environment, without the CMS secret", async () => {
    const saved = process.env.PAYLOAD_SECRET;
    process.env.PAYLOAD_SECRET = SECRET;
    const browser = await launchChromium();
    try {
      const environ = await readFile(`/proc/${browser.process()?.pid}/environ`, "utf8");
      const names = environ.split("\0").map((entry) => entry.split("=")[0]);
      expect(names).toContain("PATH");
      expect(names).not.toContain("PAYLOAD_SECRET");
      expect(environ).not.toContain(SECRET);
    } finally {
      await browser.close();
      if (saved === undefined) delete process.env.PAYLOAD_SECRET;
      else process.env.PAYLOAD_SECRET = saved;
    }
  });
});
