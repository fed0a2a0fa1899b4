import { open } from "node:fs/promises";
import { PDFDocument, PDFHexString, type PDFObject, PDFRef } from "@cantoo/pdf-lib";
import { buildFragment, type Fragment, type FragmentMeta } from "./join/fragment.ts";
import { readFragmentFile, readFragmentMeta } from "./join/fragment-file.ts";
import { checkCrossPartLinks, NamedDestinations } from "./join/links.ts";
import { type JoinedInfo, type PartsOrigin, writeMetadata } from "./join/metadata.ts";
import { type OutlineItem, outlineTree } from "./join/outline.ts";
import { name } from "./join/pdf-objects.ts";
import { GLOBAL_DOCUMENT, GLOBAL_PAGES, relocate } from "./join/relocatable.ts";
import { type JoinedStructure, writeStructure } from "./join/structure.ts";

/** Where the join gets one part's fragment: its description alone, and all of it (read when copied). */
export type FragmentSource = { meta: () => Promise<FragmentMeta>; fragment: () => Promise<Fragment> };

/** The fragment file of a part (join/fragment-file.ts) as a source of the join. */
export const fragmentFile = (file: string): FragmentSource => ({
  meta: () => readFragmentMeta(file),
  fragment: () => readFragmentFile(file),
});

const HEADER = Buffer.from("%PDF-1.7\n%\x81\x81\x81\x81\n\n", "latin1");

/**
 * Joins fragments of consecutive parts of one book (join/fragment.ts: each part printed by Chromium,
 * converted once) into one tagged PDF, as if the book had been printed at once, writing it in
 * order through `write` and holding one part's bytes at a time:
 * 1. the parts' descriptions give each part its object numbers and parent-tree keys (after the
 *    previous parts'), and the joined book's own objects: a page tree whose root holds each
 *    part's `/Pages` node, one structure tree (one `Document` element holding every part's
 *    top-level elements, the parent tree with keys moved, one `/IDTree` of every element `/ID`:
 *    struct-ids.ts), every named destination, one outline rebuilt by heading level (a part of H2
 *    entries nests under the previous part's H1, all items open as Chromium writes them), document
 *    info, `/Lang`, `/MarkInfo` and `DisplayDocTitle` (metadata.ts, structure.ts);
 * 2. each part's bytes are copied with their numbers moved in place (relocatable.ts), then the
 *    book's own objects, the cross-reference table and the trailer.
 * A part that did not change keeps its fragment, so joining costs about a copy of the file.
 * Fonts stay embedded per part (each part carries its own subset).
 * @returns The size of the joined PDF (bytes) and its page count.
 * @throws Error naming the anchors (with their parts) when a link between parts points at a
 *   destination no part has.
 */
