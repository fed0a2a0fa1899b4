import { type PDFContext, PDFDict, type PDFRef } from "@cantoo/pdf-lib";
import { name } from "./pdf-objects.ts";

/** Pages per intermediate node of the joined page tree. */
export const PAGES_PER_NODE = 64;

/**
 * A balanced page tree over `leaves`, in order: the root holds the pages themselves when there
 * are at most PAGES_PER_NODE, else intermediate nodes of PAGES_PER_NODE pages each. Sets every
 * page's `/Parent`; the root has none (a part's root gets the joined book's root as its parent).
 * Returns the root's reference.
 */
export function pageTree(ctx: PDFContext, leaves: PDFRef[]): PDFRef {
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
