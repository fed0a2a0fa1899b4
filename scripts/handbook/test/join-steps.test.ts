/**
 * The join's steps on their own (src/print/join/), on pdf-lib objects built in the test: the page
 * tree of a long book, the outline's nesting by level, and cross-part links.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFRef, PDFString } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import {
  CROSS_PART_HREF,
  checkCrossPartLinks,
  crossPartLink,
  NamedDestinations,
  pointAtDestination,
} from "../src/print/join/links.ts";
import { outlineTree } from "../src/print/join/outline.ts";
import { PAGES_PER_NODE, pageTree } from "../src/print/join/page-tree.ts";

const key = (n: string) => PDFName.of(n);

describe("pageTree", () => {
  it("puts up to PAGES_PER_NODE pages right under the root", async () => {
    const doc = await PDFDocument.create();
    const leaves = Array.from({ length: 5 }, () => doc.addPage().ref);
    const root = doc.context.lookup(pageTree(doc.context, leaves), PDFDict);
    expect(root.lookup(key("Kids"), PDFArray).asArray()).toEqual(leaves);
    expect(root.lookup(key("Count"), PDFNumber).asNumber()).toBe(5);
  });

  it("balances a long book into nodes of PAGES_PER_NODE pages, in order, each page's parent its node", async () => {
    const doc = await PDFDocument.create();
    const ctx = doc.context;
    const leaves = Array.from({ length: 2 * PAGES_PER_NODE + 2 }, () => doc.addPage().ref);
    const rootRef = pageTree(ctx, leaves);
    const nodes = ctx
      .lookup(rootRef, PDFDict)
      .lookup(key("Kids"), PDFArray)
      .asArray()
      .map((ref) => ({ ref: ref as PDFRef, node: ctx.lookup(ref, PDFDict) }));
    expect(nodes.map(({ node }) => node.lookup(key("Count"), PDFNumber).asNumber())).toEqual([64, 64, 2]);
    expect(nodes.every(({ node }) => node.get(key("Parent")) === rootRef)).toBe(true);
    const inOrder = nodes.flatMap(({ ref, node }) =>
      node
        .lookup(key("Kids"), PDFArray)
        .asArray()
        .map((leaf) => {
          expect(ctx.lookup(leaf, PDFDict).get(key("Parent"))).toBe(ref);
          return leaf;
        }),
    );
    expect(inOrder).toEqual(leaves);
  });
});

describe("outlineTree", () => {
  it("makes each item the child of the nearest preceding item of a lower level, all open", async () => {
    const ctx = (await PDFDocument.create()).context;
    const levels = [1, 2, 3, 2, 1, 2];
    const rootRef = outlineTree(
      ctx,
      levels.map((level, i) => ({ level, title: PDFString.of(`${i}`) })),
    );
    type Tree = { title: string; count?: number; kids: Tree[] };
    const read = (dict: PDFDict): Tree[] => {
      const kids: Tree[] = [];
      for (let item = dict.lookupMaybe(key("First"), PDFDict); item; item = item.lookupMaybe(key("Next"), PDFDict)) {
        kids.push({
          title: item.lookup(key("Title"), PDFString).decodeText(),
          count: item.lookupMaybe(key("Count"), PDFNumber)?.asNumber(),
          kids: read(item),
        });
      }
      return kids;
    };
    const root = ctx.lookup(rootRef, PDFDict);
    expect(root.lookup(key("Count"), PDFNumber).asNumber()).toBe(6);
    expect(read(root)).toEqual([
      {
        title: "0",
        count: 3,
        kids: [
          { title: "1", count: 1, kids: [{ title: "2", count: undefined, kids: [] }] },
          { title: "3", count: undefined, kids: [] },
        ],
      },
      { title: "4", count: 1, kids: [{ title: "5", count: undefined, kids: [] }] },
    ]);
  });
});

describe("cross-part links", () => {
  const setUp = async () => {
    const doc = await PDFDocument.create();
    const ctx = doc.context;
    const page = doc.addPage();
    const annot = (uri: string) => ctx.obj({ Subtype: "Link", A: { S: "URI", URI: PDFString.of(uri) } });
    const dests = new NamedDestinations();
    dests.byName.set("policy-a", ctx.obj([page.ref, "Fit"]));
    return { annot, dests };
  };

  it("recognises only links on CROSS_PART_HREF, and points them at the named destination", async () => {
    const { annot, dests } = await setUp();
    expect(crossPartLink(annot("https://www.gwangyang.go.kr/"), "front")).toBeUndefined();
    const link = crossPartLink(annot(`${CROSS_PART_HREF}policy-a`), "front");
    expect(link).toMatchObject({ anchor: "policy-a", part: "front" });
    checkCrossPartLinks([link!], dests);
    pointAtDestination(link!);
    expect(link?.annot.get(key("A"))).toBeUndefined();
    expect(link?.annot.get(key("Dest"))).toBe(key("policy-a"));
  });

  it("names at most ten missing anchors with their parts", async () => {
    const { annot, dests } = await setUp();
    const links = Array.from({ length: 12 }, (_, i) => crossPartLink(annot(`${CROSS_PART_HREF}gone-${i}`), `p${i}`)!);
    // The ten first, and the message ends there (gone-10 and gone-11 left out).
    expect(() => checkCrossPartLinks(links, dests)).toThrow(/: gone-0 \(p0\), gone-1 \(p1\), .*gone-9 \(p9\)$/);
  });
});
