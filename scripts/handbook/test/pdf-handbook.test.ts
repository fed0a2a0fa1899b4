import { readFile } from "node:fs/promises";
import { PDFDocument, PDFHexString, PDFName, PDFString } from "@cantoo/pdf-lib";
import { FIELD_LABELS, formatAmount, type Policy, SECTION_HEADINGS } from "@lifewelfare/content-models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Book, policyShortUrl } from "../src/book.ts";
import type { EditionResult } from "../src/index.ts";
import { RARE_POLICY, RARE_SYLLABLES } from "../testing/pdf-fixture.ts";
import { destPage, internalLinks, pdfFonts, pdfInfo, textRuns } from "../testing/pdf-read.ts";
import {
  figuresWithoutAlt,
  headerReferences,
  idTreeOf,
  labelOrders,
  structureIds,
  textOutsideStructure,
} from "./helpers/pdf-a11y.ts";
import {
  MATTER_TITLES,
  type Printed,
  type PrintedHandbook,
  pageOfChapter,
  pageOfLine,
  printFixtureHandbook,
  squash,
} from "./helpers/printed-handbook.ts";

const MM = 72 / 25.4;

let handbook: PrintedHandbook;
let book: Book;
let results: EditionResult[];
let printed: Map<string, Printed>;

beforeAll(async () => {
  handbook = await printFixtureHandbook();
  ({ book, results, printed } = handbook);
});

afterAll(async () => {
  await handbook?.close();
});

const allPolicies = () => book.index;

