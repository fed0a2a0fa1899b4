import {
  ParseSpeeds,
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFDocument,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
} from "@cantoo/pdf-lib";
import { markPageArtifacts } from "../artifacts.ts";
import type { AnchorPages } from "../page-numbers.ts";
import type { PartPages } from "../part-cache.ts";
import { prefixStructIds } from "../struct-ids.ts";
import { crossPartLink, pointAtDestination } from "./links.ts";
import { noteOrigin, type PartsOrigin } from "./metadata.ts";
import { type PartOutlineItem, readOutline } from "./outline.ts";
import { pageTree } from "./page-tree.ts";
import { name, refTag, walkNumberTree, walkOutline, walkTree } from "./pdf-objects.ts";
import { GLOBAL_DOCUMENT, GLOBAL_PAGES, RelocatableWriter, type Sites } from "./relocatable.ts";
import { type PartStructure, partStructure } from "./structure.ts";

/**
 * What the join needs of a converted part besides its bytes; numbers are local (0-based object
 * numbers, parent-tree keys from 0) until the join moves the part into place.
 */
export type FragmentMeta = {
  partId: string;
  /** Local objects in the body. */
  objects: number;
  /** Offset of each local object in the body. */
  offsets: number[];
  sites: Sites;
  /** Parent-tree keys the part uses: the next part's keys start this many later. */
  keys: number;
  /** Local number of the part's `/Pages` node (its pages in order) and its page count. */
  pagesNode: number;
  pageCount: number;
  /** Local numbers of the top-level structure elements (kids of the joined `Document`). */
  documentKids: number[];
  /** Parent-tree entries: `[local key, local object]`. */
  parentTree: [number, number][];
  /** Structure element IDs (prefixed with the part id) and their local objects. */
  ids: [string, number][];
  /** Named destinations and their local objects (a destination array each). */
  dests: [string, number][];
  /** Outline items with their local destination and element. */
  outline: PartOutlineItem<number>[];
  /** Anchors the part links to in other parts (checked against every part's destinations). */
  crossLinks: string[];
  origin: PartsOrigin;
};

/** A part converted for the join: its objects as relocatable PDF syntax (relocatable.ts) and their description. */
export type Fragment = { meta: FragmentMeta; body: Buffer };

/** A part converted for the join, and where each link target landed in its print. */
export type ConvertedPart = Fragment & { anchors: PartPages };

/**
 * Converts one part printed by Chromium into a fragment of the joined book, once per print (the
 * costly half of the join, done while other parts print, and kept in the part cache):
 * - page furniture marked as artifacts (artifacts.ts), structure element IDs prefixed with
 *   `<part id>-` (struct-ids.ts), links to other parts turned into links to named destinations;
 * - every object but those the joined book replaces (catalog, page tree, structure root, parent and
 *   ID trees, outline, destinations, info) serialized with local numbers: the part's `Document`
 *   element becomes the joined one, and its pages hang from a page tree of their own
 *   (page-tree.ts) whose root's parent is the joined book's root;
 * - parent-tree values, destinations and outline targets made indirect objects, so the joined
 *   trees only list references.
 * Also returns the page of every named destination (Chromium writes one per link target): where
 * each anchor really landed, as print-parts.ts checks it.
 * @throws Error (Korean) naming the part when it is not a tagged Chromium PDF.
 */
