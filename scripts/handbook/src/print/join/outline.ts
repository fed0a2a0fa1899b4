import { type PDFContext, PDFDict, PDFNumber, type PDFObject, type PDFRef } from "@cantoo/pdf-lib";
import { decodeText, name, walkOutline } from "./pdf-objects.ts";

/** One outline item read from a part, with its heading level (H1 → 1) from its structure element. */
export type OutlineItem = { level: number; title: PDFObject; dest?: PDFObject; se?: PDFObject };

/** An outline item of a part as the join keeps it: level, title text, and what `keep` made of its targets. */
export type PartOutlineItem<T> = { level: number; title: string; dest?: T; se?: T };

/**
 * The outline items of one part in document order (`/Outlines` of `catalog` in the context
 * `src`), their destination and structure element passed through `keep`. An item's level is
 * that of the heading its `/SE` names (H2 → 2), else its depth in the part's outline: a part of
 * H2 entries can then nest under the previous part's H1.
 */
export function readOutline<T>(src: PDFContext, catalog: PDFDict, keep: (o: PDFObject) => T): PartOutlineItem<T>[] {
  const items: PartOutlineItem<T>[] = [];
  walkOutline(src, catalog.lookupMaybe(name("Outlines"), PDFDict), (_ref, item, depth) => {
    const se = item.get(name("SE"));
    const heading = /^H([1-6])$/.exec(decodeText(se ? src.lookupMaybe(se, PDFDict)?.get(name("S")) : undefined));
    const dest = item.get(name("Dest"));
    items.push({
      level: heading ? Number(heading[1]) : depth,
      title: decodeText(item.get(name("Title"))),
      dest: dest ? keep(dest) : undefined,
      se: se ? keep(se) : undefined,
    });
  });
  return items;
}

/**
 * The outline rebuilt from `items` in order: an item is the child of the nearest preceding item
 * of a lower level. Every item is open (positive `/Count`), as Chromium writes its outline.
 * Returns the reference of the `/Outlines` dictionary.
 */
export function outlineTree(ctx: PDFContext, items: OutlineItem[]): PDFRef {
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