describe.each(["standard", "large"])("handbook PDF, %s edition", (editionId) => {
  const get = () => {
    const p = printed.get(editionId);
    if (!p) throw new Error(`edition ${editionId} was not printed`);
    return p;
  };

  it("is written as guidebook-<year>[-large].pdf with title, author, language and tags", async () => {
    const p = get();
    expect(p.file).toMatch(editionId === "large" ? /guidebook-2026-large\.pdf$/ : /guidebook-2026\.pdf$/);
    const info = await pdfInfo(p.file);
    expect(info.Title).toContain(book.guidebook.title);
    expect(info.Author).toBe(book.guidebook.operatorName);
    expect(info.Tagged).toBe("yes");
    expect(info["Page size"]).toContain("(A4)");
    expect(Number(info.Pages)).toBe(p.pages.length);
    const metadata = await p.doc.getMetadata();
    expect((metadata.info as Record<string, unknown>).Author).toBe(book.guidebook.operatorName);
    expect((await p.doc.getMarkInfo())?.Marked).toBe(true);
    // The document language a screen reader reads the whole book in (ISO 32000 §14.9.2).
    const pdf = await PDFDocument.load(await readFile(p.file), { updateMetadata: false });
    const lang = pdf.catalog.lookupMaybe(PDFName.of("Lang"), PDFString, PDFHexString);
    expect(lang?.decodeText()).toBe("ko");
  });

  it("prints every policy once, under its title, with its short address", () => {
    const p = get();
    const text = p.pages.map((lines) => lines.join("\n")).join("\n");
    for (const policy of allPolicies()) {
      const entryPages = p.pages.filter((lines) => lines.slice(1).includes(policy.title));
      expect(entryPages, policy.title).toHaveLength(1);
      expect(squash(text), policy.id).toContain(squash(policyShortUrl(book, policy.id)));
    }
  });

  it("prints the page number where each TOC, opener and index line's title really is", async () => {
    const p = get();
    const expected = new Map<string, number>();
    for (const title of MATTER_TITLES) expected.set(title, pageOfLine(p, title));
    for (const c of book.chapters) expected.set(`제${c.number}장 ${c.label}`, pageOfChapter(p, c.number, c.label));
    for (const policy of allPolicies()) expected.set(policy.title, pageOfLine(p, policy.title));
    for (const [title, page] of expected) expect(page, title).toBeGreaterThan(0);
    const titles = [...expected.keys()].sort((a, b) => b.length - a.length);

    const checked = new Map<string, number>();
    for (let n = 1; n <= p.pages.length; n++) {
      for (const link of await internalLinks(p.doc, n)) {
        const title = titles.find((t) => squash(link.text).startsWith(squash(t)));
        expect(title, `link text "${link.text}" on page ${n}`).toBeDefined();
        if (!title) continue;
        expect(link.printedNumber, `${title} (line on page ${n})`).toBe(expected.get(title));
        expect(link.targetPage, `${title} (link on page ${n})`).toBe(expected.get(title));
        checked.set(title, (checked.get(title) ?? 0) + 1);
      }
    }
    // Every chapter is in the TOC; every policy is in the index and in its chapter's opener list,
    // and once more per other 생애주기 it belongs to.
    for (const c of book.chapters) expect(checked.get(`제${c.number}장 ${c.label}`), c.label).toBe(1);
    for (const policy of allPolicies()) {
      const otherStages = new Set(policy.lifeStages.filter((s) => s !== policy.primaryChapter)).size;
      expect(checked.get(policy.title), policy.title).toBe(2 + otherStages);
    }
  });

  it("has an outline with one item per chapter holding one item per entry", async () => {
    const p = get();
    const outline = await p.doc.getOutline();
    const top = outline.map((item) => item.title);
    expect(top).toEqual([
      ...MATTER_TITLES.slice(0, 3),
      ...book.chapters.map((c) => c.label),
      ...MATTER_TITLES.slice(3),
    ]);
    for (const chapter of book.chapters) {
      const item = outline.find((i) => i.title === chapter.label);
      expect(item?.items.map((i) => i.title)).toEqual(chapter.entries.map((e) => e.title));
      expect(await destPage(p.doc, item?.dest)).toBe(pageOfChapter(p, chapter.number, chapter.label));
      for (const [index, entry] of chapter.entries.entries()) {
        expect(await destPage(p.doc, item?.items[index]?.dest), entry.title).toBe(pageOfLine(p, entry.title));
      }
    }
  });

  it("is one tagged document over all its parts: every page's text is in the one Document element", async () => {
    const p = get();
    for (let n = 1; n <= p.pages.length; n++) {
      const tree = (await (await p.doc.getPage(n)).getStructTree()) as { children: { role?: string }[] };
      expect(
        tree.children.map((c) => c.role),
        `page ${n}`,
      ).toEqual(["Document"]);
      expect(JSON.stringify(tree), `page ${n}`).toContain('"type":"content"');
    }
  });

  it("is accessible: text tagged or artifact, unique IDs in the IDTree, table headers resolved, figures with alt", async () => {
    const p = get();
    expect(await textOutsideStructure(p.doc)).toEqual([]);
    const pdf = await PDFDocument.load(await readFile(p.file), { updateMetadata: false });
    const ids = structureIds(pdf).map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...idTreeOf(pdf).keys()].sort()).toEqual([...ids].sort());
    const headers = headerReferences(pdf);
    expect(headers.length).toBeGreaterThan(0); // the department directory's table
    for (const h of headers) expect(h.role, h.id).toBe("TH");
    const figures = figuresWithoutAlt(pdf);
    expect(figures.figures).toBeGreaterThanOrEqual(2); // the cover and chapter mascots
    // a QR code per entry and the site's (cover, guide page), each a Figure with its alternate text
    const entries = book.chapters.reduce((n, c) => n + c.entries.length, 0);
    expect(figures.alts.filter((alt) => alt.endsWith("QR 코드")).length).toBeGreaterThanOrEqual(entries + 1);
    expect(figures.withoutAlt).toEqual([]);
  });

  it("reads each entry's title, section titles and field labels in the order they are printed", async () => {
    const p = get();
    const labels = new Set<string>([
      ...Object.values(SECTION_HEADINGS),
      ...Object.values(FIELD_LABELS),
      ...allPolicies().map((x) => x.title),
    ]);
    let checked = 0;
    for (const policy of allPolicies()) {
      const n = pageOfLine(p, policy.title);
      const { structure, visual } = await labelOrders(p.doc, n, labels);
      expect(structure, `page ${n}`).toEqual(visual);
      expect(structure, `page ${n}`).toContain(policy.title);
      checked += structure.length;
    }
    expect(checked).toBeGreaterThan(allPolicies().length * 3);
  });

  it("embeds every font as a named CID TrueType subset, none as Type 3", async () => {
    const fonts = await pdfFonts(get().file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.type, font.name).not.toMatch(/Type 3/);
      expect(font.name).toMatch(/\+Pretendard-(Regular|SemiBold|Bold|ExtraBold)$/);
    }
  });

  it("names the chapter in the running header of every policy page", () => {
    const p = get();
    for (const chapter of book.chapters) {
      for (const entry of chapter.entries) {
        const header = p.pages[pageOfLine(p, entry.title) - 1]?.[0] ?? "";
        expect(header, entry.title).toContain(`제${chapter.number}장 ${chapter.label}`);
        expect(header).toContain(`${book.guidebook.title} ${book.guidebook.editionYear}`);
      }
    }
  });

  it("never ends a page with a heading or an entry's marks", () => {
    const p = get();
    const headings = new Set<string>([
      ...Object.values(SECTION_HEADINGS),
      ...allPolicies().map((x) => x.title),
      ...MATTER_TITLES,
      ...book.chapters.map((c) => `제${c.number}장`),
      ..."ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ",
    ]);
    const mark = String.raw`(?:(?:시행예정|종료)(?: \d{4}\. \d{1,2}\. \d{1,2}\.)?|중단|신청 예정|신청 마감|확인 중|신규|광양형|사전공개|협의 중)`;
    const marksOnly = new RegExp(`^${mark}(?: ${mark})*$`);
    const isMarks = (line: string) => marksOnly.test(line);
    // Skip the covers (first and last page).
    for (let n = 2; n < p.pages.length; n++) {
      const lines = [...(p.pages[n - 1] ?? [])];
      if (/^\d+$/.test(lines.at(-1) ?? "")) lines.pop();
      const last = lines.at(-1) ?? "";
      expect(headings.has(last), `page ${n} ends with heading "${last}"`).toBe(false);
      expect(/^(이 장에 실린 정책|함께 보면 좋은 정책)/.test(last), `page ${n} ends with "${last}"`).toBe(false);
      // An entry's marks (e.g. "확인 중 신규") left behind while its title starts the next page.
      const nextTitle = p.pages[n]?.[1] ?? "";
      const titles = new Set(allPolicies().map((x) => x.title));
      expect(isMarks(last) && titles.has(nextTitle), `page ${n} ends with marks "${last}"`).toBe(false);
    }
  });

  it("extracts Korean text, rare syllables included, and shows status marks and amounts as on the site", () => {
    const text = squash(
      get()
        .pages.map((lines) => lines.join(""))
        .join(""),
    );
    expect(text).toContain(squash(RARE_SYLLABLES));
    expect(text).toContain(squash(RARE_POLICY.title));
    expect(text).toContain(squash("종료 2026. 6. 30."));
    expect(text).toContain(squash("시행예정 2027. 3. 1."));
    expect(text).toContain("확인중");
    expect(text).toContain(squash(formatAmount({ amountKrw: 1_500_000, period: "year", upTo: true, maxCount: 2 })));
    expect(text).toContain(squash(`최종 검토일`));
    for (const phone of book.departments.map((d) => d.phone).filter(Boolean)) expect(text).toContain(phone);
  });
});