export async function joinFragments(
  sources: FragmentSource[],
  info: JoinedInfo,
  write: (chunk: Uint8Array) => Promise<void>,
): Promise<{ bytes: number; pages: number }> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const ctx = out.context;
  const pagesRef = out.catalog.get(name("Pages")) as PDFRef;
  const refs = { documentRef: ctx.nextRef(), rootRef: ctx.nextRef() };
  const structure: JoinedStructure = { kids: [], parentTree: [], nextKey: 0, ids: [] };
  const dests = new NamedDestinations();
  const outline: OutlineItem[] = [];
  const crossLinks: { anchor: string; part: string }[] = [];
  const origin: PartsOrigin = { producer: "", creator: "" };
  const bases: { objects: number; keys: number }[] = [];
  const partNodes: PDFRef[] = [];
  let nextObject = ctx.largestObjectNumber + 1;
  let pages = 0;
  for (const source of sources) {
    const meta = await source.meta();
    const base = { objects: nextObject, keys: structure.nextKey };
    bases.push(base);
    const ref = (local: number) => PDFRef.of(base.objects + local);
    partNodes.push(ref(meta.pagesNode));
    pages += meta.pageCount;
    structure.kids.push(...meta.documentKids.map(ref));
    for (const [key, value] of meta.parentTree) structure.parentTree.push([key + base.keys, ref(value)]);
    structure.ids.push(...meta.ids.map(([id, local]): [string, PDFRef] => [id, ref(local)]));
    for (const [anchor, local] of meta.dests) dests.byName.set(anchor, ref(local));
    for (const item of meta.outline) {
      const keep = (local: number | undefined): PDFObject | undefined => (local === undefined ? undefined : ref(local));
      outline.push({
        level: item.level,
        title: PDFHexString.fromText(item.title),
        dest: keep(item.dest),
        se: keep(item.se),
      });
    }
    crossLinks.push(...meta.crossLinks.map((anchor) => ({ anchor, part: meta.partId })));
    origin.producer ||= meta.origin.producer;
    origin.creator ||= meta.origin.creator;
    nextObject += meta.objects;
    structure.nextKey += meta.keys;
  }
  checkCrossPartLinks(crossLinks, dests);

  ctx.largestObjectNumber = nextObject - 1;
  ctx.assign(pagesRef, ctx.obj({ Type: "Pages", Kids: partNodes, Count: pages }));
  const catalog = out.catalog;
  writeStructure(ctx, catalog, refs, structure, info.lang);
  catalog.set(name("Dests"), dests.dictionary(ctx));
  if (outline.length) catalog.set(name("Outlines"), outlineTree(ctx, outline));
  writeMetadata(out, info, origin);

  const offsets = new Float64Array(ctx.largestObjectNumber + 1);
  let position = 0;
  const put = async (chunk: Uint8Array) => {
    await write(chunk);
    position += chunk.length;
  };
  await put(HEADER);
  const globals: number[] = [];
  globals[GLOBAL_PAGES] = pagesRef.objectNumber;
  globals[GLOBAL_DOCUMENT] = refs.documentRef.objectNumber;
  for (const [i, source] of sources.entries()) {
    const { meta, body } = await source.fragment();
    const base = bases[i] as { objects: number; keys: number };
    relocate(body, meta.sites, base.objects, base.keys, globals);
    for (const [local, at] of meta.offsets.entries()) offsets[base.objects + local] = position + at;
    await put(body);
  }
  for (const [ref, object] of ctx.enumerateIndirectObjects()) {
    offsets[ref.objectNumber] = position;
    const bytes = Buffer.allocUnsafe(object.sizeInBytes());
    object.copyBytesInto(bytes, 0);
    await put(Buffer.concat([Buffer.from(`${ref.objectNumber} 0 obj\n`), bytes, Buffer.from("\nendobj\n")]));
  }
  const xref = position;
  await put(xrefTable(offsets));
  const trailer = ctx.obj({ Size: offsets.length, Root: ctx.trailerInfo.Root, Info: ctx.trailerInfo.Info });
  const trailerBytes = Buffer.allocUnsafe(trailer.sizeInBytes());
  trailer.copyBytesInto(trailerBytes, 0);
  await put(Buffer.concat([Buffer.from("trailer\n"), trailerBytes, Buffer.from(`\nstartxref\n${xref}\n%%EOF\n`)]));
  return { bytes: position, pages };
}

/** A classic cross-reference table (PDF 32000-1 §7.5.4) of objects 0… at `offsets` (0: free), 20 bytes an entry. */
function xrefTable(offsets: Float64Array): Buffer {
  const head = Buffer.from(`xref\n0 ${offsets.length}\n`, "latin1");
  const table = Buffer.alloc(head.length + offsets.length * 20);
  head.copy(table);
  for (let n = 0; n < offsets.length; n++) {
    const at = head.length + n * 20;
    const offset = offsets[n] as number;
    if (offset) table.write(`${String(offset).padStart(10, "0")} 00000 n \n`, at, "latin1");
    else table.write(n === 0 ? "0000000000 65535 f \n" : "0000000000 00001 f \n", at, "latin1");
  }
  return table;
}

/**
 * Joins the parts' fragment files (in book order) into the PDF file `outFile`, streamed: see
 * `joinFragments`.
 */
export async function joinFragmentFiles(
  files: string[],
  info: JoinedInfo,
  outFile: string,
): Promise<{ bytes: number; pages: number }> {
  const handle = await open(outFile, "w");
  try {
    return await joinFragments(files.map(fragmentFile), info, async (chunk) => {
      await handle.write(chunk);
    });
  } finally {
    await handle.close();
  }
}

/**
 * Joins PDFs printed by Chromium from consecutive parts of one book into one tagged PDF in memory:
 * each part converted (join/fragment.ts `buildFragment`), then `joinFragments`.
 * @throws Error naming the part when a part is not a tagged Chromium PDF, or naming the anchors
 *   when a link between parts points at a destination no part has.
 */
export async function joinParts(parts: { id: string; pdf: Uint8Array }[], info: JoinedInfo): Promise<Uint8Array> {
  const fragments = await Promise.all(parts.map(buildFragment));
  const chunks: Uint8Array[] = [];
  await joinFragments(
    fragments.map((f) => ({
      meta: async () => f.meta,
      fragment: async () => ({ meta: f.meta, body: Buffer.from(f.body) }),
    })),
    info,
    async (chunk) => {
      chunks.push(chunk);
    },
  );
  return Buffer.concat(chunks);
}
