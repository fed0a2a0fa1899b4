import {
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFHexString,
  PDFName,
  type PDFObject,
  type PDFRef,
  PDFString,
} from "@cantoo/pdf-lib";

/** Keys per leaf of the ID name tree. */
const IDS_PER_NODE = 128;

const name = (n: string) => PDFName.of(n);

/**
 * Prefixes every structure element `/ID` of one part (in the part's own context `ctx`) with
 * `prefix`, and every reference to one: the `/Headers` of table attributes (`/A` with `/O /Table`,
 * PDF 32000-1 §14.8.5.7), which name the IDs of the header cells of a cell. Chromium numbers IDs
 * per print (`node00000016`), so the parts of one book repeat them; prefixed with a per-part
 * prefix they are unique in the joined book.
 * @returns Each new ID with the reference of its element (in `ctx`).
 * @throws Error (Korean) when two elements of the part have the same ID.
 */
export function prefixStructIds(ctx: PDFContext, prefix: string): Map<string, PDFRef> {
  const ids = new Map<string, PDFRef>();
  for (const [ref, object] of ctx.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(name("Type")) !== name("StructElem")) continue;
    const id = idText(object.get(name("ID")));
    if (id !== undefined) {
      const renamed = prefix + id;
      if (ids.has(renamed)) throw new Error(`구조 요소 ID가 겹칩니다 (duplicate structure element ID): ${id}`);
      ids.set(renamed, ref);
      object.set(name("ID"), PDFString.of(renamed));
    }
    const attributes = object.get(name("A"));
    const list = attributes instanceof PDFArray ? attributes.asArray() : attributes ? [attributes] : [];
    for (const item of list) {
      const dict = ctx.lookupMaybe(item, PDFDict);
      const headers = dict?.lookupMaybe(name("Headers"), PDFArray);
      if (!dict || !headers) continue;
      const renamed = headers.asArray().map((h) => PDFString.of(prefix + (idText(ctx.lookup(h)) ?? "")));
      dict.set(name("Headers"), ctx.obj(renamed));
    }
  }
  return ids;
}

/** Text of an ID (a PDF byte string, PDF 32000-1 §14.7.2); undefined when `o` is none. */
function idText(o: PDFObject | undefined): string | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  return undefined;
}

/**
 * The ID tree of a structure tree root (PDF 32000-1 §14.7.2, a name tree §7.9.6) mapping each ID
 * to its structure element: keys sorted, leaves of IDS_PER_NODE keys with `/Limits` under one
 * root when there are more. Returns the root's reference.
 */
export function idTree(ctx: PDFContext, ids: Iterable<[string, PDFRef]>): PDFRef {
  const sorted = [...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const names = (entries: [string, PDFRef][]) => ctx.obj(entries.flatMap(([id, ref]) => [PDFString.of(id), ref]));
  if (sorted.length <= IDS_PER_NODE) return ctx.register(ctx.obj({ Names: names(sorted) }));
  const kids: PDFRef[] = [];
  for (let from = 0; from < sorted.length; from += IDS_PER_NODE) {
    const chunk = sorted.slice(from, from + IDS_PER_NODE);
    const limits = [
      PDFString.of((chunk[0] as [string, PDFRef])[0]),
      PDFString.of((chunk.at(-1) as [string, PDFRef])[0]),
    ];
    kids.push(ctx.register(ctx.obj({ Names: names(chunk), Limits: limits })));
  }
  return ctx.register(ctx.obj({ Kids: kids }));
}
