/**
 * The fixture site's pages and files as built: every policy field on its page, permanent and
 * previous addresses, images, links, the sitemap, copied files, no inline code, no leaked secret.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatAmount, formatKstDate, type Snapshot, telHref } from "@lifewelfare/content-models";
import { plainText } from "@lifewelfare/content-models/plain-text";
import { DomUtils } from "htmlparser2";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { label } from "../src/i18n/ko.ts";
import { HOME_NEW_LIMIT, newPolicies } from "../src/lib/new-policies.ts";
import { ILLUSTRATED_POLICY_ID, POLICY_IMAGE, PREVIOUS_SLUGS } from "./helpers/build.ts";
import { htmlFiles, readPage } from "./helpers/crawl.ts";
import { sharedFixtureSite } from "./helpers/shared-site.ts";
import { cspChecks, openSiteSession, type SiteSession } from "./helpers/site-session.ts";
import { HOSTILE_POLICY_ID } from "./helpers/snapshot.ts";

const BASE = "/";
let snapshot: Snapshot;
let outDir: string;
let snapshotDir: string;
let canary: string;
let session: SiteSession;
let server: SiteSession["server"];
let page: Page;
let dialogs: string[];

const policyFile = (slug: string) => join(outDir, "policies", slug, "index.html");
const textOf = (html: string) => plainText(html, { oneLine: true });

beforeAll(async () => {
  ({ snapshot, outDir, snapshotDir, canary } = await sharedFixtureSite());
  session = await openSiteSession(outDir, BASE);
  ({ server, page, dialogs } = session);
});

afterAll(async () => {
  await session?.close();
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
      ].filter(Boolean);
      for (const piece of expected) expect(text, `${p.id}: ${piece}`).toContain(piece);
      for (const c of p.contacts) expect(html).toContain(`href="${telHref(c.phone)}"`);
      for (const image of p.images) expect(html).toContain(`alt="${image.alt}"`);
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
    expect(moved.map((p) => [p.id, p.previousSlugs])).toEqual([[ILLUSTRATED_POLICY_ID, PREVIOUS_SLUGS]]);
    for (const p of moved) {
      for (const old of p.previousSlugs) {
        const html = await readFile(policyFile(old), "utf8");
        expect(html).toContain(`content="0; url=${BASE}policies/${p.slug}/"`);
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(decodeURI(html)).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+/policies/${p.slug}/">`));
        await page.goto(`${server.origin}${BASE}policies/${encodeURIComponent(old)}/`, { waitUntil: "load" });
        await page.waitForFunction((slug) => decodeURI(location.pathname).includes(slug), {}, p.slug);
        await page.waitForSelector("main h1");
        expect(await page.$eval("main h1", (h) => h.textContent)).toBe(p.title);
      }
    }
    await page.goto(`${server.origin}${BASE}p/${snapshot.policies[0]!.id}/`, { waitUntil: "load" });
    await page.waitForFunction((slug) => decodeURI(location.pathname).includes(slug), {}, snapshot.policies[0]!.slug);
  });

  test("a policy's image is shown with its alt text and its file is served from the snapshot's media", async () => {
    const p = snapshot.policies.find((x) => x.id === ILLUSTRATED_POLICY_ID)!;
    await page.goto(`${server.origin}${BASE}policies/${encodeURIComponent(p.slug)}/`, { waitUntil: "load" });
    const images = await page.$$eval("main figure img", (all) =>
      all.map((img) => ({ alt: img.getAttribute("alt"), src: (img as HTMLImageElement).src })),
    );
    const src = `${server.origin}${BASE}${POLICY_IMAGE.original.src}`;
    expect(images).toEqual([{ alt: POLICY_IMAGE.alt, src }]);
    const response = await fetch(src);
    expect([response.status, response.headers.get("content-type")]).toEqual([200, "image/png"]);
    const served = Buffer.from(await response.arrayBuffer());
    expect(served.equals(await readFile(join(snapshotDir, POLICY_IMAGE.original.src)))).toBe(true);
    expect(await page.$eval("main figure img", (img) => (img as HTMLImageElement).decode().then(() => true))).toBe(
      true,
    );
    const others = snapshot.policies.find((x) => x.images.length === 0)!;
    expect(await readFile(policyFile(others.slug), "utf8")).not.toContain("<figure>");
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

describe("신규 정책", () => {
  const titles = (html: string) =>
    [...html.matchAll(/<h[23] class="app-card__title">\s*<a [^>]*>([^<]*)<\/a>/g)].map((m) => textOf(m[1]!));

  test("the home page lists the newest few and links to the page that lists them all, newest first", async () => {
    const all = newPolicies(snapshot.policies);
    expect(all.length).toBeGreaterThan(0);
    const home = await readFile(join(outDir, "index.html"), "utf8");
    const section = /<section aria-labelledby="new-title">([\s\S]*?)<\/section>/.exec(home)?.[1] ?? "";
    expect(titles(section)).toEqual(all.slice(0, HOME_NEW_LIMIT).map((p) => p.title));
    expect(section.includes(`href="${BASE}new/"`)).toBe(all.length > HOME_NEW_LIMIT);
    const page = await readFile(join(outDir, "new", "index.html"), "utf8");
    expect(titles(page)).toEqual(all.map((p) => p.title));
    const dates = all.map((p) => p.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
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

  test("the open-data files and media in the output are the snapshot folder's, byte for byte, and served", async () => {
    const files = ["policies.json", "policies.csv", "policies.schema.json", "policies.xlsx", POLICY_IMAGE.original.src];
    for (const file of files) {
      const copied = await readFile(join(outDir, file));
      expect(copied.equals(await readFile(join(snapshotDir, file))), file).toBe(true);
      const served = Buffer.from(await (await fetch(`${server.origin}${BASE}${file}`)).arrayBuffer());
      expect(served.equals(copied), file).toBe(true);
    }
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
      expect(content.includes(canary), entry.name).toBe(false);
    }
  });
});

describe("Content-Security-Policy", () => {
  cspChecks(() => session, 5);
});
