/**
 * What residents read and touch: the hand-written Korean pages, the open-data page, the footer's
 * contacts, phone numbers, the search page's headings and the phone menu at the largest text size.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  formatKstDate,
  OPEN_DATA_DEPARTMENT_COLUMNS,
  OPEN_DATA_POLICY_COLUMNS,
  type Snapshot,
  telHref,
  toKstDate,
} from "@lifewelfare/content-models";
import { plainText } from "@lifewelfare/content-models/plain-text";
import { axeViolations } from "@lifewelfare/test-support/axe";
import { DomUtils } from "htmlparser2";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { T } from "../src/i18n/ko.ts";
import { FONT_SCALE_KEY } from "../src/scripts/font-scale.ts";
import { htmlFiles, readPage } from "./helpers/crawl.ts";
import { sharedFixtureSite } from "./helpers/shared-site.ts";
import { cspChecks, openSiteSession, type SiteSession } from "./helpers/site-session.ts";
import { READ_API_LINKED_FILES } from "./helpers/snapshot.ts";

const BASE = "/";
let snapshot: Snapshot;
let outDir: string;
let session: SiteSession;
let server: SiteSession["server"];
let page: Page;

const textOf = (html: string) => plainText(html, { oneLine: true });

beforeAll(async () => {
  ({ snapshot, outDir } = await sharedFixtureSite());
  session = await openSiteSession(outDir, BASE);
  ({ server, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe("hand-written pages in Korean", () => {
  test("no page shows literal ** (emphasis before a Hangul particle is emphasis)", async () => {
    const stray: string[] = [];
    for (const file of await htmlFiles(outDir)) {
      const html = await readFile(join(outDir, file), "utf8");
      const text = textOf(html.replace(/<(pre|code)\b[\s\S]*?<\/\1>/g, ""));
      if (text.includes("**")) stray.push(file);
    }
    expect(stray).toEqual([]);
    const guide = await readFile(join(outDir, "guide", "index.html"), "utf8");
    expect(guide).toContain("<strong>맞춤형 찾기(finder)</strong>는");
  });

  test("law notation such as <신설 2025. 3. 1.> in an MDX page is text", async () => {
    const text = textOf(await readFile(join(outDir, "guide", "index.html"), "utf8"));
    expect(text).toContain("「○○ 조례」 제3조 <신설 2025. 3. 1.>처럼");
  });
});

describe("the open-data page", () => {
  test("states the encoding, BOM hints, separators, licence and update date, and links to all four files", async () => {
    const html = await readFile(join(outDir, "open-data", "index.html"), "utf8");
    const text = textOf(html);
    for (const phrase of [
      "UTF-8",
      "BOM",
      "CRLF",
      "쉼표(,)",
      "||",
      'encoding="utf-8-sig"',
      'fileEncoding = "UTF-8-BOM"',
      "공공누리 제1유형: 출처표시",
      `${formatKstDate(toKstDate(snapshot.generatedAt))} (이 판을 게시한 날(한국 시간))`,
    ]) {
      expect(text).toContain(phrase);
    }
    for (const file of ["policies.xlsx", "policies.csv", "policies.json", "policies.schema.json"]) {
      expect(html).toContain(`href="${BASE}${file}"`);
      expect(existsSync(join(outDir, file)), file).toBe(true);
    }
  });

  test("links the read API and its OpenAPI document, which the build copies", async () => {
    const html = await readFile(join(outDir, "open-data", "index.html"), "utf8");
    expect(textOf(html)).toContain("읽기 API");
    for (const file of READ_API_LINKED_FILES) {
      expect(html).toContain(`href="${BASE}api/v1/${file}"`);
      expect(existsSync(join(outDir, "api", "v1", file)), file).toBe(true);
    }
  });

  test("its column table lists every column of the shared definitions with its API field", async () => {
    const { doc } = await readPage(outDir, "open-data/index.html");
    const rowHeaders = DomUtils.findAll((el) => el.name === "th" && el.attribs.scope === "row", doc.children).map(
      (th) => DomUtils.textContent(th),
    );
    expect(rowHeaders).toEqual([...OPEN_DATA_POLICY_COLUMNS, ...OPEN_DATA_DEPARTMENT_COLUMNS].map((c) => c.name));
    expect(textOf(await readFile(join(outDir, "open-data", "index.html"), "utf8"))).toContain("온라인신청사이트URL");
  });
});

describe("small things residents see", () => {
  const PHONE = /(?:0\d{1,2}|1\d{3})-\d{3,4}(?:-\d{4})?/;
  const contactPolicy = () => snapshot.policies.find((p) => p.contacts.length > 0) ?? snapshot.policies[0]!;

  test("the footer separates each contact's name from its number and links the number with tel:", async () => {
    const contacts = snapshot.guidebook.contacts.length
      ? snapshot.guidebook.contacts
      : [{ label: T.policy.mainPhone, phone: snapshot.guidebook.mainPhone }];
    for (const width of [360, 1280]) {
      await page.setViewport({ width, height: 900 });
      await page.goto(`${server.origin}${BASE}`, { waitUntil: "load" });
      for (const c of contacts) {
        // On screen: the number starts right of the name with a gap, or on a line below it.
        const gap = await page.$eval(
          "#krds-footer",
          (footer, name, phone) => {
            const rectOf = (text: string) => {
              const walker = document.createTreeWalker(footer, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.textContent?.trim() !== text) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                return range.getBoundingClientRect();
              }
              throw new Error(`${text} is not in the footer`);
            };
            const [n, p] = [rectOf(name), rectOf(phone)];
            return p.top >= n.bottom ? "below" : p.left - n.right;
          },
          c.label,
          c.phone,
        );
        if (gap !== "below") expect(gap, `${width}px: ${c.label}`).toBeGreaterThanOrEqual(4);
        expect(await page.$$(`#krds-footer dd a[href="${telHref(c.phone)}"]`)).toHaveLength(1);
      }
    }
  });

  test("no phone number can break across lines on five pages", async () => {
    const paths = [
      "",
      "departments/",
      "policies/",
      "privacy/",
      `policies/${encodeURIComponent(contactPolicy().slug)}/`,
    ];
    const breakable: string[] = [];
    let numbers = 0;
    for (const path of paths) {
      await page.goto(`${server.origin}${BASE}${path}`, { waitUntil: "load" });
      const found = await page.evaluate((source) => {
        const phone = new RegExp(source);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const result: { text: string; whiteSpace: string }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const match = phone.exec(node.textContent ?? "");
          if (!match || node.parentElement?.closest("script")) continue;
          result.push({ text: match[0], whiteSpace: getComputedStyle(node.parentElement!).whiteSpace });
        }
        return result;
      }, PHONE.source);
      numbers += found.length;
      for (const f of found) if (f.whiteSpace !== "nowrap") breakable.push(`${path}: ${f.text} (${f.whiteSpace})`);
    }
    expect(numbers).toBeGreaterThan(10);
    expect(breakable).toEqual([]);
  });

  test("the search page has one h1, and its results heading is not a copy of it", async () => {
    await page.goto(`${server.origin}${BASE}search/`, { waitUntil: "load" });
    const h1 = await page.$$eval("h1", (all) => all.map((h) => h.textContent?.trim()));
    const results = await page.$eval("#search-results-title", (h) => h.textContent?.trim());
    expect(h1).toHaveLength(1);
    expect(results).toBeTruthy();
    expect(results).not.toBe(h1[0]);
  });

  test("on a 360px phone at 아주 크게, the title comes first and 전체메뉴 opens the six menu links by keyboard", async () => {
    await page.setViewport({ width: 360, height: 740 });
    const url = `${server.origin}${BASE}policies/${encodeURIComponent(contactPolicy().slug)}/`;
    await page.goto(url, { waitUntil: "load" });
    await page.evaluate((key) => localStorage.setItem(key, "xl"), FONT_SCALE_KEY);
    try {
      await page.goto(url, { waitUntil: "networkidle0" });
      expect(await page.$eval("html", (h) => h.dataset.fontScale)).toBe("xl");
      const top = await page.$eval("main h1", (h) => h.getBoundingClientRect().top);
      expect(top).toBeLessThan(300);
      const visibleLinks = () =>
        page.$$eval(".app-nav a", (all) => all.filter((a) => (a as HTMLElement).offsetParent !== null).length);
      expect(await visibleLinks()).toBe(0);

      const toggle = await page.$("[data-menu-toggle]");
      expect(await toggle!.evaluate((b) => b.textContent?.trim())).toBe("전체메뉴");
      expect(await toggle!.evaluate((b) => b.getAttribute("aria-expanded"))).toBe("false");
      await toggle!.focus();
      await page.keyboard.press("Enter");
      expect(await toggle!.evaluate((b) => b.getAttribute("aria-expanded"))).toBe("true");
      expect(await visibleLinks()).toBe(6);
      expect(await axeViolations(page)).toEqual([]);
      // Tab from the button reaches the menu's links (after the 글자 크기 buttons).
      let focused = "";
      for (let i = 0; i < 6 && !focused; i++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() =>
          document.activeElement?.closest(".app-nav") ? document.activeElement.textContent!.trim() : "",
        );
      }
      expect(focused).toBe(T.nav.stages);
      await page.keyboard.press("Escape");
      expect(await toggle!.evaluate((b) => [b.getAttribute("aria-expanded"), b === document.activeElement])).toEqual([
        "false",
        true,
      ]);
      // Without JavaScript there is no button and the menu is simply shown.
      await page.setJavaScriptEnabled(false);
      await page.goto(url, { waitUntil: "load" });
      expect(await page.$eval("[data-menu-toggle]", (b) => (b as HTMLElement).offsetParent)).toBeNull();
      expect(await visibleLinks()).toBe(6);
    } finally {
      await page.setJavaScriptEnabled(true);
      await page.goto(url, { waitUntil: "load" });
      await page.evaluate((key) => localStorage.removeItem(key), FONT_SCALE_KEY);
    }
  });
});

describe("Content-Security-Policy", () => {
  cspChecks(() => session, 20);
});
