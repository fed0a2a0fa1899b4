import { inflateSync } from "node:zlib";
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../src/chromium.ts";
import { wrapUntaggedContent } from "../src/print/artifacts.ts";
import { joinParts } from "../src/print/join-parts.ts";
import { openPdfBytes } from "../testing/pdf-read.ts";
import {
  figuresWithoutAlt,
  headerReferences,
  idTreeOf,
  type PdfDoc,
  structureIds,
  textOutsideStructure,
} from "./helpers/pdf-a11y.ts";

/**
 * Two tiny parts printed by Chromium as the handbook prints them: a running header and a folio in
 * page-margin boxes (untagged by Chromium), a mark in a margin box, a table with column headers
 * (TH elements with IDs that the TDs' `/Headers` name: Chromium numbers them from 1 in each
 * print, so both parts have the same IDs), a figure with alt text.
 */
const part = (n: number) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><style>
@page { size: A5; margin: 20mm;
  @top-left { content: "머리말 ${n}부"; } @top-right { content: "시험 인쇄본"; }
  @bottom-center { content: counter(page); } }
body { font-family: sans-serif; } table { border-collapse: collapse; } td, th { border: 1px solid #000; }
</style></head><body>
<h1>${n}부 제목</h1><p>본문 ${n}입니다.</p>
<img alt="${n}부 그림" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E%3Ccircle cx='20' cy='20' r='18' fill='orange'/%3E%3C/svg%3E">
<table><thead><tr><th scope="col">항목</th><th scope="col">금액</th></tr></thead>
<tbody><tr><td>가${n}</td><td>${n}원</td></tr><tr><td>나${n}</td><td>${n}0원</td></tr></tbody></table>
<p style="break-before: page">둘째 쪽 ${n}</p>
</body></html>`;

let parts: { id: string; pdf: Uint8Array }[];
let joined: Uint8Array;
let doc: PdfDoc;

beforeAll(async () => {
  const browser = await launchChromium();
  try {
    parts = [];
    for (const n of [1, 2]) {
      const page = await browser.newPage();
      await page.setContent(part(n), { waitUntil: "load" });
      parts.push({
        id: `part-${n}`,
        pdf: await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, timeout: 0 }),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  joined = await joinParts(parts, { title: "시험", author: "시험", subject: "시험", keywords: [], lang: "ko" });
  doc = await openPdfBytes(joined);
}, 60_000);

afterAll(async () => {
  await doc?.loadingTask.destroy();
});

/** Decoded content of every page's stream(s), for counting operators. */
async function pageContents(pdf: Uint8Array): Promise<string[]> {
  const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
  return loaded.getPages().map((page) => {
    const contents = page.node.get(PDFName.of("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    return refs
      .map((ref) => {
        const stream = loaded.context.lookup(ref);
        if (!(stream instanceof PDFRawStream)) throw new Error("content is not a stream");
        const flate = stream.dict.get(PDFName.of("Filter")) === PDFName.of("FlateDecode");
        return Buffer.from(flate ? inflateSync(stream.contents) : stream.contents).toString("latin1");
      })
      .join("\n");
  });
}

describe("page furniture as artifacts", () => {
  it("finds what Chromium prints untagged: the margin boxes' text, outside every marked-content sequence", async () => {
    const single = await openPdfBytes((parts[0] as { pdf: Uint8Array }).pdf);
    try {
      const outside = await textOutsideStructure(single);
      // Header, mark and folio on each of the two pages; nothing of the body.
      expect(outside.map((t) => t.str).join(" ")).toMatch(/머리말 1부.*시험 인쇄본|시험 인쇄본.*머리말 1부/);
      expect(outside.some((t) => /본문|제목|항목|금액/.test(t.str))).toBe(false);
      expect(outside.filter((t) => t.page === 2).length).toBeGreaterThan(0);
    } finally {
      await single.loadingTask.destroy();
    }
  });

  it("leaves no text of the joined book outside both the structure tree and artifacts", async () => {
    expect(await textOutsideStructure(doc)).toEqual([]);
    const contents = await pageContents(joined);
    expect(contents).toHaveLength(4);
    for (const content of contents) expect(content).toContain("/Artifact BMC");
  });

  it("keeps the body text in the structure tree and the folio and header readable as text", async () => {
    const page = await doc.getPage(3);
    const text = (await page.getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join("");
    expect(text).toContain("머리말 2부");
    expect(text).toContain("2부 제목");
  });

  it("wraps each untagged text or path run inside its own text object or graphics state, never tagged content", () => {
    const source = new TextEncoder().encode(
      "q BT /F1 9 Tf 1 0 0 1 10 10 Tm (header) Tj ET Q\n" +
        "/P <</MCID 0>> BDC BT (body) Tj ET EMC\n" +
        "q 0 0 1 rg 0 0 10 10 re W n 5 5 m 6 6 l S 1 1 m 2 2 l S Q\n" +
        "% comment (\n[(a) 2 (b)] 0 d BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI",
    );
    const { content, wrapped } = wrapUntaggedContent(source);
    expect(wrapped).toBe(3);
    expect(new TextDecoder("latin1").decode(content)).toBe(
      "q BT /F1 9 Tf 1 0 0 1 10 10 Tm /Artifact BMC\n(header) Tj\nEMC\n ET Q\n" +
        "/P <</MCID 0>> BDC BT (body) Tj ET EMC\n" +
        "q 0 0 1 rg 0 0 10 10 re W n /Artifact BMC\n5 5 m 6 6 l S 1 1 m 2 2 l S\nEMC\n Q\n" +
        "% comment (\n[(a) 2 (b)] 0 d /Artifact BMC\nBI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI\nEMC\n",
    );
    expect(wrapUntaggedContent(content).wrapped).toBe(0);
  });
});

describe("structure element IDs", () => {
  it("repeats IDs across Chromium's parts (each print numbers them from 1)", async () => {
    const ids = await Promise.all(parts.map(async (p) => structureIds(await PDFDocument.load(p.pdf))));
    const [a, b] = ids.map((list) => new Set(list.map((e) => e.id)));
    expect(a?.size).toBeGreaterThan(0);
    expect([...(a ?? [])].filter((id) => b?.has(id)).length).toBeGreaterThan(0);
  });

  it("makes every ID unique in the joined book and lists each in the IDTree, pointing at its element", async () => {
    const loaded = await PDFDocument.load(joined);
    const elements = structureIds(loaded);
    expect(elements.length).toBe(4); // the two THs of each part
    expect(new Set(elements.map((e) => e.id)).size).toBe(elements.length);
    const tree = idTreeOf(loaded);
    expect([...tree.keys()].sort()).toEqual(elements.map((e) => e.id).sort());
    for (const element of elements) expect(tree.get(element.id)?.tag, element.id).toBe(element.ref.tag);
  });

  it("points every table cell's /Headers at the ID of a TH", async () => {
    const references = headerReferences(await PDFDocument.load(joined));
    // Two TDs per row, two rows per part, two parts: each names its column's TH.
    expect(references).toHaveLength(8);
    for (const reference of references) expect(reference.role, reference.id).toBe("TH");
  });
});

describe("figures", () => {
  it("gives every Figure its image's alt text", async () => {
    const loaded = await PDFDocument.load(joined);
    const figures = figuresWithoutAlt(loaded);
    expect(figures.withoutAlt).toEqual([]);
    expect(figures.alts.sort()).toEqual(["1부 그림", "2부 그림"]);
  });
});
