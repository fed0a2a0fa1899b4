import { type PDFContext, PDFDict, type PDFRef, PDFString } from "@cantoo/pdf-lib";
import { idTree } from "../struct-ids.ts";
import { name } from "./pdf-objects.ts";

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

/** The joined book's structure, gathered from every part (references already in the joined book). */
export type JoinedStructure = {
  /** Every part's top-level elements, in book order: the kids of the one `Document` element. */
  kids: PDFRef[];
  /** Parent-tree entries with keys already moved past the previous parts'. */
  parentTree: [number, PDFRef][];
  /** The first key no part uses. */
  nextKey: number;
  /** Every element `/ID` (prefixed per part: struct-ids.ts) and its element. */
  ids: [string, PDFRef][];
};

/**
 * Writes the joined book's one structure tree: the tree root at `rootRef`, a single `Document`
 * element at `documentRef` (with `/Lang`) holding every part's top-level elements, one parent tree
 * and one `/IDTree`; marks `catalog` as tagged.
 */
export function writeStructure(
  ctx: PDFContext,
  catalog: PDFDict,
  refs: { rootRef: PDFRef; documentRef: PDFRef },
  joined: JoinedStructure,
  lang: string,
): void {
  ctx.assign(
    refs.rootRef,
    ctx.obj({
      Type: "StructTreeRoot",
      K: refs.documentRef,
      ParentTree: ctx.register(ctx.obj({ Nums: joined.parentTree.flat() })),
      ParentTreeNextKey: joined.nextKey,
      ...(joined.ids.length ? { IDTree: idTree(ctx, joined.ids) } : {}),
    }),
  );
  const documentElem = ctx.obj({ Type: "StructElem", S: "Document", P: refs.rootRef, K: joined.kids });
  documentElem.set(name("Lang"), PDFString.of(lang));
  ctx.assign(refs.documentRef, documentElem);
  catalog.set(name("StructTreeRoot"), refs.rootRef);
  catalog.set(name("MarkInfo"), ctx.obj({ Type: "MarkInfo", Marked: true }));
}
