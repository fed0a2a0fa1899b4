import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTempCms } from "@lifewelfare/cms/testing";
import { serveApi } from "@lifewelfare/cms/testing/serve-api";
import { pageLines } from "@lifewelfare/handbook/testing";
import { CONTENT_SECURITY_POLICY } from "@lifewelfare/site/security-headers";
import type { Payload } from "payload";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type PreviewService, startPreview } from "../src/preview/start-preview.ts";
import { createPolicy, paragraph, publishGuidebook, text } from "./helpers/cms-docs.ts";

// 미리 보기 end to end: a real CMS (REST over HTTP) with a draft policy, the real draft renderer
// (the site's own page component, the handbook's own templates, Chromium), staff and anonymous
// callers, a live, a foreign, an unknown and an expired link.

const DRAFT_TITLE = "미리보기 전용 청년 월세 지원";
const DRAFT_TEXT = "초안에만 있는 문장: 광양시 청년 월세를 열두 달 지원합니다";
const BANNER = "미리 보기 — 아직 게시되지 않은 내용입니다";

let cms: Awaited<ReturnType<typeof startTempCms>>;
let payload: Payload;
let preview: PreviewService;
let api: { url: string; close: () => Promise<void> };
let dataDir: string;
let mediaDir: string;
let pdfDir: string;
let policyId: number;
const tokens: Record<"editor" | "publisher", string> = { editor: "", publisher: "" };

