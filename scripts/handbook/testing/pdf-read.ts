import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { getDocumentProxy } from "unpdf";

const run = promisify(execFile);

/** The text of each page (index 0 = page 1) with poppler's `pdftotext -layout`, lines trimmed. */
export async function pageLines(pdf: string): Promise<string[][]> {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 256 * 1024 * 1024 });
  const pages = stdout.split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages.map((page) =>
    page
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter(Boolean),
  );
}

/** `pdfinfo` fields as a record. */
export async function pdfInfo(pdf: string): Promise<Record<string, string>> {
  const { stdout } = await run("pdfinfo", [pdf]);
  return Object.fromEntries(
    stdout
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
}

/** `pdffonts` rows: name, type, embedded. */
export async function pdfFonts(pdf: string): Promise<{ name: string; type: string; embedded: boolean }[]> {
  const { stdout } = await run("pdffonts", [pdf]);
  return stdout
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const match =
        /^(\S+)\s+(.+?)\s+(Identity-H|Custom|Builtin|WinAnsi|MacRoman|Standard|\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(
          line,
        );
      return { name: match?.[1] ?? line, type: match?.[2] ?? "", embedded: match?.[4] === "yes" };
    });
}

/** An opened PDF (pdf.js via unpdf). */
export type PdfDoc = Awaited<ReturnType<typeof getDocumentProxy>>;

export async function openPdf(pdf: string): Promise<PdfDoc> {
  return getDocumentProxy(new Uint8Array(await readFile(pdf)));
}

/** A PDF held in memory, opened with pdf.js (on a copy: pdf.js takes over the buffer it is given). */
export async function openPdfBytes(pdf: Uint8Array): Promise<PdfDoc> {
  return getDocumentProxy(new Uint8Array(pdf));
}

/** The 1-based page a destination (name or explicit array) points at. */
export async function destPage(doc: PdfDoc, dest: unknown): Promise<number> {
  const explicit = typeof dest === "string" ? await doc.getDestination(dest) : (dest as unknown[] | null);
  const ref = explicit?.[0];
  if (!ref) throw new Error(`Unresolvable destination ${JSON.stringify(dest)}`);
  return (await doc.getPageIndex(ref as never)) + 1;
}

/** A text run with its baseline position and font size (PDF points). */
export type TextRun = { str: string; x: number; y: number; size: number };

export async function textRuns(doc: PdfDoc, pageNumber: number): Promise<TextRun[]> {
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent();
  return content.items
    .filter((item): item is Extract<typeof item, { str: string }> => "str" in item && item.str.trim() !== "")
    .map((item) => ({
      str: item.str,
      x: item.transform[4] as number,
      y: item.transform[5] as number,
      size: Math.hypot(item.transform[2] as number, item.transform[3] as number),
    }));
}

/** Runs in reading order: lines top to bottom (baselines within half a font size are one line), then left to right. */
function readingOrder(runs: TextRun[]): TextRun[] {
  const lines: TextRun[][] = [];
  for (const run of [...runs].sort((p, q) => q.y - p.y)) {
    const line = lines.find((l) => Math.abs((l[0]?.y ?? 0) - run.y) < run.size / 2);
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines.flatMap((line) => line.sort((p, q) => p.x - q.x));
}

/**
 * One internal link on a page: the text inside its rectangle, the page number printed in it (its
 * rightmost all-digit run, as in a TOC line) and the page it goes to.
 */
export type InternalLink = { text: string; printedNumber?: number; targetPage: number };

/** Internal links of a page (e.g. TOC or index lines) with the text they cover and their target page. */
export async function internalLinks(doc: PdfDoc, pageNumber: number): Promise<InternalLink[]> {
  const page = await doc.getPage(pageNumber);
  const [annotations, runs] = await Promise.all([page.getAnnotations(), textRuns(doc, pageNumber)]);
  const links: InternalLink[] = [];
  for (const a of annotations) {
    if (a.subtype !== "Link" || a.url || !a.dest) continue;
    const [x1, y1, x2, y2] = a.rect as [number, number, number, number];
    const inside = runs.filter((r) => r.x >= x1 - 1 && r.x <= x2 + 1 && r.y >= y1 - 1 && r.y <= y2 + 1);
    const text = readingOrder(inside)
      .map((r) => r.str)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    const numbers = inside.filter((r) => /^\d+$/.test(r.str.trim())).sort((p, q) => q.x - p.x);
    const printedNumber = numbers[0] ? Number(numbers[0].str.trim()) : undefined;
    links.push({ text, printedNumber, targetPage: await destPage(doc, a.dest) });
  }
  return links;
}
