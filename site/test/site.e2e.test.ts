import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  formatAmount,
  formatKstDate,
  OPEN_DATA_DEPARTMENT_COLUMNS,
  OPEN_DATA_POLICY_COLUMNS,
  parseContent,
  type Snapshot,
  snapshotSchema,
  telHref,
  todayKst,
  toKstDate,
} from "@lifewelfare/content-models";
import { launchBrowser } from "@lifewelfare/test-support/chromium";
import { removeDirs, tempDir } from "@lifewelfare/test-support/temp-dir";
import { DomUtils } from "htmlparser2";
import * as pagefind from "pagefind";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { label, T } from "../src/i18n/ko.ts";
import { htmlToText } from "../src/lib/html-text.ts";
import { FONT_SCALE_KEY } from "../src/scripts/font-scale.ts";
import { axeViolations } from "./helpers/axe.ts";
import { buildFixtureSite } from "./helpers/build.ts";
import { htmlFiles, readPage } from "./helpers/crawl.ts";
import { pagefindTitles, runFinder, searchTitles, yearsBefore } from "./helpers/pages.ts";
import { serveSite } from "./helpers/server.ts";
import { HOSTILE_POLICY_ID } from "./helpers/snapshot.ts";
import { SEARCH_QUERIES } from "./search-queries.ts";

const CANARY = `canary-${Math.random().toString(36).slice(2)}`;
const BASE = "/";
let snapshot: Snapshot;
let outDir: string;
let snapshotDir: string;
let baselineDir: string;
let server: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
const dialogs: string[] = [];
/** Content-Security-Policy violations seen by any page the browser tests open (served with the CSP). */
const cspViolations: string[] = [];
/** Every URL the browser tests requested: a resident's browser must never be sent to another host. */
const requested: string[] = [];

const policyFile = (slug: string) => join(outDir, "policies", slug, "index.html");
const textOf = (html: string) => htmlToText(html.replace(/<script[\s\S]*?<\/script>/g, ""));

beforeAll(async () => {
  const previous = process.env.PAYLOAD_SECRET;
  process.env.PAYLOAD_SECRET = CANARY;
  try {
    const built = await buildFixtureSite(BASE);
    snapshot = parseContent(snapshotSchema, built.snapshot, "fixture");
    outDir = built.outDir;
    snapshotDir = built.snapshotDir;
  } finally {
    if (previous === undefined) delete process.env.PAYLOAD_SECRET;
    else process.env.PAYLOAD_SECRET = previous;
  }
  // Pagefind with default settings over the same pages, for comparison.
  baselineDir = await tempDir("lw-baseline-");
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: outDir });
  await index!.writeFiles({ outputPath: join(baselineDir, "pagefind") });
  await pagefind.close();
  server = await serveSite(outDir, BASE, { "/__baseline/": baselineDir });
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage();
  page.on("request", (request) => void requested.push(request.url()));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction("reportCspViolation", (line: string) => cspViolations.push(line));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation;
      report(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
});

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  await removeDirs(outDir, snapshotDir, baselineDir);
});

