import { serveApi } from "@lifewelfare/cms/testing/serve-api";
import { openCms } from "@lifewelfare/scripts/cms";
import { startPreview } from "@lifewelfare/scripts/preview";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";

const EDITOR = { email: "bench-preview@example.kr", password: "bench-preview-password-1" };
const DRAFT_MARK = "미리 보기 벤치 초안";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * 미리 보기 after the click, as `pnpm start` runs it: the draft renderer started first (its start is
 * reported apart: it happens once, at `pnpm start`), then the CMS's REST handlers on loopback
 * (no `next build`), a 편집자 logged in and a draft edit of one policy. "Web" is the click
 * (`POST /api/preview/:id`) plus the page and its stylesheet; "print" is one edition's PDF of the
 * entry. The first of each is cold (the first print launches Chromium), then warm runs (median).
 */
export async function previewStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const t = performance.now();
  const preview = await startPreview({ mediaDir: ws.mediaDir });
  const rendererStartMs = performance.now() - t;
  log(`미리 보기 렌더러 준비: ${(rendererStartMs / 1000).toFixed(1)}초`);
  process.env.PREVIEW_RENDERER_URL = preview.url; // read once, when the CMS config loads
  const payload = await openCms();
  const api = await serveApi((await import("@lifewelfare/cms/payload-config")).default);
  try {
    await payload.create({ collection: "users", data: { ...EDITOR, role: "editor", name: "벤치 편집자" } as never });
    const login = await fetch(`${api.url}/api/users/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(EDITOR),
    });
    const auth = { authorization: `JWT ${((await login.json()) as { token: string }).token}` };
    const { docs } = await payload.find({ collection: "policies", limit: 1, sort: "title", depth: 0 });
    const doc = docs[0];
    if (!doc) throw new Error("no policy to preview");
    await payload.update({
      collection: "policies",
      id: doc.id,
      data: { summary: `${doc.summary} (${DRAFT_MARK})` },
      draft: true,
      context: { skipRebuild: true },
    });
    const get = async (path: string) => {
      const response = await fetch(`${api.url}${path}`, { headers: auth });
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!response.ok)
        throw new Error(`${path}: HTTP ${response.status} ${new TextDecoder().decode(bytes).slice(0, 300)}`);
      return bytes;
    };
    const click = async () => {
      const made = await fetch(`${api.url}/api/preview/${doc.id}`, { method: "POST", headers: auth });
      if (made.status !== 201) throw new Error(`POST /api/preview: HTTP ${made.status} ${await made.text()}`);
      return (await made.json()) as { web: string; print: Record<"standard" | "large", { pdf: string; png: string }> };
    };
    const web = async () => {
      const start = performance.now();
      const links = await click();
      const html = new TextDecoder().decode(await get(links.web));
      await get(`${links.web}/style.css`);
      return { ms: performance.now() - start, html, links };
    };
    const timed = async (path: string) => {
      const start = performance.now();
      const bytes = await get(path);
      return { ms: performance.now() - start, bytes: bytes.byteLength };
    };

    const first = await web();
    const warmWeb = [];
    for (let i = 0; i < 5; i++) warmWeb.push((await web()).ms);
    const { links } = first;
    const printCold = await timed(links.print.standard.pdf);
    const warmStandard = [];
    const warmLarge = [];
    for (let i = 0; i < 3; i++) {
      warmStandard.push((await timed(links.print.standard.pdf)).ms);
      warmLarge.push((await timed(links.print.large.pdf)).ms);
    }
    const png = await timed(links.print.large.png);
    const webMs = { cold: first.ms, warmMedian: median(warmWeb) };
    const printMs = {
      coldStandard: printCold.ms,
      warmStandardMedian: median(warmStandard),
      warmLargeMedian: median(warmLarge),
      largePng: png.ms,
    };
    log(`누리집 미리 보기: 처음 ${webMs.cold.toFixed(0)} ms, 이후 ${webMs.warmMedian.toFixed(0)} ms`);
    log(
      `안내서 미리 보기: 처음(Chromium 시작 포함) ${printMs.coldStandard.toFixed(0)} ms, 표준판 ${printMs.warmStandardMedian.toFixed(0)} ms, 큰 글자판 ${printMs.warmLargeMedian.toFixed(0)} ms, PNG ${printMs.largePng.toFixed(0)} ms`,
    );
    return {
      timings: {
        rendererStartMs,
        webClickMs: webMs.cold,
        webWarmMs: webMs.warmMedian,
        printClickMs: Math.max(printMs.coldStandard, printMs.warmLargeMedian),
        printStandardWarmMs: printMs.warmStandardMedian,
        printLargeWarmMs: printMs.warmLargeMedian,
        pngMs: printMs.largePng,
      },
      outputs: {
        web: { ...webMs, htmlBytes: first.html.length, showsDraft: first.html.includes(DRAFT_MARK) },
        print: { ...printMs, standardPdfBytes: printCold.bytes, pngBytes: png.bytes },
      },
    };
  } finally {
    await api.close();
    await preview.stop();
    await payload.destroy();
  }
}