export async function buildFragment(part: { id: string; pdf: Uint8Array }): Promise<ConvertedPart> {
  const src = await PDFDocument.load(part.pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const ctx = src.context;
  const catalog = src.catalog;
  const structure = partStructure(catalog, part.id);
  const origin = { producer: "", creator: "" };
  noteOrigin(origin, src);
  const pages = src.getPages().map((page) => page.node);
  await Promise.all(pages.map((page) => markPageArtifacts(ctx, page)));
  const crossLinks: string[] = [];
  for (const page of pages) {
    for (const annotObject of page.lookupMaybe(name("Annots"), PDFArray)?.asArray() ?? []) {
      const annot = ctx.lookup(annotObject, PDFDict);
      const link = crossPartLink(annot, part.id);
      if (!link) continue;
      pointAtDestination(link);
      crossLinks.push(link.anchor);
    }
  }
  const ids = prefixStructIds(ctx, `${part.id}-`);

  const skip = replacedObjects(ctx, catalog, structure);
  // The part's Document element becomes the joined one; its pages hang from a node of their own,
  // whose parent is the joined page tree's root (the part's own root stands for it).
  const documentTag = refTag(structure.structRoot.get(name("K")));
  const rootTag = refTag(catalog.get(name("Pages")));
  const node = pageTree(
    ctx,
    src.getPages().map((p) => p.ref),
  );
  ctx.lookup(node, PDFDict).set(name("Parent"), catalog.get(name("Pages")) as PDFObject);
  const localOf = new Map<string, number>();
  const objects: PDFObject[] = [];
  for (const [ref, object] of ctx.enumerateIndirectObjects()) {
    if (skip.has(ref.tag) || ref.tag === documentTag || isContainer(object)) continue;
    localOf.set(ref.tag, objects.length);
    objects.push(object);
  }
  const local = (ref: PDFRef): number => {
    const n = localOf.get(ref.tag);
    if (n === undefined) {
      throw new Error(
        `안내서 부분 ${part.id}을(를) 합치지 못했습니다: 참조 ${ref.tag}의 대상이 없습니다 (dangling reference)`,
      );
    }
    return n;
  };
  /** The local number of `o`: its own when it is a reference, else a new object holding it. */
  const indirect = (o: PDFObject): number => {
    if (o instanceof PDFRef) return local(o);
    objects.push(o);
    return objects.length - 1;
  };

  const parentTree: [number, number][] = [];
  walkNumberTree(ctx, structure.structRoot.get(name("ParentTree")), (key, value) =>
    parentTree.push([key, indirect(value)]),
  );
  const keys =
    structure.structRoot.lookupMaybe(name("ParentTreeNextKey"), PDFNumber)?.asNumber() ??
    parentTree.reduce((max, [key]) => Math.max(max, key + 1), 0);
  const kids = structure.documentElem.get(name("K"));
  const documentKids = (kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []).map(indirect);
  const dests: [string, number][] = [];
  const anchorPages: AnchorPages = new Map();
  const pageIndex = new Map<PDFDict, number>(pages.map((page, i) => [page, i + 1]));
  for (const [key, value] of catalog.lookupMaybe(name("Dests"), PDFDict)?.entries() ?? []) {
    dests.push([key.decodeText(), indirect(value)]);
    const target = ctx.lookupMaybe(ctx.lookupMaybe(value, PDFArray)?.get(0), PDFDict);
    const page = target ? pageIndex.get(target) : undefined;
    if (page) anchorPages.set(key.decodeText(), page);
  }
  const outline = readOutline(ctx, catalog, indirect);

  const writer = new RelocatableWriter((ref) =>
    ref.tag === rootTag ? { global: GLOBAL_PAGES } : ref.tag === documentTag ? { global: GLOBAL_DOCUMENT } : local(ref),
  );
  for (const [index, object] of objects.entries()) writer.object(index, object);
  return {
    meta: {
      partId: part.id,
      objects: objects.length,
      offsets: writer.offsets,
      sites: writer.sites,
      keys,
      pagesNode: local(node),
      pageCount: pages.length,
      documentKids,
      parentTree,
      ids: [...ids].map(([id, ref]) => [id, local(ref)]),
      dests,
      outline,
      crossLinks,
      origin,
    },
    body: writer.bytes(),
    anchors: { pages: anchorPages, pageCount: pages.length },
  };
}

/** An object stream or cross-reference stream of the source file: its objects are copied one by one. */
function isContainer(object: PDFObject): boolean {
  if (!(object instanceof PDFRawStream)) return false;
  const type = object.dict.get(name("Type"));
  return type === name("ObjStm") || type === name("XRef");
}

/**
 * Tags of the part's objects the joined document replaces with its own: the catalog, page tree
 * nodes, structure root and parent and ID trees, outline, destinations dictionary and info.
 */
function replacedObjects(src: PDFContext, catalog: PDFDict, part: PartStructure): Set<string> {
  const skip = new Set<string>();
  const skipRef = (o: PDFObject | undefined) => {
    if (o instanceof PDFRef) skip.add(o.tag);
  };
  skipRef(src.trailerInfo.Root);
  skipRef(src.trailerInfo.Info);
  for (const key of ["Pages", "StructTreeRoot", "Outlines", "Dests"]) skipRef(catalog.get(name(key)));
  walkTree(src, part.structRoot.get(name("ParentTree")), skipRef);
  walkTree(src, part.structRoot.get(name("IDTree")), skipRef);
  walkTree(src, catalog.get(name("Pages")), skipRef, "Pages");
  walkOutline(src, catalog.lookupMaybe(name("Outlines"), PDFDict), (ref) => skipRef(ref));
  return skip;
}
