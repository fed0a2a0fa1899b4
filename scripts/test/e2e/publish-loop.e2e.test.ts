/**
 * The main job end to end, in real Chromium against servers started by `pnpm start` itself:
 * an editor writes a 청년 policy in the admin → the site does not show the draft → a publisher
 * publishes → site page, Pagefind search and PDF show it → unpublished → gone again. Then a
 * rebuild step fails and the last good site stays served while staff see the failure.
 */
import { readlink } from "node:fs/promises";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { launchChromium } from "@lifewelfare/handbook/chromium";
import { SECURITY_HEADERS } from "@lifewelfare/site/security-headers";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { paragraph, text } from "../helpers/cms-docs.ts";
import {
  pdfText as livePdfText,
  recordSitePage,
  residentSearch,
  type StartedServers,
  startPnpmStart,
  eventually as waitFor,
} from "../helpers/pnpm-start.ts";

const EDITOR = { email: "editor@example.kr", password: "editor-password-1" };
const PUBLISHER = { email: "publisher@example.kr", password: "publisher-password-1" };
const ADMIN = { email: "admin@example.kr", password: "admin-password-1" };
const TITLE = "청년 마음돌봄 바우처";
const BODY_WORD = "마음돌봄상담";

let started: StartedServers;
let dataDir: string;
let site: string;
let cms: string;
let browser: Browser;
let page: Page;
const tokens: Record<string, string> = {};
/** CSP violations and foreign requests of the site's pages in the browser (the production server's headers). */
let cspViolations: string[];
let foreignRequests: string[];

