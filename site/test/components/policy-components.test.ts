import { periodText, telHref } from "@lifewelfare/content-models";
import { axeViolations } from "@lifewelfare/test-support/axe";
import { launchBrowser } from "@lifewelfare/test-support/chromium";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import Breadcrumb from "../../src/components/Breadcrumb.astro";
import PolicyArticle from "../../src/components/PolicyArticle.astro";
import PolicyBadges from "../../src/components/PolicyBadges.astro";
import PolicyCard from "../../src/components/PolicyCard.astro";
import SiteFooter from "../../src/components/SiteFooter.astro";
import StatusNotice from "../../src/components/StatusNotice.astro";
import { department, EXAMPLES, guidebook, HOSTILE, ON } from "./examples.ts";
import { byClass, byTag, children, type Element, elements, render, text, within } from "./render.ts";

beforeAll(() => {
  vi.stubEnv("SITE_BUILD_DATE", ON);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const badgesOf = (html: string) =>
  byClass(html, "krds-badge").map((b) => `${(b.attribs.class ?? "").replace(/.*outline-(\w+).*/, "$1")}:${text(b)}`);
const factsOf = (html: string) => {
  const facts = new Map<string, string>();
  for (const dl of byClass(html, "app-facts")) {
    const items = dl.children.filter((c) => "name" in c && (c.name === "dt" || c.name === "dd")) as Element[];
    for (let i = 0; i + 1 < items.length; i += 2) facts.set(text(items[i] as Element), text(items[i + 1] as Element));
  }
  return facts;
};

describe.each(EXAMPLES)("$name", (example) => {
  it("PolicyBadges shows the badges with their tones, in order", async () => {
    const html = await render(PolicyBadges, { policy: example.policy });
    expect(badgesOf(html)).toEqual(example.badges);
    expect(byTag(html, "ul")).toHaveLength(example.badges.length ? 1 : 0);
  });

  it("StatusNotice shows the status lines and the 확인 중 notice", async () => {
    const html = await render(StatusNotice, { policy: example.policy, guidebook });
    const notices = byClass(html, "app-notice");
    const status = notices.filter((n) => !text(n).startsWith("확인 중"));
    expect(status.flatMap((n) => children(n, "p").map(text))).toEqual(example.notice);
    expect(byClass(html, "app-notice--ended").length > 0).toBe(example.ended === true);
    const verifying = notices.find((n) => text(n).startsWith("확인 중"));
    expect(Boolean(verifying)).toBe(example.verifying);
    if (verifying) {
      expect(text(verifying)).toContain(example.policy.verificationNote ?? "");
      expect(elements(html, (el) => el.attribs.href === telHref(guidebook.mainPhone))).toHaveLength(1);
    }
  });

  it("PolicyArticle prints 신청기한 in content-models' words, the badges and the notice", async () => {
    const html = await render(PolicyArticle, { policy: example.policy, guidebook, department });
    expect(factsOf(html).get("신청기한")).toBe(example.period);
    expect(example.period).toBe(periodText(example.policy));
    expect(badgesOf(html)).toEqual(example.badges);
    // 한눈에 보기 carries the same 신청기한 words after the channels and the office.
    expect(byClass(html, "app-glance").map(text).join("")).toContain(`방문 · 광양시보건소 · ${example.period}`);
  });
});

describe("PolicyArticle", () => {
  it("lays out 한눈에 보기 and the four questions, each listed in the in-page navigation", async () => {
    const html = await render(PolicyArticle, { policy: EXAMPLES[0]?.policy, guidebook, department });
    const sections = elements(html, (el) => el.name === "section" && Boolean(el.attribs.id)).map((s) => s.attribs.id);
    expect(sections).toEqual(["at-a-glance", "who", "what", "how", "contact", "source"]);
    const nav = byClass(html, "in-page-navigation-list").flatMap((n) => within(n, "a"));
    expect(nav.map((a) => a.attribs.href)).toEqual(sections.map((id) => `#${id}`));
    // Rich text is the snapshot's sanitised HTML, kept as elements; amounts are in words.
    const prose = byClass(html, "app-prose").flatMap((p) => within(p, "li").map(text));
    expect(prose).toContain("수도권(서울·인천·경기): 10만 원");
    expect(html).toContain("수도권 진료: 건당 10만 원 (총 50만 원 한도)");
    expect(factsOf(html).get("최종 검토일")).toBe("2026. 11. 20.");
    expect(byTag(html, "h1").map(text)).toEqual(["어린이 중증환자 교통비 지원"]);
  });

  it("keeps every content string that looks like markup as text", async () => {
    const html = await render(PolicyArticle, { policy: HOSTILE, guidebook, department });
    expect(byTag(html, "script")).toEqual([]);
    expect(byTag(html, "img")).toEqual([]);
    expect(byTag(html, "h1").map(text)).toEqual([HOSTILE.title]);
    expect(byTag(html, "b").concat(byTag(html, "i"))).toEqual([]);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; 신분증");
  });
});

describe("PolicyCard and Breadcrumb", () => {
  it("PolicyCard links the title at the asked heading level, with the badges", async () => {
    const example = EXAMPLES.find((e) => e.badges.length > 1) ?? EXAMPLES[0];
    const html = await render(PolicyCard, { policy: example?.policy, headingLevel: 2 });
    const link = byTag(html, "h2").flatMap((h) => within(h, "a"))[0];
    expect(link?.attribs.href).toBe(`/policies/${example?.policy.slug}/`);
    expect(badgesOf(html)).toEqual(example?.badges);
  });

  it("Breadcrumb links every level but the current page, which is aria-current", async () => {
    const html = await render(Breadcrumb, {
      items: [{ label: "전체 정책", href: "/policies/" }, { label: "이 정책" }],
    });
    expect(byTag(html, "a").map((a) => [text(a), a.attribs.href])).toEqual([
      ["홈", "/"],
      ["전체 정책", "/policies/"],
    ]);
    expect(elements(html, (el) => el.attribs["aria-current"] === "page").map(text)).toEqual(["이 정책"]);
  });
});

describe("SiteFooter", () => {
  const contactsOf = (html: string) =>
    byClass(html, "app-contacts__item").map((item) => [
      within(item, "dt").map(text).join(""),
      within(item, "a")
        .map((a) => a.attribs.href)
        .join(""),
    ]);
  it("lists the city's contacts as tel: links", async () => {
    const contacts = [
      { label: "복지정책과", phone: "061-797-2114" },
      { label: "보건소", phone: "061-797-4049" },
    ];
    const html = await render(SiteFooter, { guidebook: { ...guidebook, contacts } });
    expect(contactsOf(html)).toEqual(contacts.map((c) => [c.label, telHref(c.phone)]));
  });
  it("falls back to the 대표 전화 when the city names no contact", async () => {
    const html = await render(SiteFooter, { guidebook: { ...guidebook, contacts: [] } });
    expect(contactsOf(html)).toEqual([["대표 전화", telHref(guidebook.mainPhone)]]);
  });
});

describe("axe (WCAG 2.2 A/AA) on the rendered fragments", () => {
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close?.();
  });

  it("finds no violation in a policy page body for any example", async () => {
    const page = await browser.newPage();
    for (const example of [...EXAMPLES.map((e) => e.policy), HOSTILE]) {
      const body = await render(PolicyArticle, { policy: example, guidebook, department });
      await page.setContent(
        `<!doctype html><html lang="ko"><head><title>${example.id}</title></head><body><main>${body}</main></body></html>`,
      );
      expect(await axeViolations(page), example.title).toEqual([]);
    }
    await page.close();
  });
});
