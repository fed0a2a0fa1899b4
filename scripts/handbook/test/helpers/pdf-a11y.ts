import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFRef, PDFString } from "@cantoo/pdf-lib";
import type { PdfDoc } from "../../testing/pdf-read.ts";

export type { PdfDoc };

/** A text item of a page that is neither in the structure tree nor an artifact. */
export type LooseText = { page: number; str: string };

/** pdf.js's structure tree node (getStructTree). */
type StructNode = { role?: string; type?: string; id?: string; alt?: string; children?: StructNode[] };

/** Ids of the marked content that the page's structure tree refers to (pdf.js `getStructTree`). */
function referencedContent(node: StructNode | null, into = new Set<string>()): Set<string> {
  if (!node) return into;
  if (node.type === "content" && node.id) into.add(node.id);
  for (const child of node.children ?? []) referencedContent(child, into);
  return into;
}

/**
 * The text items of every page (pdf.js `getTextContent` with marked content) that are in no
 * marked-content sequence referenced from the structure tree and in no `/Artifact` sequence:
 * what PDF/UA (ISO 14289-1 §7.1) forbids. Empty strings are ignored.
 */
export async function textOutsideStructure(doc: PdfDoc): Promise<LooseText[]> {
  const loose: LooseText[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const tagged = referencedContent((await page.getStructTree()) as StructNode | null);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const stack: { tag?: string; id?: string | null }[] = [];
    for (const item of content.items as { type?: string; tag?: string; id?: string | null; str?: string }[]) {
      if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") stack.push(item);
      else if (item.type === "endMarkedContent") stack.pop();
      else if (item.str?.trim()) {
        const inside = stack.some((m) => m.tag === "Artifact" || (m.id && tagged.has(m.id)));
        if (!inside) loose.push({ page: n, str: item.str });
      }
    }
  }
  return loose;
}

/** A structure element with an `/ID`: the ID, the element's reference and its role (`/S`). */
export type IdentifiedElement = { id: string; ref: PDFRef; role: string };

const text = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

/** Every structure element of `pdf` with an `/ID`. */
export function structureIds(pdf: PDFDocument): IdentifiedElement[] {
  const found: IdentifiedElement[] = [];
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("StructElem")) continue;
    const id = text(object.get(PDFName.of("ID")));
    if (id !== undefined) found.push({ id, ref, role: object.get(PDFName.of("S"))?.toString().slice(1) ?? "" });
  }
  return found;
}

/** The `/IDTree` of the structure tree root (a name tree) as ID → element reference. */
export function idTreeOf(pdf: PDFDocument): Map<string, PDFRef> {
  const ids = new Map<string, PDFRef>();
  const root = pdf.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  const stack = [root?.lookupMaybe(PDFName.of("IDTree"), PDFDict)];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    const names = node.lookupMaybe(PDFName.of("Names"), PDFArray)?.asArray() ?? [];
    for (let i = 0; i + 1 < names.length; i += 2) ids.set(text(names[i]) ?? "", names[i + 1] as PDFRef);
    for (const kid of node.lookupMaybe(PDFName.of("Kids"), PDFArray)?.asArray() ?? []) {
      stack.push(pdf.context.lookupMaybe(kid, PDFDict));
    }
  }
  return ids;
}

/**
 * How many Figure elements `pdf` has, their alternate texts, and the refs (tags) of those without a
 * non-empty `/Alt`.
 */
export function figuresWithoutAlt(pdf: PDFDocument): { figures: number; alts: string[]; withoutAlt: string[] } {
  let figures = 0;
  const alts: string[] = [];
  const withoutAlt: string[] = [];
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("S")) !== PDFName.of("Figure")) continue;
    figures++;
    const alt = text(object.get(PDFName.of("Alt")))?.trim();
    if (alt) alts.push(alt);
    else withoutAlt.push(ref.tag);
  }
  return { figures, alts, withoutAlt };
}

/**
 * The texts of a page that are one of `labels` (an entry's title, section titles, field labels),
 * each a whole marked-content sequence, in two orders: the structure tree's (depth first, as
 * assistive technology reads) and the printed page's (top to bottom, then left to right; baselines
 * within 2 pt are one line). Equal when the reading order follows the visual order.
 */
export async function labelOrders(
  doc: PdfDoc,
  pageNumber: number,
  labels: Set<string>,
): Promise<{ structure: string[]; visual: string[] }> {
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const sequences = new Map<string, { text: string; x: number; y: number }>();
  const stack: (string | null | undefined)[] = [];
  for (const item of content.items as {
    type?: string;
    id?: string | null;
    str?: string;
    transform?: number[];
  }[]) {
    if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") stack.push(item.id);
    else if (item.type === "endMarkedContent") stack.pop();
    else if (item.str !== undefined) {
      const id = stack.findLast((m) => m);
      if (!id) continue;
      const sequence = sequences.get(id) ?? { text: "", x: item.transform?.[4] ?? 0, y: item.transform?.[5] ?? 0 };
      sequence.text += item.str;
      sequences.set(id, sequence);
    }
  }
  const structure: string[] = [];
  const visit = (node: StructNode | null) => {
    if (!node) return;
    const text = node.type === "content" && node.id ? sequences.get(node.id)?.text.trim() : undefined;
    if (text && labels.has(text)) structure.push(text);
    for (const child of node.children ?? []) visit(child);
  };
  visit((await page.getStructTree()) as StructNode | null);
  const visual = [...sequences.values()]
    .map((s) => ({ ...s, text: s.text.trim() }))
    .filter((s) => labels.has(s.text))
    .sort((a, b) => (Math.abs(a.y - b.y) > 2 ? b.y - a.y : a.x - b.x))
    .map((s) => s.text);
  return { structure, visual };
}

/**
 * Every `/Headers` entry of a table cell's attributes (PDF 32000-1 §14.8.5.7) with the role of the
 * element of that ID (undefined when no element has it).
 */
export function headerReferences(pdf: PDFDocument): { id: string; role?: string }[] {
  const roles = new Map(structureIds(pdf).map((e) => [e.id, e.role]));
  const references: { id: string; role?: string }[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("StructElem")) continue;
    const a = object.get(PDFName.of("A"));
    for (const item of a instanceof PDFArray ? a.asArray() : a ? [a] : []) {
      const list = pdf.context.lookupMaybe(item, PDFDict)?.lookupMaybe(PDFName.of("Headers"), PDFArray);
      for (const h of list?.asArray() ?? []) {
        const id = text(pdf.context.lookup(h)) ?? "";
        references.push({ id, role: roles.get(id) });
      }
    }
  }
  return references;
}