async function api(method: string, path: string, body?: unknown, as?: string) {
  const response = await fetch(`${cms}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(as ? { authorization: `JWT ${tokens[as]}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

/**
 * The publisher takes over editing, as the admin's "take over" does: the editor's document lock
 * (Payload's `payload-locked-documents`) is released so the publisher can publish.
 */
async function takeOver(id: number, as: string): Promise<void> {
  const locks = await api(
    "GET",
    `/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`,
    undefined,
    as,
  );
  for (const lock of locks.json?.docs ?? [])
    await api("DELETE", `/api/payload-locked-documents/${lock.id}`, undefined, as);
}

const eventually = (what: string, check: () => Promise<boolean>) => waitFor(what, check, started.output);
const status = async (path: string) => (await fetch(`${site}${path}`)).status;
const pdfText = () => livePdfText(site);
const siteText = async (path: string) => (await fetch(`${site}${path}`, { cache: "no-store" })).text();

/**
 * Waits until a whole rebuild requested after `since` (ISO) has finished, as 배포 상태 reports it
 * (the pipeline's last step, 배포 전환, or a failure), and returns that history entry.
 */
async function rebuildFinishedAfter(since: string): Promise<{ state: string; message: string }> {
  let entry: { state: string; step: string; message: string; at: string } | undefined;
  await eventually("the rebuild to finish", async () => {
    const history = (await api("GET", "/api/globals/rebuild-status", undefined, "publisher")).json?.history ?? [];
    entry = history.find(
      (h: { state: string; step: string; at: string }) =>
        h.at > since && (h.step === "배포 전환" || h.state === "failed"),
    );
    return entry !== undefined;
  });
  return entry!;
}

const searchUrls = (word: string) => residentSearch(page, site, word);

beforeAll(async () => {
  started = await startPnpmStart();
  ({ dataDir, site, cms } = started);
  await eventually("the CMS answers", async () => (await fetch(`${cms}/api/users/me`)).status < 500);

  const link = /\/admin\/create-first-user\?token=([0-9a-f]{64})/.exec(started.output());
  expect(link, "pnpm start prints the one-time link for the first 관리자").not.toBeNull();
  const first = await api("POST", `/api/users/first-register?token=${link?.[1]}`, { ...ADMIN, name: "관리자" });
  expect(first.status, JSON.stringify(first.json)).toBe(200);
  tokens.admin = first.json.token;
  for (const [who, user, role] of [
    ["editor", EDITOR, "editor"],
    ["publisher", PUBLISHER, "publisher"],
  ] as const) {
    const created = await api("POST", "/api/users", { ...user, name: who, role }, "admin");
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    tokens[who] = (await api("POST", "/api/users/login", user)).json.token;
  }
  browser = await launchChromium();
  page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  ({ cspViolations, foreignRequests } = await recordSitePage(page, site));
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  await started?.stop();
});

describe("publish → live site, search and PDF", () => {
  let id: number;
  let stableId: string;
  let slug: string;

  test("pnpm start serves the seeded site and the CMS admin", async () => {
    expect(await status("/")).toBe(200);
    expect(await status("/p/g-senior-bus/")).toBe(200);
    expect((await fetch(`${cms}/admin/login`)).status).toBe(200);
  });

  test("an editor's draft, typed in the admin, is not on the site", async () => {
    await page.goto(`${cms}/admin/login`, { waitUntil: "networkidle2" });
    await page.type("#field-email", EDITOR.email);
    await page.type("#field-password", EDITOR.password);
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click("button[type=submit]")]);
    await page.goto(`${cms}/admin/collections/policies/create`, { waitUntil: "networkidle2" });
    await page.waitForSelector("#field-title");
    await page.type("#field-title", TITLE);
    await page.locator("button::-p-text(초안 저장)").click();

    await eventually("the draft is saved", async () => {
      const found = await api(
        "GET",
        `/api/policies?draft=true&where[title][equals]=${encodeURIComponent(TITLE)}`,
        undefined,
        "editor",
      );
      id = found.json?.docs?.[0]?.id;
      return Boolean(id);
    });
    const saved = await api(
      "PATCH",
      `/api/policies/${id}?draft=true`,
      {
        summary: "마음이 힘든 청년에게 상담 바우처를 드려요.",
        lifeStages: ["youth"],
        primaryChapter: "youth",
        interestTopics: ["mental-health"],
        targetAudience: paragraph(text("광양시에 사는 19~39세 청년")),
        benefits: paragraph(text(`${BODY_WORD} 서비스를 8회 이용할 수 있는 바우처`)),
        applicationMethod: { channels: ["visit"] },
        contacts: [{ label: "여성가족과", phone: "061-797-2776" }],
        sourceUrls: ["https://example.kr/youth-mind"],
        status: { value: "active" },
        lastReviewedAt: "2026-11-20",
      },
      "editor",
    );
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    stableId = saved.json.doc.stableId;
    slug = saved.json.doc.slug;
    expect(slug).toContain("마음돌봄");

    // The editor leaves: logging out releases Payload's document lock for the publisher.
    await page.goto(`${cms}/admin/logout`, { waitUntil: "networkidle2" });
    const refused = await api("PATCH", `/api/policies/${id}`, { _status: "published" }, "editor");
    expect(refused.status).toBeGreaterThanOrEqual(400);
    // A whole rebuild after the draft save, finished, still leaves it off the site.
    const since = new Date().toISOString();
    expect((await api("POST", "/api/rebuild", {}, "editor")).status).toBe(202);
    expect(await rebuildFinishedAfter(since)).toMatchObject({ state: "succeeded" });
    expect(await status(`/p/${stableId}/`)).toBe(404);
    expect(await status(`/policies/${encodeURIComponent(slug)}/`)).toBe(404);
    expect(await pdfText()).not.toContain(TITLE);
    expect(await siteText("/policies.json")).not.toContain(TITLE);
  }, 300_000);

  test("a publisher publishes it: page, search and PDF show it within the bounded wait", async () => {
    await takeOver(id, "publisher");
    const published = await api("PATCH", `/api/policies/${id}`, { _status: "published" }, "publisher");
    expect(published.status, JSON.stringify(published.json)).toBe(200);
    await eventually("the policy page", async () => (await status(`/policies/${encodeURIComponent(slug)}/`)) === 200);
    expect(await status(`/p/${stableId}/`)).toBe(200);
    expect((await searchUrls(BODY_WORD)).some((url) => url.includes(slug))).toBe(true);
    expect(await pdfText()).toContain(TITLE);
    expect(await (await fetch(`${site}/sitemap.xml`)).text().then(decodeURI)).toContain(slug);
    // The open data the export wrote and the site build copied into the live release.
    expect(await siteText("/policies.json")).toContain(TITLE);
    expect(await siteText("/policies.csv")).toContain(TITLE);
  }, 300_000);

  test("unpublished, it disappears from site, search, sitemap and PDF", async () => {
    await takeOver(id, "publisher");
    const unpublished = await api("PATCH", `/api/policies/${id}`, { _status: "draft" }, "publisher");
    expect(unpublished.status, JSON.stringify(unpublished.json)).toBe(200);
    await eventually("the page is gone", async () => (await status(`/policies/${encodeURIComponent(slug)}/`)) === 404);
    expect(await status(`/p/${stableId}/`)).toBe(404);
    expect((await searchUrls(BODY_WORD)).some((url) => url.includes(slug))).toBe(false);
    expect(await (await fetch(`${site}/sitemap.xml`)).text().then(decodeURI)).not.toContain(slug);
    expect(await pdfText()).not.toContain(TITLE);
    expect(await siteText("/policies.json")).not.toContain(TITLE);
    expect(await siteText("/policies.csv")).not.toContain(TITLE);
  }, 300_000);
});

