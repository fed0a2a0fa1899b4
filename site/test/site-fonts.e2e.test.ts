/**
 * Residents' first paint on the built fixture site (issue 18): Pretendard GOV as unicode-range
 * slices with `font-display: swap`, the metric-compatible fallback, the preloaded slice and
 * the favicon, as files; and in Chromium, that the first page of a visit paints with the fallback
 * and fetches only the slices its text needs after that, while the next page uses the font at once.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DomUtils } from "htmlparser2";
import type { HTTPRequest, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readPage } from "./helpers/crawl.ts";
import { sharedFixtureSite } from "./helpers/shared-site.ts";
import { openSiteSession, type SiteSession } from "./helpers/site-session.ts";

const PAGES = ["index.html", "finder/index.html", "search/index.html", "about/index.html"];

let outDir: string;
let session: SiteSession;
let page: Page;
let css: string;

beforeAll(async () => {
  ({ outDir } = await sharedFixtureSite());
  const home = await readPage(outDir, "index.html");
  const sheet = home.refs.find((ref) => ref.endsWith(".css"));
  css = await readFile(join(outDir, sheet ?? "missing.css"), "utf8");
  session = await openSiteSession(outDir, "/");
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

const fontFaces = () => [...css.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1] ?? "");
const slicesOf = (faces: string[]) => faces.map((face) => /url\(([^)]+\.woff2)\)/.exec(face)?.[1] ?? "");

describe("Pretendard GOV as files", () => {
  test("the stylesheet declares 120 unicode-range slices per weight, each swapped in and built", async () => {
    const faces = fontFaces().filter((face) => /font-family:\s*"?Pretendard GOV"?;/.test(face));
    for (const weight of [400, 700]) {
      expect(faces.filter((face) => face.includes(`font-weight:${weight}`))).toHaveLength(120);
    }
    for (const face of faces) {
      expect(face).toContain("font-display:swap");
      expect(face).toMatch(/unicode-range:U\+[0-9A-F]/i);
    }
    const slices = slicesOf(faces);
    expect(new Set(slices).size).toBe(240);
    for (const slice of slices) {
      expect(slice).toMatch(/^\/_astro\/PretendardGOV-(Regular|Bold)\.subset\.\d+\.[\w-]+\.woff2$/);
      expect((await readFile(join(outDir, slice))).subarray(0, 4).toString("latin1")).toBe("wOF2");
    }
  });

  test("the fallback is a local Noto Sans CJK KR resized to Pretendard GOV's metrics, in the font stack", () => {
    const fallback = fontFaces().filter((face) => face.includes("Pretendard GOV Fallback"));
    expect(fallback).toHaveLength(2);
    for (const face of fallback) {
      expect(face).toMatch(/src:local\("?Noto Sans CJK KR/);
      expect(face).toMatch(/size-adjust:96\.15%/);
      expect(face).toMatch(/ascent-override:99\.03%/);
      expect(face).toMatch(/descent-override:25\.09%/);
    }
    expect(css).toMatch(/--krds-typo-font-type:\s*"Pretendard GOV",\s*"Pretendard GOV Fallback"/);
  });

  test("every page preloads the regular slice 119 (Latin and the commonest syllables) and declares the icon", async () => {
    const declared = new Set(slicesOf(fontFaces()));
    for (const file of PAGES) {
      const { doc } = await readPage(outDir, file);
      const links = DomUtils.findAll((el) => el.name === "link", doc.children);
      const preloads = links.filter((el) => el.attribs.rel === "preload");
      expect(
        preloads.map((el) => el.attribs.href?.replace(/\.[\w-]+\.woff2$/, "")),
        file,
      ).toEqual(["/_astro/PretendardGOV-Regular.subset.119"]);
      for (const link of preloads) {
        expect(link.attribs).toMatchObject({ as: "font", type: "font/woff2", crossorigin: "" });
        expect(declared.has(link.attribs.href ?? "")).toBe(true);
      }
      const icons = links.filter((el) => el.attribs.rel === "icon").map((el) => el.attribs.href);
      expect(icons, file).toEqual(["/favicon.ico", "/favicon.svg"]);
    }
    const ico = await readFile(join(outDir, "favicon.ico"));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(await readFile(join(outDir, "favicon.svg"), "utf8")).toContain("<svg");
  });
});

describe("Pretendard GOV in Chromium", () => {
  test("the first page paints with the fallback, then loads only the slices it needs; the next page uses the font at once", async () => {
    const fonts: string[] = [];
    const onRequest = (request: HTTPRequest) => {
      if (request.url().endsWith(".woff2")) fonts.push(new URL(request.url()).pathname);
    };
    page.on("request", onRequest);
    // Registered before the page's own scripts: the root's classes when the document is parsed.
    await page.evaluateOnNewDocument(() => {
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { classesAtParse: string }).classesAtParse = document.documentElement.className;
      });
    });
    const classesAtParse = () => page.evaluate(() => (window as unknown as { classesAtParse: string }).classesAtParse);
    try {
      await page.goto(`${session.server.origin}/`, { waitUntil: "networkidle0" });
      expect(await classesAtParse()).toContain("app-fonts-deferred");
      expect(await page.evaluate(() => document.documentElement.className)).not.toContain("app-fonts-deferred");
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.includes("Pretendard GOV") && f.status === "loaded").length;
      });
      expect(loaded).toBeGreaterThan(2);
      // The preloaded slice and the slices the home page's text falls in: far fewer than all 240.
      expect(new Set(fonts).size).toBeGreaterThan(2);
      expect(new Set(fonts).size).toBeLessThan(60);

      await page.goto(`${session.server.origin}/finder/`, { waitUntil: "networkidle0" });
      expect(await classesAtParse()).not.toContain("app-fonts-deferred");
      expect(await classesAtParse()).toContain("app-js");
    } finally {
      page.off("request", onRequest);
    }
  });
});
