import {
  ParseSpeeds,
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from "@cantoo/pdf-lib";
import { markPageArtifacts } from "./artifacts.ts";
import { idTree, prefixStructIds } from "./struct-ids.ts";

/**
 * Prefix of the `href` a part gives a link whose target is printed in another part (see
 * page-numbers.ts `preparePart`): Chromium writes such a link as a URI action, which
 * `joinParts` turns back into a link to the named destination. `.invalid` never resolves.
 */
export const CROSS_PART_HREF = "https://handbook-part.invalid/#";

/** Document information of the joined handbook. */
export type JoinedInfo = { title: string; author: string; subject: string; keywords: string[]; lang: string };

/** Pages per intermediate node of the joined page tree. */
const PAGES_PER_NODE = 64;

const name = (n: string) => PDFName.of(n);

/** One outline item read from a part, with its heading level (H1 → 1) from its structure element. */
type OutlineItem = { level: number; title: PDFObject; dest?: PDFObject; se?: PDFObject };

/**
 * Joins PDFs printed by Chromium from consecutive parts of one book into one tagged PDF, as if the
 * book had been printed at once:
 * - pages in order, in a balanced page tree;
 * - the named destinations of all parts (Chromium writes one per link target), and links between
 *   parts (URI actions on `CROSS_PART_HREF`) turned into links to those destinations;
 * - one structure tree: a single `Document` element holding every part's top-level elements, with
 *   the parent tree renumbered (`StructParents` of pages, `StructParent` of annotations), and
 *   every element `/ID` prefixed with its part's number (`p3-node00000016`, with the table
 *   `/Headers` naming them) and listed in one `/IDTree` (struct-ids.ts);
 * - page furniture that Chromium draws untagged (CSS page-margin boxes: running header, folio,
 *   marks) enclosed as `/Artifact` in the page content (artifacts.ts), so that every painted
 *   thing is tagged or an artifact, as PDF/UA requires;
 * - one outline, rebuilt from every part's items by heading level (a part of H2 entries nests
 *   under the previous part's H1 chapter opener), all items open as Chromium writes them;
 * - document info, `/Lang`, `/MarkInfo` and `DisplayDocTitle`.
 * Objects are copied with their references renumbered; a page's content stream is rewritten only
 * when it has untagged content.
 * Fonts stay embedded per part (each part carries its own subset).
 * @throws Error naming the part when a part is not a tagged Chromium PDF, or naming the anchors
 *   when a link between parts points at a destination no part has.
 */
export async function joinParts(parts: { id: string; pdf: Uint8Array }[], info: JoinedInfo): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const ctx = out.context;
  const structRootRef = ctx.nextRef();
  const documentRef = ctx.nextRef();
  const leaves: PDFRef[] = [];
  const documentKids: PDFObject[] = [];
  const parentTree: PDFObject[] = [];
  const dests = new Map<string, PDFObject>();
  const ids: [string, PDFRef][] = [];
  const outline: OutlineItem[] = [];
  const crossLinks: { annot: PDFDict; anchor: string; part: string }[] = [];
  let parentKeyBase = 0;
  // The previous part's page contents being compressed (artifacts.ts) while this part is read.
  let artifactsPending: Promise<unknown> = Promise.resolve();
  let producer = "";
  let creator = "";

  for (const [partIndex, part] of parts.entries()) {
    const src = await PDFDocument.load(part.pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const catalog = src.catalog;
    const structRoot = catalog.lookupMaybe(name("StructTreeRoot"), PDFDict);
    const documentElem = structRoot?.lookupMaybe(name("K"), PDFDict);
    if (!structRoot || !documentElem || documentElem.get(name("S")) !== name("Document")) {
      throw new Error(`안내서 부분 ${part.id}: 태그가 있는 PDF가 아닙니다 (no Document structure element)`);
    }
    const srcInfo = src.context.lookupMaybe(src.context.trailerInfo.Info, PDFDict);
    producer ||= decodeText(srcInfo?.get(name("Producer")));
    creator ||= decodeText(srcInfo?.get(name("Creator")));

    // Objects replaced by the joined document's own: the catalog, page tree nodes, structure root
    // and parent tree, outline, destinations dictionary and info.
    const skip = new Set<string>();
    const skipRef = (o: PDFObject | undefined) => {
      if (o instanceof PDFRef) skip.add(o.tag);
    };
    skipRef(src.context.trailerInfo.Root);
    skipRef(src.context.trailerInfo.Info);
    for (const key of ["Pages", "StructTreeRoot", "Outlines", "Dests"]) skipRef(catalog.get(name(key)));
    walkTree(src.context, structRoot.get(name("ParentTree")), skipRef);
    walkTree(src.context, structRoot.get(name("IDTree")), skipRef);
    const partIds = prefixStructIds(src.context, `p${partIndex + 1}-`);
    walkTree(src.context, catalog.get(name("Pages")), skipRef, "Pages");
    walkOutline(src.context, catalog.lookupMaybe(name("Outlines"), PDFDict), (ref) => skipRef(ref));

    const map = new Map<string, PDFRef>();
    // The part's Document element becomes the joined one, so its kids' /P point at that.
    map.set(refTag(structRoot.get(name("K"))), documentRef);
    const objects = src.context.enumerateIndirectObjects();
    for (const [ref] of objects) {
      if (!skip.has(ref.tag) && !map.has(ref.tag)) map.set(ref.tag, ctx.nextRef());
    }
    const remap = (o: PDFObject): PDFObject => copyObject(o, ctx, map);
    for (const [ref, object] of objects) {
      if (skip.has(ref.tag) || map.get(ref.tag) === documentRef) continue;
      // A page's /Parent is the part's page tree: it gets the joined tree's node instead.
      const isPage = object instanceof PDFDict && object.get(name("Type")) === name("Page");
      ctx.assign(map.get(ref.tag) as PDFRef, remap(isPage ? withoutKey(object, "Parent") : object));
    }

    await artifactsPending;
    const artifacts: Promise<number>[] = [];
    // Pages: new parent, parent-tree keys moved past the previous parts', furniture as artifacts.
    for (const page of src.getPages()) {
      const leafRef = map.get(page.ref.tag) as PDFRef;
      const leaf = ctx.lookup(leafRef, PDFDict);
      shiftKey(leaf, "StructParents", parentKeyBase);
      artifacts.push(markPageArtifacts(ctx, leaf));
      const annots = leaf.lookupMaybe(name("Annots"), PDFArray);
      for (const annotObject of annots?.asArray() ?? []) {
        const annot = ctx.lookup(annotObject, PDFDict);
        shiftKey(annot, "StructParent", parentKeyBase);
        const uri = decodeText(annot.lookupMaybe(name("A"), PDFDict)?.get(name("URI")));
        if (uri.startsWith(CROSS_PART_HREF)) {
          crossLinks.push({ annot, anchor: uri.slice(CROSS_PART_HREF.length), part: part.id });
        }
      }
      leaves.push(leafRef);
    }
    artifactsPending = Promise.all(artifacts);
    artifactsPending.catch(() => {}); // rethrown where it is awaited; not unhandled meanwhile

    for (const [id, ref] of partIds) ids.push([id, map.get(ref.tag) as PDFRef]);

    const kids = documentElem.get(name("K"));
    for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) documentKids.push(remap(kid));

    const nums: [number, PDFObject][] = [];
    walkNumberTree(src.context, structRoot.get(name("ParentTree")), (key, value) => nums.push([key, value]));
    for (const [key, value] of nums) parentTree.push(PDFNumber.of(key + parentKeyBase), remap(value));
    const nextKey = structRoot.lookupMaybe(name("ParentTreeNextKey"), PDFNumber)?.asNumber();
    parentKeyBase += nextKey ?? nums.reduce((max, [key]) => Math.max(max, key + 1), 0);

    const srcDests = catalog.lookupMaybe(name("Dests"), PDFDict);
    for (const [key, value] of srcDests?.entries() ?? []) dests.set(key.decodeText(), remap(value));

    walkOutline(src.context, catalog.lookupMaybe(name("Outlines"), PDFDict), (_ref, item, depth) => {
      const se = item.get(name("SE"));
      const heading = /^H([1-6])$/.exec(
        decodeText(se ? src.context.lookupMaybe(se, PDFDict)?.get(name("S")) : undefined),
      );
      outline.push({
        level: heading ? Number(heading[1]) : depth,
        title: remap(item.get(name("Title")) as PDFObject),
        dest: item.get(name("Dest")) ? remap(item.get(name("Dest")) as PDFObject) : undefined,
        se: se ? remap(se) : undefined,
      });
    });
  }

  await artifactsPending;
  const missing = crossLinks.filter((link) => !dests.has(link.anchor));
  if (missing.length) {
    throw new Error(
      `링크 대상이 없습니다 (link targets missing): ${missing
        .slice(0, 10)
        .map((m) => `${m.anchor} (${m.part})`)
        .join(", ")}`,
    );
  }
  for (const { annot, anchor } of crossLinks) {
    annot.delete(name("A"));
    annot.set(name("Dest"), name(anchor));
  }

  const catalog = out.catalog;
  catalog.set(name("Pages"), pageTree(ctx, leaves));
  ctx.assign(
    structRootRef,
    ctx.obj({
      Type: "StructTreeRoot",
      K: documentRef,
      ParentTree: ctx.register(ctx.obj({ Nums: parentTree })),
      ParentTreeNextKey: parentKeyBase,
      ...(ids.length ? { IDTree: idTree(ctx, ids) } : {}),
    }),
  );
  const documentElem = ctx.obj({ Type: "StructElem", S: "Document", P: structRootRef, K: documentKids });
  documentElem.set(name("Lang"), PDFString.of(info.lang));
  ctx.assign(documentRef, documentElem);
  catalog.set(name("StructTreeRoot"), structRootRef);
  catalog.set(name("MarkInfo"), ctx.obj({ Type: "MarkInfo", Marked: true }));
  catalog.set(name("Dests"), ctx.register(ctx.obj(Object.fromEntries(dests))));
  if (outline.length) catalog.set(name("Outlines"), outlineTree(ctx, outline));

  out.setTitle(info.title, { showInWindowTitleBar: true });
  out.setAuthor(info.author);
  out.setSubject(info.subject);
  out.setKeywords(info.keywords);
  out.setLanguage(info.lang);
  out.setCreator(creator || "Chromium");
  out.setProducer(producer ? `${producer}; pdf-lib` : "pdf-lib");
  out.setCreationDate(new Date());
  out.setModificationDate(new Date());
  // Classic cross-reference table: pdf-lib's cross-reference streams insert entries in O(n²).
  return out.save({
    addDefaultPage: false,
    useObjectStreams: false,
    updateFieldAppearances: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
}

/** A copy of `o` for the context `ctx`, with every reference renumbered through `map`. */
function copyObject(o: PDFObject, ctx: PDFContext, map: Map<string, PDFRef>): PDFObject {
  if (o instanceof PDFRef) {
    const to = map.get(o.tag);
    if (!to) throw new Error(`안내서 부분을 합치지 못했습니다: 참조 ${o.tag}의 대상이 없습니다 (dangling reference)`);
    return to;
  }
  if (o instanceof PDFRawStream) return PDFRawStream.of(copyObject(o.dict, ctx, map) as PDFDict, o.contents);
  if (o instanceof PDFDict) {
    const dict = ctx.obj({});
    for (const [key, value] of o.entries()) dict.set(key, copyObject(value, ctx, map));
    return dict;
  }
  if (o instanceof PDFArray) {
    const array = ctx.obj([]);
    for (const value of o.asArray()) array.push(copyObject(value, ctx, map));
    return array;
  }
  return o;
}

/** A shallow copy of `dict` without `key`. */
function withoutKey(dict: PDFDict, key: string): PDFDict {
  const copy = dict.clone();
  copy.delete(name(key));
  return copy;
}

const refTag = (o: PDFObject | undefined) => (o instanceof PDFRef ? o.tag : "");

function shiftKey(dict: PDFDict, key: string, by: number) {
  const value = dict.lookupMaybe(name(key), PDFNumber);
  if (value) dict.set(name(key), PDFNumber.of(value.asNumber() + by));
}

/** Text of a PDF string, hex string or name; "" otherwise. */
function decodeText(o: PDFObject | undefined): string {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  if (o instanceof PDFName) return o.decodeText();
  return "";
}

/** Calls `visit` with the reference of every node of a page tree (`/Kids`) below `node`, of `/Type` `type` if given. */
function walkTree(src: PDFContext, node: PDFObject | undefined, visit: (ref: PDFObject) => void, type?: string): void {
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
function walkNumberTree(src: PDFContext, node: PDFObject | undefined, visit: (key: number, value: PDFObject) => void) {
  const dict = node ? src.lookupMaybe(node, PDFDict) : undefined;
  if (!dict) return;
  const nums = dict.lookupMaybe(name("Nums"), PDFArray)?.asArray() ?? [];
  for (let i = 0; i + 1 < nums.length; i += 2) {
    visit((nums[i] as PDFNumber).asNumber(), nums[i + 1] as PDFObject);
  }
  for (const kid of dict.lookupMaybe(name("Kids"), PDFArray)?.asArray() ?? []) walkNumberTree(src, kid, visit);
}

/** Visits every outline item below `root` in document order, with its depth (1 = top level). */
function walkOutline(
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

/** A balanced page tree over `leaves` (intermediate nodes of PAGES_PER_NODE pages); returns its root. */
function pageTree(ctx: PDFContext, leaves: PDFRef[]): PDFRef {
  const rootRef = ctx.nextRef();
  const kids: PDFRef[] = [];
  if (leaves.length <= PAGES_PER_NODE) {
    for (const leaf of leaves) {
      ctx.lookup(leaf, PDFDict).set(name("Parent"), rootRef);
      kids.push(leaf);
    }
  } else {
    for (let from = 0; from < leaves.length; from += PAGES_PER_NODE) {
      const chunk = leaves.slice(from, from + PAGES_PER_NODE);
      const nodeRef = ctx.nextRef();
      for (const leaf of chunk) ctx.lookup(leaf, PDFDict).set(name("Parent"), nodeRef);
      ctx.assign(nodeRef, ctx.obj({ Type: "Pages", Parent: rootRef, Kids: chunk, Count: chunk.length }));
      kids.push(nodeRef);
    }
  }
  ctx.assign(rootRef, ctx.obj({ Type: "Pages", Kids: kids, Count: leaves.length }));
  return rootRef;
}

/**
 * The outline rebuilt from `items` in order: an item is the child of the nearest preceding item
 * of a lower level. Every item is open (positive `/Count`), as Chromium writes its outline.
 */
function outlineTree(ctx: PDFContext, items: OutlineItem[]): PDFRef {
  type Node = { ref: PDFRef; dict: PDFDict; level: number; children: Node[] };
  const rootRef = ctx.nextRef();
  const root: Node = { ref: rootRef, dict: ctx.obj({ Type: "Outlines" }), level: 0, children: [] };
  const path: Node[] = [root];
  for (const item of items) {
    while ((path.at(-1) as Node).level >= item.level) path.pop();
    const dict = ctx.obj({});
    dict.set(name("Title"), item.title);
    if (item.dest) dict.set(name("Dest"), item.dest);
    if (item.se) dict.set(name("SE"), item.se);
    const node: Node = { ref: ctx.register(dict), dict, level: item.level, children: [] };
    (path.at(-1) as Node).children.push(node);
    path.push(node);
  }
  const link = (node: Node): number => {
    let count = 0;
    node.children.forEach((child, i) => {
      child.dict.set(name("Parent"), node.ref);
      const previous = node.children[i - 1];
      const next = node.children[i + 1];
      if (previous) child.dict.set(name("Prev"), previous.ref);
      if (next) child.dict.set(name("Next"), next.ref);
      count += 1 + link(child);
    });
    const first = node.children[0];
    const last = node.children.at(-1);
    if (first && last) {
      node.dict.set(name("First"), first.ref);
      node.dict.set(name("Last"), last.ref);
      node.dict.set(name("Count"), PDFNumber.of(count));
    }
    return count;
  };
  link(root);
  ctx.assign(rootRef, root.dict);
  return rootRef;
}