describe("large print edition", () => {
  /** Font sizes (pt) of the text of every entry page, page furniture (header, folio) excluded. */
  async function entrySizes(editionId: string): Promise<number[]> {
    const p = printed.get(editionId);
    if (!p) throw new Error("not printed");
    const entryPages = new Set(allPolicies().map((policy: Policy) => pageOfLine(p, policy.title)));
    const sizes: number[] = [];
    for (const n of entryPages) {
      const height = (await p.doc.getPage(n)).view[3] ?? 0;
      for (const run of await textRuns(p.doc, n)) {
        if (run.y > height - 24 * MM || run.y < 22 * MM) continue;
        sizes.push(run.size);
      }
    }
    return sizes;
  }

  it("sets all entry text at 16 pt or more in one column, unlike the standard edition", async () => {
    const large = await entrySizes("large");
    expect(large.length).toBeGreaterThan(100);
    expect(Math.min(...large)).toBeGreaterThanOrEqual(15.9);
    const standard = await entrySizes("standard");
    expect(Math.min(...standard)).toBeLessThan(12);
    const standardResult = results.find((r) => r.edition.id === "standard");
    const largeResult = results.find((r) => r.edition.id === "large");
    expect(largeResult?.pages).toBeGreaterThan(standardResult?.pages ?? 0);
  });
});
