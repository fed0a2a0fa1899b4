/**
 * `joinParts` on small tagged PDFs made in the test with pdf-lib (test/helpers/fixture-parts.ts),
 * read back with poppler (pdfinfo, pdftotext), pdf.js and pdf-lib: a 2-part and a 3-part book.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinParts } from "../src/print/join-parts.ts";
import { destPage, openPdfBytes, pageLines, pdfInfo } from "../testing/pdf-read.ts";
import { type FixturePart, fixturePart } from "./helpers/fixture-parts.ts";
import { idTreeOf } from "./helpers/pdf-a11y.ts";

const INFO = {
  title: "광양시 생애복지 안내서 2026",
  author: "광양시",
  subject: "시험",
  keywords: ["복지"],
  lang: "ko",
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "join-parts-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Joins the fixture parts, writes the book to a file, and opens it with pdf.js and pdf-lib. */
async function joinFixture(name: string, parts: FixturePart[]) {
  const pdf = await joinParts(await Promise.all(parts.map(fixturePart)), INFO);
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  return { file, doc: await openPdfBytes(pdf), lib: await PDFDocument.load(pdf, { updateMetadata: false }) };
}

type OutlineNode = { title: string; dest: unknown; items: OutlineNode[] };
const outlineTitles = (items: OutlineNode[]): unknown[] =>
  items.map((i) => (i.items.length ? { [i.title]: outlineTitles(i.items) } : i.title));

/** The joined book's `Document` element and its structure tree root (pdf-lib). */
function structure(lib: PDFDocument) {
  const root = lib.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const document = root.lookup(PDFName.of("K"), PDFDict);
  return { root, document, kids: document.lookup(PDFName.of("K"), PDFArray).asArray() };
}

