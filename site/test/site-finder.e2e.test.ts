/** The finder (맞춤형 찾기) in Chromium, and axe-core over every page type at phone and desktop widths. */
import type { Snapshot } from "@lifewelfare/content-models";
import { todayKst } from "@lifewelfare/content-models";
import { axeViolations } from "@lifewelfare/test-support/axe";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runFinder, yearsBefore } from "./helpers/pages.ts";
import { sharedFixtureSite } from "./helpers/shared-site.ts";
import { cspChecks, openSiteSession, type SiteSession } from "./helpers/site-session.ts";
import { HOSTILE_POLICY_ID } from "./helpers/snapshot.ts";

const BASE = "/";
let snapshot: Snapshot;
let outDir: string;
let session: SiteSession;
let server: SiteSession["server"];
let page: Page;
let dialogs: string[];

beforeAll(async () => {
  ({ snapshot, outDir } = await sharedFixtureSite());
  session = await openSiteSession(outDir, BASE);
  ({ server, page, dialogs } = session);
});

afterAll(async () => {
  await session?.close();
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

  test("the page carries no policy data: it fetches finder-data.json after its first paint", async () => {
    const html = await (await fetch(`${server.origin}${BASE}finder/`)).text();
    expect(html).not.toContain("65세 이상 어르신 시내버스 무료");
    await page.goto(`${server.origin}${BASE}finder/`, { waitUntil: "load" });
    const timing = await page.waitForFunction(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
      const data = performance
        .getEntriesByType("resource")
        .find((entry) => entry.name.endsWith("/finder-data.json"))?.startTime;
      return paint !== undefined && data !== undefined && { paint, data };
    });
    const { paint, data } = (await timing.jsonValue()) as { paint: number; data: number };
    expect(data).toBeGreaterThanOrEqual(paint);
  });

  test("a policy title holding </script> stays data in finder-data.json and text in the results", async () => {
    const hostile = snapshot.policies.find((p) => p.id === HOSTILE_POLICY_ID)!;
    const response = await fetch(`${server.origin}${BASE}finder-data.json`);
    expect(response.headers.get("content-type")).toContain("application/json");
    const data = (await response.json()) as { t: string }[];
    expect(data.map((p) => p.t)).toContain(hostile.title);
    const groups = await runFinder(page, server.origin, BASE, {});
    expect(groups.flatMap((g) => g.items.map((i) => i.title))).toContain(hostile.title);
    const scripts = await page.$$eval("script", (all) => all.map((s) => s.textContent ?? ""));
    expect(scripts.filter((s) => s.includes("alert(2)"))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test("a finder that cannot load its data says so in Korean, and works once it can", async () => {
    await page.setRequestInterception(true);
    const refuse = (request: import("puppeteer-core").HTTPRequest) => {
      if (request.url().endsWith("finder-data.json")) void request.abort("internetdisconnected");
      else void request.continue();
    };
    page.on("request", refuse);
    try {
      await page.goto(`${server.origin}${BASE}finder/`, { waitUntil: "load" });
      await page.waitForSelector("#finder-form[data-ready=true]");
      await page.click("#finder-form button[type=submit]");
      await page.waitForFunction(() =>
        document.querySelector("#finder-status")?.textContent?.includes("불러오지 못했습니다"),
      );
    } finally {
      page.off("request", refuse);
      await page.setRequestInterception(false);
    }
    await page.click("#finder-form button[type=submit]");
    await page.waitForFunction(() => document.querySelectorAll("#finder-results li").length > 0);
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

describe("Content-Security-Policy", () => {
  cspChecks(() => session, 20);
});