describe("the production static server, as pnpm start runs it", () => {
  test("answers with the site's security headers, its Korean 404 page, and the files' own types", async () => {
    const home = await fetch(`${site}/`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(home.headers.get(name), name).toBe(value);
    const missing = await fetch(`${site}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("페이지를 찾을 수 없습니다");
    const types = {
      "/policies.json": "application/json",
      "/policies.csv": "text/csv",
      "/policies.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "/downloads/guidebook-2026.pdf": "application/pdf",
      "/pagefind/pagefind.js": "text/javascript",
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await fetch(`${site}${path}`, { method: "HEAD" });
      expect([path, response.status, response.headers.get("content-type")?.split(";")[0]]).toEqual([path, 200, type]);
    }
    expect((await fetch(`${site}/`, { method: "DELETE" })).status).toBe(405);
  });

  test("its search page filters and pages in Chromium, and no site page broke the CSP or left the origin", async () => {
    await page.goto(`${site}/search/?lifeStage=senior`, { waitUntil: "load" });
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    const seniors = await page.$$eval("#search-results .app-card__title a", (l) => l.map((a) => a.textContent));
    expect(seniors).toContain("65세 이상 어르신 시내버스 무료");
    await page.goto(`${site}/search/?lifeStage=youth&lifeStage=senior&lifeStage=child&lifeStage=infant`, {
      waitUntil: "load",
    });
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length === 10);
    expect(await page.$eval("#search-more", (b) => (b as HTMLButtonElement).hidden)).toBe(false);
    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe("a failing rebuild", () => {
  test("keeps the previous site served and shows the failure to staff in the admin", async () => {
    const live = await readlink(join(dataDir, "current"));
    // An invalid phone number forced into the database behind the CMS's back.
    const db = createClient({ url: `file:${join(dataDir, "cms.db")}` });
    const target = await db.execute("select id from policies where stable_id = 'g-senior-bus'");
    const policyId = target.rows[0]?.id;
    await db.execute({
      sql: "insert into policies_contacts (_order, _parent_id, id, label, phone) values (99, ?, 'forced-bad-phone', '잘못된 번호', '02-12-345')",
      args: [policyId ?? null],
    });
    db.close();

    const triggered = await api("POST", "/api/rebuild", {}, "publisher");
    expect(triggered.status).toBeLessThan(300);
    await eventually("the failure is recorded", async () => {
      const state = await api("GET", "/api/globals/rebuild-status", undefined, "publisher");
      return state.json?.state === "failed";
    });
    const recorded = await api("GET", "/api/globals/rebuild-status", undefined, "publisher");
    expect(recorded.json.message).toContain("65세 이상 어르신 시내버스 무료");
    expect(await readlink(join(dataDir, "current"))).toBe(live);
    expect(await status("/p/g-senior-bus/")).toBe(200);

    await page.goto(`${cms}/admin/login`, { waitUntil: "networkidle2" });
    await page.type("#field-email", PUBLISHER.email);
    await page.type("#field-password", PUBLISHER.password);
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click("button[type=submit]")]);
    await page.goto(`${cms}/admin/globals/rebuild-status`, { waitUntil: "networkidle2" });
    await page.waitForSelector("#field-message");
    const shown = await page.evaluate(() =>
      [
        document.body.textContent ?? "",
        ...[...document.querySelectorAll("input, textarea")].map((el) => (el as HTMLInputElement).value),
      ].join("\n"),
    );
    expect(shown).toContain("실패");
    expect(shown).toContain("65세 이상 어르신 시내버스 무료");
  }, 300_000);
});