describe("joining two parts", () => {
  let book: Awaited<ReturnType<typeof joinFixture>>;
  beforeAll(async () => {
    book = await joinFixture("two", [
      { id: "front", pages: 1, headings: [{ level: 1, title: "차례", anchor: "toc", page: 1 }] },
      { id: "body", pages: 2, headings: [{ level: 1, title: "영유아기", anchor: "chapter-infant", page: 2 }] },
    ]);
  });
  afterAll(() => book.doc.loadingTask.destroy());

  it("keeps every page in order", async () => {
    expect((await pdfInfo(book.file)).Pages).toBe("3");
    expect((await pageLines(book.file)).map((lines) => lines.join(" "))).toEqual([
      "front page 1",
      "body page 1",
      "body page 2",
    ]);
  });

  it("writes the document information, /Lang in the catalog and on the Document element, and marks it tagged", async () => {
    const info = await pdfInfo(book.file);
    expect(info).toMatchObject({
      Title: INFO.title,
      Author: "광양시",
      Tagged: "yes",
      Producer: "Skia/PDF m140; pdf-lib",
    });
    expect(info.Creator).toBe("Chromium");
    expect(book.lib.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("ko");
    expect(structure(book.lib).document.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("ko");
    const prefs = book.lib.catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict);
    expect(prefs.get(PDFName.of("DisplayDocTitle"))?.toString()).toBe("true");
  });

  it("keeps both parts' destinations, pointing at the right pages", async () => {
    expect(await destPage(book.doc, "toc")).toBe(1);
    expect(await destPage(book.doc, "chapter-infant")).toBe(3);
  });

  it("builds one structure tree: one Document element holding both parts' elements, IDs unique per part", async () => {
    const { kids } = structure(book.lib);
    expect(kids.map((kid) => book.lib.context.lookup(kid, PDFDict).get(PDFName.of("S"))?.toString())).toEqual([
      "/H1",
      "/H1",
    ]);
    expect([...idTreeOf(book.lib).keys()].sort()).toEqual(["body-node00000001", "front-node00000001"]);
    // pdf.js finds each page's structure through the renumbered parent tree.
    const tree = await (await book.doc.getPage(3)).getStructTree();
    expect(JSON.stringify(tree)).toContain('"role":"H1"');
  });
});

describe("joining three parts", () => {
  let book: Awaited<ReturnType<typeof joinFixture>>;
  beforeAll(async () => {
    book = await joinFixture("three", [
      {
        id: "front",
        pages: 1,
        headings: [{ level: 1, title: "차례", anchor: "toc", page: 1 }],
        crossLinks: [{ page: 1, anchor: "policy-parent-pay" }],
      },
      {
        id: "opener",
        pages: 2,
        headings: [
          { level: 1, title: "영유아기", anchor: "chapter-infant", page: 1 },
          { level: 2, title: "첫만남이용권", anchor: "policy-first-meeting", page: 2 },
        ],
      },
      {
        id: "entries",
        pages: 2,
        headings: [
          { level: 2, title: "부모급여", anchor: "policy-parent-pay", page: 1 },
          { level: 2, title: "아동수당", anchor: "policy-child-allowance", page: 2 },
        ],
        crossLinks: [{ page: 2, anchor: "chapter-infant" }],
      },
    ]);
  });
  afterAll(() => book.doc.loadingTask.destroy());

  it("keeps the five pages in part order", async () => {
    expect((await pdfInfo(book.file)).Pages).toBe("5");
    expect((await pageLines(book.file)).map((lines) => lines[0])).toEqual([
      "front page 1",
      "opener page 1",
      "opener page 2",
      "entries page 1",
      "entries page 2",
    ]);
  });

  it("nests a part's H2 entries under the previous part's H1 in one outline, each item at its page", async () => {
    const outline = (await book.doc.getOutline()) as OutlineNode[];
    expect(outlineTitles(outline)).toEqual(["차례", { 영유아기: ["첫만남이용권", "부모급여", "아동수당"] }]);
    const entries = outline[1]?.items ?? [];
    expect(await Promise.all(entries.map((item) => destPage(book.doc, item.dest)))).toEqual([3, 4, 5]);
  });

  it("turns links between parts into links to the named destinations", async () => {
    const links = async (page: number) =>
      (await (await book.doc.getPage(page)).getAnnotations()).filter((a) => a.subtype === "Link");
    const [toPolicy] = await links(1);
    expect(toPolicy?.dest).toBe("policy-parent-pay");
    expect(toPolicy?.url).toBeUndefined();
    expect(await destPage(book.doc, toPolicy?.dest)).toBe(4);
    const [toChapter] = await links(5);
    expect(await destPage(book.doc, toChapter?.dest)).toBe(2);
  });

  it("continues the parent-tree keys from part to part (pages, then link annotations)", () => {
    const keys = book.lib.getPages().map((p) => p.node.lookup(PDFName.of("StructParents"), PDFNumber).asNumber());
    // front: page 0 and link 1; opener: pages 2, 3; entries: pages 4, 5 and link 6.
    expect(keys).toEqual([0, 2, 3, 4, 5]);
    const { root, kids } = structure(book.lib);
    expect(root.lookup(PDFName.of("ParentTreeNextKey"), PDFNumber).asNumber()).toBe(7);
    expect(kids).toHaveLength(7); // 5 headings, 2 links
    const nums = root.lookup(PDFName.of("ParentTree"), PDFDict).lookup(PDFName.of("Nums"), PDFArray).asArray();
    expect(nums.filter((_, i) => i % 2 === 0).map((n) => (n as PDFNumber).asNumber())).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe("refusing parts that cannot be joined", () => {
  it("names the anchors a link between parts points at when no part has them", async () => {
    const parts = await Promise.all(
      [
        { id: "front", pages: 1, headings: [], crossLinks: [{ page: 1, anchor: "policy-gone" }] },
        { id: "body", pages: 1, headings: [{ level: 2 as const, title: "부모급여", anchor: "policy-a", page: 1 }] },
      ].map(fixturePart),
    );
    await expect(joinParts(parts, INFO)).rejects.toThrow("link targets missing): policy-gone (front)");
  });

  it("names a part that is not a tagged PDF", async () => {
    const untagged = await PDFDocument.create();
    untagged.addPage();
    const parts = [
      await fixturePart({ id: "front", pages: 1, headings: [] }),
      { id: "plain", pdf: await untagged.save() },
    ];
    await expect(joinParts(parts, INFO)).rejects.toThrow("안내서 부분 plain: 태그가 있는 PDF가 아닙니다");
  });
});