describe("policy pages", () => {
  test("every policy has a page showing every field the snapshot holds", async () => {
    for (const p of snapshot.policies) {
      const html = await readFile(policyFile(p.slug), "utf8");
      const text = textOf(html);
      const expected = [
        p.title,
        p.summary,
        textOf(p.targetAudience),
        textOf(p.selectionCriteria),
        textOf(p.benefits),
        textOf(p.applicationMethod.details),
        ...p.amounts.map(formatAmount),
        ...p.applicationMethod.channels.map(label.channel),
        p.applicationMethod.receivingOrganization ?? "",
        p.applicationMethod.onlineUrl ?? "",
        label.periodKind(p.applicationPeriod.kind),
        p.applicationPeriod.description ?? "",
        ...[p.applicationPeriod.startDate, p.applicationPeriod.endDate].map((d) => (d ? formatKstDate(d) : "")),
        ...p.requiredDocuments,
        ...p.contacts.flatMap((c) => [c.label, c.phone]),
        ...p.legalBasis,
        ...p.sourceUrls,
        formatKstDate(p.lastReviewedAt),
        ...p.lifeStages.map(label.stage),
        ...p.householdSituations.map(label.situation),
        ...p.interestTopics.map(label.topic),
        ...p.supportTypes.map(label.supportType),
        p.status.value === "active" ? "" : label.status(p.status.value),
        p.status.effectiveFrom && p.status.value === "scheduled" ? formatKstDate(p.status.effectiveFrom) : "",
        p.status.note ?? "",
        p.needsVerification ? "확인 중" : "",
        p.needsVerification ? snapshot.guidebook.mainPhone : "",
        p.verificationNote ?? "",
        p.gov24ServiceId ?? "",
        p.bokjiroServId ?? "",
        ...p.images.map((i) => i.alt),
      ].filter(Boolean);
      for (const piece of expected) expect(text, `${p.id}: ${piece}`).toContain(piece);
      for (const c of p.contacts) expect(html).toContain(`href="${telHref(c.phone)}"`);
      for (const heading of ["한눈에 보기", "누가 받을 수 있나요?", "어떻게 신청하나요?", "최종 검토일"]) {
        expect(text).toContain(heading);
      }
    }
  });

  test("every policy has a permanent /p/<id>/ page pointing at its current page", async () => {
    for (const p of snapshot.policies) {
      const html = await readFile(join(outDir, "p", p.id, "index.html"), "utf8");
      const target = `${BASE}policies/${p.slug}/`;
      expect(html).toContain(`content="0; url=${target}"`);
      expect(html).toContain(`<a href="${target}">`);
      expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/policies\/[^"]+\/">/);
    }
  });

  test("previous slugs redirect to the current page", async () => {
    const moved = snapshot.policies.filter((p) => p.previousSlugs.length);
    for (const p of moved) {
      for (const old of p.previousSlugs) {
        const html = await readFile(policyFile(old), "utf8");
        expect(html).toContain(`url=${BASE}policies/${p.slug}/`);
      }
    }
    await page.goto(`${server.origin}${BASE}p/${snapshot.policies[0]!.id}/`, { waitUntil: "load" });
    await page.waitForFunction((slug) => decodeURI(location.pathname).includes(slug), {}, snapshot.policies[0]!.slug);
  });

  test("CMS text with braces, script tags and 〈개정〉 notes renders as text and runs nothing", async () => {
    const hostile = snapshot.policies.find((p) => p.id === HOSTILE_POLICY_ID)!;
    await page.goto(`${server.origin}${BASE}policies/${encodeURIComponent(hostile.slug)}/`, { waitUntil: "load" });
    const text = await page.$eval("main", (m) => m.textContent ?? "");
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("<개정 2024. 1. 1.>");
    expect(text).toContain("{중괄호}");
    const scripts = await page.$$eval("script", (all) => all.map((s) => s.textContent ?? ""));
    expect(scripts.some((s) => s.includes("alert(1)"))).toBe(false);
    expect(await page.$$eval("main script, main b", (s) => s.length)).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe("the built output", () => {
  test("every page has lang=ko and no broken internal links or images", async () => {
    const files = await htmlFiles(outDir);
    const broken: string[] = [];
    for (const file of files) {
      const { lang, refs, ids } = await readPage(outDir, file);
      expect(lang, file).toBe("ko");
      for (const ref of refs) {
        if (/^(https?:|tel:|mailto:)/.test(ref)) continue;
        if (ref.startsWith("#")) {
          if (ref.length > 1 && !ids.has(decodeURIComponent(ref.slice(1)))) broken.push(`${file} → ${ref}`);
          continue;
        }
        const path = decodeURIComponent(ref.split(/[?#]/)[0]!);
        // The handbook PDFs are written into downloads/ by `pnpm pdf` after the site build.
        if (/\/downloads\/guidebook-\d{4}(-large)?\.pdf$/.test(path)) continue;
        expect(path.startsWith(BASE), `${file} → ${ref}`).toBe(true);
        const local = join(outDir, path.slice(BASE.length));
        const exists = path.endsWith("/") ? existsSync(join(local, "index.html")) : existsSync(local);
        if (!exists) broken.push(`${file} → ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test("the sitemap lists every published policy with absolute URLs, and only existing pages", async () => {
    const xml = await readFile(join(outDir, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const origin = new URL(String(snapshot.guidebook.siteOrigin)).origin;
    for (const loc of locs) {
      expect(loc.startsWith(`${origin}${BASE}`)).toBe(true);
      const path = decodeURIComponent(new URL(loc).pathname).slice(BASE.length);
      expect(existsSync(join(outDir, path, "index.html")), loc).toBe(true);
    }
    const policyLocs = locs.filter((l) => decodeURIComponent(l).includes("/policies/") && !l.endsWith("/policies/"));
    expect(policyLocs.map((l) => decodeURIComponent(new URL(l).pathname)).sort()).toEqual(
      snapshot.policies.map((p) => `${BASE}policies/${p.slug}/`).sort(),
    );
  });

  test("open data files are copied from the snapshot folder", () => {
    expect(existsSync(join(outDir, "policies.json"))).toBe(true);
    expect(existsSync(join(outDir, "policies.csv"))).toBe(true);
  });

  test("the open-data page states the encoding, BOM, multi-value separator and how formula cells are neutralised", async () => {
    const text = textOf(await readFile(join(outDir, "open-data", "index.html"), "utf8"));
    for (const phrase of ["UTF-8", "BOM", "||", "작은따옴표(')", "=, +, -, @"]) expect(text).toContain(phrase);
  });

  test("no page has an inline script, a <style> or a style attribute (the site's CSP allows none)", async () => {
    const inline: string[] = [];
    for (const file of await htmlFiles(outDir)) {
      const { doc } = await readPage(outDir, file);
      const found = DomUtils.findAll(
        (el) =>
          (el.name === "script" && !el.attribs.src && el.attribs.type !== "application/json") ||
          el.name === "style" ||
          el.attribs.style !== undefined,
        doc.children,
      );
      inline.push(...found.map((el) => `${file}: <${el.name}>`));
    }
    expect(inline).toEqual([]);
  });

  test("a secret in the build environment appears nowhere in the output", async () => {
    const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile())) {
      const content = await readFile(join(entry.parentPath, entry.name));
      expect(content.includes(CANARY), entry.name).toBe(false);
    }
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

  test("its column table lists every column of the shared definitions with its API field", async () => {
    const { doc } = await readPage(outDir, "open-data/index.html");
    const rowHeaders = DomUtils.findAll((el) => el.name === "th" && el.attribs.scope === "row", doc.children).map(
      (th) => DomUtils.textContent(th),
    );
    expect(rowHeaders).toEqual([...OPEN_DATA_POLICY_COLUMNS, ...OPEN_DATA_DEPARTMENT_COLUMNS].map((c) => c.name));
    expect(textOf(await readFile(join(outDir, "open-data", "index.html"), "utf8"))).toContain("온라인신청사이트URL");
  });
});

describe("search in a browser", () => {
  test("finds policies by word parts, particles and category labels; prints recall@10", async () => {
    const titles = new Set(snapshot.policies.map((p) => p.title));
    const queries = SEARCH_QUERIES.filter((q) => titles.has(q.expected));
    let ours = 0;
    let baseline = 0;
    const misses: string[] = [];
    for (const q of queries) {
      const found = await searchTitles(page, server.origin, BASE, q.query);
      if (q.required) expect(found, q.query).toContain(q.expected);
      if (found.includes(q.expected)) ours += 1;
      else misses.push(`${q.query} (${q.kind})`);
      const plain = await pagefindTitles(page, `${server.origin}/__baseline/pagefind/pagefind.js`, q.query);
      if (plain.includes(q.expected)) baseline += 1;
    }
    console.log(
      `recall@10 over ${queries.length} queries: ours ${(ours / queries.length).toFixed(2)} (${ours}), ` +
        `Pagefind default ${(baseline / queries.length).toFixed(2)} (${baseline}); misses: ${misses.join(", ") || "none"}`,
    );
    expect(queries.filter((q) => q.required)).toHaveLength(7);
  });

  test("excerpts show page text with the match marked, never the extra index terms", async () => {
    await searchTitles(page, server.origin, BASE, "버스");
    const excerpt = await page.$eval("#search-results li p", (p) => p.innerHTML);
    expect(excerpt).toContain("<mark>버스</mark>");
    expect(excerpt).not.toContain("내버스 ");
    expect(excerpt).not.toContain("⁂");
  });

  test("filters narrow results by 생애주기", async () => {
    await page.goto(`${server.origin}${BASE}search/?lifeStage=senior`, { waitUntil: "load" });
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    const found = await page.$$eval("#search-results .app-card__title a", (l) => l.map((a) => a.textContent));
    const seniors = snapshot.policies.filter((p) => p.lifeStages.includes("senior")).map((p) => p.title);
    expect(found.sort()).toEqual(seniors.sort());
  });
});

describe("finder in a browser", () => {
  const today = todayKst();
  const titlesOf = (groups: Awaited<ReturnType<typeof runFinder>>, heading?: string) =>
    groups.filter((g) => !heading || g.heading.startsWith(heading)).flatMap((g) => g.items.map((i) => i.title));

  test("a 67-year-old resident of 2 years gets the free bus and not 임신축하금", async () => {
    const groups = await runFinder(page, server.origin, BASE, {
      birthDate: yearsBefore(today, 67, 30),
      residencyYears: 2,
    });
    expect(titlesOf(groups, "신청할 수 있어요")).toContain("65세 이상 어르신 시내버스 무료");
    expect(titlesOf(groups)).not.toContain("임신축하금");
    const bus = groups.flatMap((g) => g.items).find((i) => i.title === "65세 이상 어르신 시내버스 무료")!;
    expect(bus.reasons.join(" ")).toContain("만 67세");
  });

  test("a woman 20 weeks pregnant with twins gets the pregnancy policies, not the bus", async () => {
    const groups = await runFinder(page, server.origin, BASE, {
      birthDate: yearsBefore(today, 31, 30),
      sex: "female",
      pregnancyWeeks: 20,
      babies: 2,
      residencyYears: 3,
    });
    const applies = titlesOf(groups, "신청할 수 있어요");
    expect(applies).toEqual(expect.arrayContaining(["임신축하금", "다태아 안심단체보험"]));
    expect(titlesOf(groups)).toContain("태아 정밀건강검진비 지원");
    expect(titlesOf(groups)).not.toContain("65세 이상 어르신 시내버스 무료");
    for (const item of groups.flatMap((g) => g.items).filter((i) => i.title.includes("임신"))) {
      expect(item.reasons.length).toBeGreaterThan(0);
    }
  });

  test("a single father whose child turns 7 before next March gets 입학기 and 한부모 policies with reasons", async () => {
    const [year] = today.split("-").map(Number) as [number];
    const nextMarch = today.slice(5) >= "03-01" ? year + 1 : year;
    const childBirth = `${nextMarch - 7}-02-01`;
    const groups = await runFinder(page, server.origin, BASE, {
      birthDate: yearsBefore(today, 38),
      sex: "male",
      children: [childBirth],
      situations: ["single-parent"],
      residencyYears: 5,
    });
    const items = groups.flatMap((g) => g.items);
    for (const title of ["초등입학기 10시 출근제", "광양형 한부모가족 지원"]) {
      const item = items.find((i) => i.title === title);
      expect(item, title).toBeDefined();
      expect(item!.reasons.length).toBeGreaterThan(0);
    }
    const mayApply = groups.find((g) => g.heading.startsWith("해당할 수도 있어요"))?.items ?? [];
    for (const item of mayApply) expect(item.text).toContain("확인이 더 필요한 조건");
  });

  test("a policy title holding </script> stays data in the finder's inline JSON", async () => {
    await page.goto(`${server.origin}${BASE}finder/`, { waitUntil: "load" });
    const hostile = snapshot.policies.find((p) => p.id === HOSTILE_POLICY_ID)!;
    const data = await page.$eval("#finder-data", (s) => JSON.parse(s.textContent ?? "[]") as { t: string }[]);
    expect(data.map((p) => p.t)).toContain(hostile.title);
    const others = await page.$$eval("script:not(#finder-data)", (all) => all.map((s) => s.textContent ?? ""));
    expect(others.filter((s) => s.includes("alert(2)"))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test("the finder page says nothing is sent and that results are guidance", async () => {
    await page.goto(`${server.origin}${BASE}finder/`, { waitUntil: "load" });
    const text = await page.$eval("main", (m) => m.textContent ?? "");
    expect(text).toContain("어디에도 보내거나 저장하지 않습니다");
    expect(text).toContain("선정 여부는 신청 후 결정됩니다");
  });
});

describe("accessibility (axe-core, WCAG 2.2 AA)", () => {
  const pages = () => {
    const policy = snapshot.policies.find((p) => p.needsVerification) ?? snapshot.policies[0]!;
    return [
      "",
      "stages/pregnancy/",
      "topics/",
      "situations/single-parent/",
      "departments/",
      "policies/",
      `policies/${encodeURIComponent(policy.slug)}/`,
      "finder/",
      "search/?q=%EB%B2%84%EC%8A%A4",
      "about/",
      "open-data/",
      "no-such-page/",
    ];
  };
  for (const width of [360, 1280]) {
    test(`no violations at ${width}px on every page type`, async () => {
      await page.setViewport({ width, height: 900 });
      const found: string[] = [];
      for (const path of pages()) {
        await page.goto(`${server.origin}${BASE}${path}`, { waitUntil: "networkidle0" });
        if (path === "finder/") {
          await page.waitForSelector("#finder-form[data-ready]");
          await page.focus("#f-add-child");
          await page.keyboard.press("Enter");
          await page.focus("#finder-form button[type=submit]");
          await page.keyboard.press("Enter");
        }
        for (const v of await axeViolations(page)) found.push(`${path}: ${v}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        if (overflow) found.push(`${path}: horizontal scroll at ${width}px`);
      }
      expect(found).toEqual([]);
    });
  }
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
  test("no page the browser tests opened (search with Pagefind, finder, axe) broke the CSP", () => {
    expect(cspViolations).toEqual([]);
  });

  test("no page the browser tests opened requested anything from another origin", () => {
    expect(requested.length).toBeGreaterThan(50);
    const foreign = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== server.origin);
    expect(foreign).toEqual([]);
  });
});
