import { PDFDocument, PDFHexString, PDFName, type PDFRef, PDFString, StandardFonts } from "@cantoo/pdf-lib";
import { CROSS_PART_HREF } from "../../src/print/join/links.ts";

/** A heading of a fixture part: its level (H1, H2), outline title, anchor id and page (1-based, in the part). */
export type FixtureHeading = { level: 1 | 2; title: string; anchor: string; page: number };

/** A fixture part: its page count, headings, and links to anchors printed in other parts. */
export type FixturePart = {
  id: string;
  pages: number;
  headings: FixtureHeading[];
  crossLinks?: { page: number; anchor: string }[];
};

/**
 * A small tagged PDF shaped as Chromium prints a part of the handbook, made with pdf-lib: pages
 * with the text "<id> page <n>"; a structure tree whose root holds one `Document` element with an
 * `H1`/`H2` element per heading (IDs `node00000001`… numbered from 1 in every part, as Chromium
 * does) and a `Link` element per cross-part link; a parent tree (`StructParents` of each page,
 * `StructParent` of each link annotation); a named destination per heading anchor; a flat
 * outline whose items name their heading element (`/SE`); Chromium's producer and creator.
 */
export async function fixturePart(part: FixturePart): Promise<{ id: string; pdf: Uint8Array }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = Array.from({ length: part.pages }, (_, i) => {
    const page = doc.addPage([200, 200]);
    page.drawText(`${part.id} page ${i + 1}`, { x: 20, y: 100, size: 12, font });
    return page;
  });
  const pageRef = (n: number) => (pages[n - 1] ?? pages[0])?.ref as PDFRef;
  const rootRef = ctx.nextRef();
  const documentRef = ctx.nextRef();
  const kids: PDFRef[] = [];
  const nums: (number | PDFRef | PDFRef[])[] = [];
  const headingRefs = part.headings.map((heading, i) => {
    const ref = ctx.register(
      ctx.obj({
        Type: "StructElem",
        S: `H${heading.level}`,
        P: documentRef,
        Pg: pageRef(heading.page),
        ID: PDFString.of(`node${String(i + 1).padStart(8, "0")}`),
      }),
    );
    kids.push(ref);
    return ref;
  });
  pages.forEach((page, i) => {
    page.node.set(PDFName.of("StructParents"), ctx.obj(i));
    nums.push(
      i,
      headingRefs.filter((_, h) => part.headings[h]?.page === i + 1),
    );
  });
  for (const [i, link] of (part.crossLinks ?? []).entries()) {
    const key = part.pages + i;
    const annot = ctx.register(
      ctx.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [20, 60, 120, 80],
        StructParent: key,
        A: { S: "URI", URI: PDFString.of(`${CROSS_PART_HREF}${link.anchor}`) },
      }),
    );
    pages[link.page - 1]?.node.addAnnot(annot);
    const elem = ctx.register(
      ctx.obj({ Type: "StructElem", S: "Link", P: documentRef, K: { Type: "OBJR", Obj: annot } }),
    );
    kids.push(elem);
    nums.push(key, elem);
  }
  ctx.assign(documentRef, ctx.obj({ Type: "StructElem", S: "Document", P: rootRef, K: kids }));
  ctx.assign(
    rootRef,
    ctx.obj({
      Type: "StructTreeRoot",
      K: documentRef,
      ParentTree: ctx.register(ctx.obj({ Nums: nums })),
      ParentTreeNextKey: part.pages + (part.crossLinks?.length ?? 0),
    }),
  );
  doc.catalog.set(PDFName.of("StructTreeRoot"), rootRef);
  doc.catalog.set(PDFName.of("MarkInfo"), ctx.obj({ Marked: true }));
  const dest = (heading: FixtureHeading) => ctx.obj([pageRef(heading.page), "XYZ", 0, 200, 0]);
  doc.catalog.set(
    PDFName.of("Dests"),
    ctx.register(ctx.obj(Object.fromEntries(part.headings.map((h) => [h.anchor, dest(h)])))),
  );
  if (part.headings.length) doc.catalog.set(PDFName.of("Outlines"), flatOutline(doc, part, headingRefs, dest));
  doc.setProducer("Skia/PDF m140");
  doc.setCreator("Chromium");
  return { id: part.id, pdf: await doc.save({ useObjectStreams: false }) };
}

/** A one-level outline of the part's headings, in order, each naming its element. */
function flatOutline(
  doc: PDFDocument,
  part: FixturePart,
  headingRefs: PDFRef[],
  dest: (heading: FixtureHeading) => ReturnType<PDFDocument["context"]["obj"]>,
): PDFRef {
  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const refs = part.headings.map(() => ctx.nextRef());
  part.headings.forEach((heading, i) => {
    const item = ctx.obj({ Parent: rootRef, Dest: dest(heading), SE: headingRefs[i] as PDFRef });
    item.set(PDFName.of("Title"), PDFHexString.fromText(heading.title));
    if (i > 0) item.set(PDFName.of("Prev"), refs[i - 1] as PDFRef);
    if (i < refs.length - 1) item.set(PDFName.of("Next"), refs[i + 1] as PDFRef);
    ctx.assign(refs[i] as PDFRef, item);
  });
  ctx.assign(
    rootRef,
    ctx.obj({ Type: "Outlines", First: refs[0] as PDFRef, Last: refs.at(-1) as PDFRef, Count: refs.length }),
  );
  return rootRef;
}
