import { PDFArray, type PDFContext, PDFDict, PDFNumber, type PDFObject, type PDFRef, PDFString } from "@cantoo/pdf-lib";
import { idTree } from "../struct-ids.ts";
import { name, walkNumberTree } from "./pdf-objects.ts";

/** A part's structure tree root and its single `Document` element, as Chromium writes them. */
export type PartStructure = { structRoot: PDFDict; documentElem: PDFDict };

/**
 * The structure tree root and `Document` element of a part.
 * @throws Error (Korean) naming the part when it is not a tagged Chromium PDF.
 */
export function partStructure(catalog: PDFDict, partId: string): PartStructure {
  const structRoot = catalog.lookupMaybe(name("StructTreeRoot"), PDFDict);
  const documentElem = structRoot?.lookupMaybe(name("K"), PDFDict);
  if (!structRoot || !documentElem || documentElem.get(name("S")) !== name("Document")) {
    throw new Error(`안내서 부분 ${partId}: 태그가 있는 PDF가 아닙니다 (no Document structure element)`);
  }
  return { structRoot, documentElem };
}

/**
 * The joined book's one structure tree, built part by part: a single `Document` element holding
 * every part's top-level elements, one parent tree whose keys continue from part to part, and one
 * `/IDTree` of every element `/ID` (prefixed per part beforehand: struct-ids.ts).
 * A part's `StructParents` (pages) and `StructParent` (annotations) must be shifted by
 * `parentKeyBase` as it was before `addPart` of that part.
 */
export class JoinedStructure {
  /** Reference of the joined structure tree root. */
  readonly rootRef: PDFRef;
  /** Reference of the joined `Document` element: every part's `Document` element maps to it. */
  readonly documentRef: PDFRef;
  /** The parent-tree keys used by the parts added so far: the next part's keys start here. */
  parentKeyBase = 0;
  private readonly kids: PDFObject[] = [];
  private readonly parentTree: PDFObject[] = [];
  private readonly ids: [string, PDFRef][] = [];

  constructor(private readonly ctx: PDFContext) {
    this.rootRef = ctx.nextRef();
    this.documentRef = ctx.nextRef();
  }

  /**
   * Adds one part: its `Document` element's kids, its parent tree with keys moved past the
   * previous parts', and its element IDs (`ids`, references already in the joined document).
   */
  addPart(src: PDFContext, part: PartStructure, copy: (o: PDFObject) => PDFObject, ids: Iterable<[string, PDFRef]>) {
    const kids = part.documentElem.get(name("K"));
    for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) this.kids.push(copy(kid));
    const nums: [number, PDFObject][] = [];
    walkNumberTree(src, part.structRoot.get(name("ParentTree")), (key, value) => nums.push([key, value]));
    for (const [key, value] of nums) this.parentTree.push(PDFNumber.of(key + this.parentKeyBase), copy(value));
    const nextKey = part.structRoot.lookupMaybe(name("ParentTreeNextKey"), PDFNumber)?.asNumber();
    this.parentKeyBase += nextKey ?? nums.reduce((max, [key]) => Math.max(max, key + 1), 0);
    this.ids.push(...ids);
  }

  /** Writes the tree root and the `Document` element (with `/Lang`), and marks `catalog` as tagged. */
  write(catalog: PDFDict, lang: string): void {
    const ctx = this.ctx;
    ctx.assign(
      this.rootRef,
      ctx.obj({
        Type: "StructTreeRoot",
        K: this.documentRef,
        ParentTree: ctx.register(ctx.obj({ Nums: this.parentTree })),
        ParentTreeNextKey: this.parentKeyBase,
        ...(this.ids.length ? { IDTree: idTree(ctx, this.ids) } : {}),
      }),
    );
    const documentElem = ctx.obj({ Type: "StructElem", S: "Document", P: this.rootRef, K: this.kids });
    documentElem.set(name("Lang"), PDFString.of(lang));
    ctx.assign(this.documentRef, documentElem);
    catalog.set(name("StructTreeRoot"), this.rootRef);
    catalog.set(name("MarkInfo"), ctx.obj({ Type: "MarkInfo", Marked: true }));
  }
}
