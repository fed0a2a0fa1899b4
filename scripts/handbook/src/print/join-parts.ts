import { ParseSpeeds, PDFArray, type PDFContext, PDFDict, PDFDocument, type PDFObject, PDFRef } from "@cantoo/pdf-lib";
import { markPageArtifacts } from "./artifacts.ts";
import { type CrossPartLink, crossPartLink, NamedDestinations, resolveCrossPartLinks } from "./join/links.ts";
import { type JoinedInfo, noteOrigin, type PartsOrigin, writeMetadata } from "./join/metadata.ts";
import { type OutlineItem, outlineTree, readOutline } from "./join/outline.ts";
import { pageTree } from "./join/page-tree.ts";
import { copyObject, name, refTag, shiftKey, walkOutline, walkTree, withoutKey } from "./join/pdf-objects.ts";
import { JoinedStructure, type PartStructure, partStructure } from "./join/structure.ts";
import { prefixStructIds } from "./struct-ids.ts";

/** What the join gathers from the parts, in book order, before it writes the joined catalog. */
type Joined = {
  ctx: PDFContext;
  structure: JoinedStructure;
  dests: NamedDestinations;
  /** Every page, in order: the leaves of the joined page tree. */
  leaves: PDFRef[];
  outline: OutlineItem[];
  crossLinks: CrossPartLink[];
  origin: PartsOrigin;
  /** The previous part's page contents being compressed (artifacts.ts) while the next part is read. */
  artifactsPending: Promise<unknown>;
};

/**
 * Joins PDFs printed by Chromium from consecutive parts of one book into one tagged PDF, as if the
 * book had been printed at once. Each step has its module in `join/`:
 * - pages in order, in a balanced page tree (page-tree.ts);
 * - the named destinations of all parts (Chromium writes one per link target), and links between
 *   parts (URI actions on `CROSS_PART_HREF`) turned into links to those destinations (links.ts);
 * - one structure tree (structure.ts): a single `Document` element holding every part's top-level
 *   elements, with the parent tree renumbered (`StructParents` of pages, `StructParent` of
 *   annotations), and every element `/ID` prefixed with its part's number (`p3-node00000016`,
 *   with the table `/Headers` naming them) and listed in one `/IDTree` (struct-ids.ts);
 * - page furniture that Chromium draws untagged (CSS page-margin boxes: running header, folio,
 *   marks) enclosed as `/Artifact` in the page content (artifacts.ts), so that every painted
 *   thing is tagged or an artifact, as PDF/UA requires;
 * - one outline, rebuilt from every part's items by heading level (a part of H2 entries nests
 *   under the previous part's H1 chapter opener), all items open as Chromium writes them (outline.ts);
 * - document info, `/Lang`, `/MarkInfo` and `DisplayDocTitle` (metadata.ts, structure.ts).
 * Objects are copied with their references renumbered; a page's content stream is rewritten only
 * when it has untagged content.
 * Fonts stay embedded per part (each part carries its own subset).
 * @throws Error naming the part when a part is not a tagged Chromium PDF, or naming the anchors
 *   when a link between parts points at a destination no part has.
 */
export async function joinParts(parts: { id: string; pdf: Uint8Array }[], info: JoinedInfo): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const ctx = out.context;
  const joined: Joined = {
    ctx,
    structure: new JoinedStructure(ctx),
    dests: new NamedDestinations(),
    leaves: [],
    outline: [],
    crossLinks: [],
    origin: { producer: "", creator: "" },
    artifactsPending: Promise.resolve(),
  };
  for (const [partIndex, part] of parts.entries()) await copyPart(joined, part, partIndex);
  await joined.artifactsPending;
  resolveCrossPartLinks(joined.crossLinks, joined.dests);

  const catalog = out.catalog;
  catalog.set(name("Pages"), pageTree(ctx, joined.leaves));
  joined.structure.write(catalog, info.lang);
  catalog.set(name("Dests"), joined.dests.dictionary(ctx));
  if (joined.outline.length) catalog.set(name("Outlines"), outlineTree(ctx, joined.outline));
  writeMetadata(out, info, joined.origin);
  // Classic cross-reference table: pdf-lib's cross-reference streams insert entries in O(n²).
  return out.save({
    addDefaultPage: false,
    useObjectStreams: false,
    updateFieldAppearances: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
}

/**
 * Copies one part into the joined document: every object but those the join replaces (renumbered),
 * its pages (with their furniture marked as artifacts in the background), its structure, its
 * destinations, its cross-part links and its outline items.
 */
async function copyPart(joined: Joined, part: { id: string; pdf: Uint8Array }, partIndex: number): Promise<void> {
  const { ctx, structure } = joined;
  const src = await PDFDocument.load(part.pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const catalog = src.catalog;
  const partStruct = partStructure(catalog, part.id);
  noteOrigin(joined.origin, src);
  const skip = replacedObjects(src.context, catalog, partStruct);
  const partIds = prefixStructIds(src.context, `p${partIndex + 1}-`);

  const map = new Map<string, PDFRef>();
  // The part's Document element becomes the joined one, so its kids' /P point at that.
  map.set(refTag(partStruct.structRoot.get(name("K"))), structure.documentRef);
  const objects = src.context.enumerateIndirectObjects();
  for (const [ref] of objects) {
    if (!skip.has(ref.tag) && !map.has(ref.tag)) map.set(ref.tag, ctx.nextRef());
  }
  const copy = (o: PDFObject): PDFObject => copyObject(o, ctx, map);
  for (const [ref, object] of objects) {
    if (skip.has(ref.tag) || map.get(ref.tag) === structure.documentRef) continue;
    // A page's /Parent is the part's page tree: it gets the joined tree's node instead.
    const isPage = object instanceof PDFDict && object.get(name("Type")) === name("Page");
    ctx.assign(map.get(ref.tag) as PDFRef, copy(isPage ? withoutKey(object, "Parent") : object));
  }

  await joined.artifactsPending;
  const artifacts: Promise<number>[] = [];
  // Pages: new parent, parent-tree keys moved past the previous parts', furniture as artifacts.
  for (const page of src.getPages()) {
    const leafRef = map.get(page.ref.tag) as PDFRef;
    const leaf = ctx.lookup(leafRef, PDFDict);
    shiftKey(leaf, "StructParents", structure.parentKeyBase);
    artifacts.push(markPageArtifacts(ctx, leaf));
    for (const annotObject of leaf.lookupMaybe(name("Annots"), PDFArray)?.asArray() ?? []) {
      const annot = ctx.lookup(annotObject, PDFDict);
      shiftKey(annot, "StructParent", structure.parentKeyBase);
      const link = crossPartLink(annot, part.id);
      if (link) joined.crossLinks.push(link);
    }
    joined.leaves.push(leafRef);
  }
  joined.artifactsPending = Promise.all(artifacts);
  joined.artifactsPending.catch(() => {}); // rethrown where it is awaited; not unhandled meanwhile

  const ids = [...partIds].map(([id, ref]): [string, PDFRef] => [id, map.get(ref.tag) as PDFRef]);
  structure.addPart(src.context, partStruct, copy, ids);
  joined.dests.add(catalog, copy);
  joined.outline.push(...readOutline(src.context, catalog, copy));
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
