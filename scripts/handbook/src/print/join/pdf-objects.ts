import {
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFHexString,
  PDFName,
  type PDFNumber,
  type PDFObject,
  PDFRef,
  PDFString,
} from "@cantoo/pdf-lib";

/** Helpers of the join on pdf-lib objects: names, text and walking trees. */

export const name = (n: string): PDFName => PDFName.of(n);

/** The tag (`"12 0 R"`) of a reference; "" for anything else. */
export const refTag = (o: PDFObject | undefined): string => (o instanceof PDFRef ? o.tag : "");

/** Text of a PDF string, hex string or name; "" otherwise. */
export function decodeText(o: PDFObject | undefined): string {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  if (o instanceof PDFName) return o.decodeText();
  return "";
}

/** Calls `visit` with the reference of every node of a page tree (`/Kids`) below `node`, of `/Type` `type` if given. */
export function walkTree(
  src: PDFContext,
  node: PDFObject | undefined,
  visit: (ref: PDFObject) => void,
  type?: string,
): void {
  const stack = [node];
  while (stack.length) {
    const current = stack.pop();
    const dict = current ? src.lookupMaybe(current, PDFDict) : undefined;
    if (!dict) continue;
    if (type && dict.get(name("Type")) !== name(type)) continue;
    if (current instanceof PDFRef) visit(current);
    for (const kid of dict.lookupMaybe(name("Kids"), PDFArray)?.asArray() ?? []) stack.push(kid);
  }
}

/** Calls `visit` with every key and value of a number tree, in key order. */
export function walkNumberTree(
  src: PDFContext,
  node: PDFObject | undefined,
  visit: (key: number, value: PDFObject) => void,
): void {
  const dict = node ? src.lookupMaybe(node, PDFDict) : undefined;
  if (!dict) return;
  const nums = dict.lookupMaybe(name("Nums"), PDFArray)?.asArray() ?? [];
  for (let i = 0; i + 1 < nums.length; i += 2) {
    visit((nums[i] as PDFNumber).asNumber(), nums[i + 1] as PDFObject);
  }
  for (const kid of dict.lookupMaybe(name("Kids"), PDFArray)?.asArray() ?? []) walkNumberTree(src, kid, visit);
}

/** Visits every outline item below `root` in document order, with its depth (1 = top level). */
export function walkOutline(
  src: PDFContext,
  root: PDFDict | undefined,
  visit: (ref: PDFObject, item: PDFDict, depth: number) => void,
): void {
  const stack: [PDFObject | undefined, number][] = [[root?.get(name("First")), 1]];
  while (stack.length) {
    const [ref, depth] = stack.pop() as [PDFObject | undefined, number];
    const item = ref ? src.lookupMaybe(ref, PDFDict) : undefined;
    if (!ref || !item) continue;
    visit(ref, item, depth);
    // Next sibling after this item's children: push it first.
    stack.push([item.get(name("Next")), depth]);
    stack.push([item.get(name("First")), depth + 1]);
  }
}
