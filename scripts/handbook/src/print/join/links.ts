import { type PDFContext, PDFDict, type PDFObject } from "@cantoo/pdf-lib";
import { decodeText, name } from "./pdf-objects.ts";

/**
 * Prefix of the `href` a part gives a link whose target is printed in another part (see
 * page-numbers.ts `preparePart`): Chromium writes such a link as a URI action, which the join
 * turns back into a link to the named destination. `.invalid` never resolves.
 */
export const CROSS_PART_HREF = "https://handbook-part.invalid/#";

/** A link annotation of a part that points at an anchor printed in another part. */
export type CrossPartLink = { annot: PDFDict; anchor: string; part: string };

/**
 * The named destinations of the joined book by name (Chromium writes one per link target, named by
 * the anchor id), each the joined book's reference of its destination array.
 */
export class NamedDestinations {
  readonly byName = new Map<string, PDFObject>();

  /** The `/Dests` dictionary of the joined catalog. */
  dictionary(ctx: PDFContext): PDFObject {
    return ctx.register(ctx.obj(Object.fromEntries(this.byName)));
  }
}

/** The cross-part link `annot` (a link annotation of part `part`) is, if its URI is on `CROSS_PART_HREF`. */
export function crossPartLink(annot: PDFDict, part: string): CrossPartLink | undefined {
  const uri = decodeText(annot.lookupMaybe(name("A"), PDFDict)?.get(name("URI")));
  return uri.startsWith(CROSS_PART_HREF) ? { annot, anchor: uri.slice(CROSS_PART_HREF.length), part } : undefined;
}

/** Turns a cross-part link's URI action into a link to the named destination of its anchor. */
export function pointAtDestination({ annot, anchor }: CrossPartLink): void {
  annot.delete(name("A"));
  annot.set(name("Dest"), name(anchor));
}

/**
 * Checks that every anchor a link between parts points at has a named destination in the book.
 * @throws Error (Korean) naming the first ten anchors (with their parts) no part has a destination for.
 */
export function checkCrossPartLinks(links: { anchor: string; part: string }[], dests: NamedDestinations): void {
  const missing = links.filter((link) => !dests.byName.has(link.anchor));
  if (missing.length) {
    throw new Error(
      `링크 대상이 없습니다 (link targets missing): ${missing
        .slice(0, 10)
        .map((m) => `${m.anchor} (${m.part})`)
        .join(", ")}`,
    );
  }
}