/** A raw request to the served API as `token` (none: anonymous). */
async function call(path: string, token?: string, method = "GET") {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: token ? { authorization: `JWT ${token}` } : {},
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}
const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeAll(async () => {
  // The runtime data folder: releases, the snapshot and the part cache would live here.
  dataDir = await mkdtemp(join(tmpdir(), "lifewelfare-preview-test-data-"));
  mediaDir = await mkdtemp(join(tmpdir(), "lifewelfare-preview-test-media-"));
  pdfDir = await mkdtemp(join(tmpdir(), "lifewelfare-preview-test-pdf-"));
  preview = await startPreview({ mediaDir });
  cms = await startTempCms("preview", { MEDIA_DIR: mediaDir, DATA_DIR: dataDir, PREVIEW_RENDERER_URL: preview.url });
  payload = cms.payload;
  for (const role of ["admin", "editor", "publisher"] as const) {
    await payload.create({
      collection: "users",
      data: { email: `${role}@example.kr`, password: "test-password-1", role, name: role } as never,
    });
  }
  await publishGuidebook(payload);
  const draft = await createPolicy(payload, DRAFT_TITLE, { benefits: paragraph(text(DRAFT_TEXT)) }, "draft");
  policyId = draft.id as number;
  api = await serveApi((await import("@lifewelfare/cms/payload-config")).default);
  for (const role of ["editor", "publisher"] as const) {
    const login = await fetch(`${api.url}/api/users/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: `${role}@example.kr`, password: "test-password-1" }),
    });
    tokens[role] = ((await login.json()) as { token: string }).token;
  }
}, 600_000);

afterAll(async () => {
  await api?.close();
  await preview?.stop();
  await cms?.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(mediaDir, { recursive: true, force: true });
  await rm(pdfDir, { recursive: true, force: true });
});

/** A new preview link of the draft, made by the 편집자. */
async function link() {
  const { response, bytes } = await call(`/api/preview/${policyId}`, tokens.editor, "POST");
  expect(response.status).toBe(201);
  return JSON.parse(textOf(bytes)) as {
    web: string;
    print: Record<"standard" | "large", { pdf: string; png: string }>;
    expiresAt: string;
  };
}

describe("미리 보기", () => {
  test("staff get the draft as the site's policy page, marked as a preview, with the site's headers", async () => {
    const { web, expiresAt } = await link();
    expect(web).toMatch(/^\/api\/preview\/[A-Za-z0-9_-]{43}$/);
    const minutes = (Date.parse(expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(25);
    expect(minutes).toBeLessThanOrEqual(30);

    const { response, bytes } = await call(web, tokens.editor);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("x-robots-tag")).toContain("noindex");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    const html = textOf(bytes);
    expect(html).toContain(`<h1`);
    expect(html).toContain(DRAFT_TITLE);
    expect(html).toContain(DRAFT_TEXT);
    expect(html).toContain(BANNER);
    expect(html).toContain('<meta name="robots" content="noindex">');
    // The site's own page: its article markup and its compiled stylesheet, served beside the page.
    expect(html).toContain('class="app-policy');
    const css = await call(`${web}/style.css`, tokens.editor);
    expect(css.response.status).toBe(200);
    expect(textOf(css.bytes)).toContain(".app-preview-banner");
    const font = /url\("fonts\/([^"]+\.woff2)"\)/.exec(textOf(css.bytes))?.[1];
    expect((await call(`${web}/fonts/${font}`, tokens.editor)).response.status).toBe(200);
  });

  test("the handbook entry prints alone as PDF (both editions) and as a page image", async () => {
    const { print } = await link();
    for (const edition of ["standard", "large"] as const) {
      const { response, bytes } = await call(print[edition].pdf, tokens.editor);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      // Read with poppler (pdf.js refuses to load here: something in the CMS's stack adds an
      // enumerable `Array.prototype.random`, noted for the lead).
      const file = join(pdfDir, `${edition}.pdf`);
      await writeFile(file, bytes);
      const pages = await pageLines(file);
      expect(pages[0]?.join(" ").replace(/\s+/g, "")).toContain(DRAFT_TITLE.replace(/\s+/g, ""));
      expect(pages.flat().join(" ")).toContain("열두 달 지원합니다");
      expect(pages.length).toBeLessThanOrEqual(3); // the one entry, not the book
    }
    const png = await call(print.large.png, tokens.editor);
    expect(png.response.status).toBe(200);
    expect(png.response.headers.get("content-type")).toBe("image/png");
    expect([...png.bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  test("anonymous callers, other staff, unknown and expired links are refused in Korean", async () => {
    const { web } = await link();
    const refused = async (path: string, token: string | undefined, status: number, method = "GET") => {
      const { response, bytes } = await call(path, token, method);
      expect(response.status, path).toBe(status);
      expect((JSON.parse(textOf(bytes)) as { message: string }).message).toMatch(/[가-힣]/);
      expect(textOf(bytes)).not.toContain(DRAFT_TEXT);
    };
    await refused(`/api/preview/${policyId}`, undefined, 401, "POST");
    await refused(web, undefined, 401);
    await refused(`${web}/print/standard.pdf`, undefined, 401);
    await refused(web, tokens.publisher, 403);
    await refused(`/api/preview/${"A".repeat(43)}`, tokens.editor, 404);
    await refused(`/api/preview/not-a-token`, tokens.editor, 404);

    // Expire the link in the store (as 30 minutes later would).
    const token = web.split("/").at(-1) as string;
    const { previewLinkKey } = await import("@lifewelfare/cms/preview/links");
    const stored = (await payload.kv.get(previewLinkKey(token))) as Record<string, unknown>;
    await payload.kv.set(previewLinkKey(token), { ...stored, expiresAt: new Date(Date.now() - 1000).toISOString() });
    await refused(web, tokens.editor, 410);
    await refused(web, tokens.editor, 404); // an expired link is deleted on sight
  });

  test("the renderer answers only under its key, and takes no asset address that could break out of HTML", async () => {
    const { origin, pathname } = new URL(preview.url);
    expect((await fetch(`${origin}/${"0".repeat(32)}/style.css`)).status).toBe(404);
    expect((await fetch(`${origin}/style.css`)).status).toBe(404);
    expect((await fetch(new URL("style.css", preview.url))).status).toBe(200);
    const hostile = await fetch(`${origin}${pathname}web?assetBase=${encodeURIComponent('/"><script>x</script>/')}`, {
      method: "POST",
      body: "{}",
    });
    expect(hostile.status).toBe(400);
  });

  test("nothing is written into a release, the snapshot or the part cache, and no temporary folder stays", async () => {
    expect(await readdir(dataDir)).toEqual([]);
    const left = (await readdir(tmpdir())).filter((name) => name.startsWith(`lifewelfare-preview-${process.pid}-`));
    expect(left).toEqual([]);
  });
});
