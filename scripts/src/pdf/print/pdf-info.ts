/** Document information written into the handbook PDF (PDF 1.4 Info dictionary). */
export type PdfInfo = { title: string; author: string; subject: string; keywords: string[] };

const latin1 = new TextDecoder("latin1");

/** A PDF text string: UTF-16BE with BOM as hex, so Hangul survives. */
function pdfText(value: string): string {
  let hex = "FEFF";
  for (let i = 0; i < value.length; i++) hex += value.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

/**
 * The raw PDF string value of `/key` in a dictionary's text: a hex string `<…>` or a literal string
 * `(…)` with balanced parentheses and backslash escapes (e.g. Chromium's Creator
 * "Mozilla/5.0 (X11; Linux x86_64) …"); undefined when absent.
 */
function stringValue(dict: string, key: string): string | undefined {
  const at = new RegExp(`/${key}\\s*([(<])`).exec(dict);
  if (!at) return undefined;
  const start = at.index + at[0].length - 1;
  if (at[1] === "<") {
    const end = dict.indexOf(">", start);
    return end > 0 ? dict.slice(start, end + 1) : undefined;
  }
  let depth = 0;
  for (let i = start; i < dict.length; i++) {
    const c = dict[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return dict.slice(start, i + 1);
  }
  return undefined;
}

/**
 * The text of object `number` (up to 2 KB), located through the classic xref table at `xrefOffset`
 * (a single subsection starting at object 0, as Skia writes it); "" when not found.
 */
function objectText(pdf: Uint8Array, xrefOffset: number, number: number): string {
  const head = /^xref\s+0\s+(\d+)\r?\n/.exec(latin1.decode(pdf.subarray(xrefOffset, xrefOffset + 40)));
  if (!head || number >= Number(head[1])) return "";
  const entryAt = xrefOffset + head[0].length + number * 20;
  const offset = Number(latin1.decode(pdf.subarray(entryAt, entryAt + 10)));
  const text = latin1.decode(pdf.subarray(offset, offset + 2048));
  const end = text.indexOf("endobj");
  return text.startsWith(`${number} 0 obj`) && end > 0 ? text.slice(0, end) : "";
}

/**
 * Sets Title, Author, Subject and Keywords of a PDF written by Chromium (which writes only the
 * title and `/Lang` from the HTML, not `<meta name="author">`), by appending an incremental update
 * (new Info object, one-entry xref section, trailer with `/Prev`). Nothing before the update is
 * touched, so the tags, outline and links Chromium wrote stay byte-identical; this costs
 * microseconds where re-serialising a large PDF with a PDF library costs about a second.
 * Creator, Producer and CreationDate are kept from the existing Info dictionary.
 * @throws Error when the file has no classic `trailer` (Chromium/Skia always writes one).
 */
export function withPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 4096)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf("trailer");
  if (!startxref || trailerAt < 0) throw new Error("PDF has no classic trailer; cannot append document info");
  const trailer = tail.slice(trailerAt, tail.lastIndexOf("startxref"));
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  const oldInfoNumber = /\/Info\s+(\d+)\s+\d+\s+R/.exec(trailer)?.[1];
  if (!size || !root) throw new Error("PDF trailer lacks /Size or /Root; cannot append document info");

  const kept: string[] = [];
  if (oldInfoNumber) {
    const dict = objectText(pdf, Number(startxref[1]), Number(oldInfoNumber));
    for (const key of ["Creator", "Producer", "CreationDate", "ModDate"]) {
      const value = stringValue(dict, key);
      if (value) kept.push(`/${key} ${value}`);
    }
  }
  const entries = [
    `/Title ${pdfText(info.title)}`,
    `/Author ${pdfText(info.author)}`,
    `/Subject ${pdfText(info.subject)}`,
    `/Keywords ${pdfText(info.keywords.join(", "))}`,
    ...kept,
  ];
  const objectOffset = pdf.length + 1;
  const object = `\n${size} 0 obj\n<< ${entries.join(" ")} >>\nendobj\n`;
  const xrefOffset = pdf.length + object.length;
  const update =
    `${object}xref\n${size} 1\n${String(objectOffset).padStart(10, "0")} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${startxref[1]}${id ? ` /ID ${id}` : ""} >>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf);
  for (let i = 0; i < update.length; i++) out[pdf.length + i] = update.charCodeAt(i);
  return out;
}
