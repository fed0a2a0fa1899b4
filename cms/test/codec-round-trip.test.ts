import {
  DEFAULT_OPEN_DATA_LICENSE,
  departmentSchema,
  guidebookSettingsSchema,
  type ImageRef,
  mascotAssetSchema,
  policySchema,
} from "@lifewelfare/content-models";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  departmentFromCms,
  departmentToCms,
  type FromCmsContext,
  guidebookFromCms,
  guidebookToCms,
  type ImageKey,
  mascotFromCms,
  mascotToCms,
  policyFromCms,
  policyToCms,
  type RichText,
  type ToCmsContext,
} from "../src/codec/index.ts";
import type { Mascot } from "../src/payload-types.ts";
import * as arb from "./helpers/domain-arbitraries.ts";

/**
 * Property: for every valid domain value, domain → CMS data (`toCms`) → CMS document → domain
 * (`fromCms`) gives the same value once both sides are parsed by the content-models schema. The
 * generators set every field (optional ones sometimes), so a field a mapper drops or renames fails.
 *
 * The document is what Payload stores from the data: the data plus its id and timestamps. The
 * rich-text converters are the codec's parameters; here they wrap the source text in one Lexical
 * node and read it back, so this test is about fields (the real converters are exercised by the
 * import → export test in scripts/test/export.test.ts).
 */

const DEPARTMENTS = ["birth-health", "women-family", "welfare-dept"] as const;
const MASCOTS = ["sun-default", "sun-guide"] as const;
const RUNS = { numRuns: 150 };
const stamps = { createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-02T00:00:00.000Z" };

/** A stand-in converter pair: the source text kept in one node. */
const toRichText = (source: string): RichText => ({
  root: {
    type: "root",
    children: [{ type: "text", version: 1, text: source }],
    direction: null,
    format: "",
    indent: 0,
    version: 1,
  },
});
const fromRichText = (state: RichText | null | undefined) => String(state?.root.children[0]?.text ?? "");

/** CMS ids handed out as the CMS would, and the images behind them. */
function fakeIds() {
  const departmentIds = new Map<string, number>(DEPARTMENTS.map((id, i) => [id, i + 1]));
  const images = new Map<number, ImageRef>();
  const imageIds = new Map<string, number>();
  const toCms: ToCmsContext = {
    toRichText,
    departmentDocId: (id) => departmentIds.get(id),
    mediaDocId: (image: ImageKey) => {
      const id = imageIds.get(image.id) ?? imageIds.size + 1;
      imageIds.set(image.id, id);
      return id;
    },
  };
  const fromCms: FromCmsContext = {
    toHtml: (state) => fromRichText(state),
    departmentStableId: (value) =>
      typeof value === "number" ? [...departmentIds].find(([, id]) => id === value)?.[0] : undefined,
    imageRef: (value) => (typeof value === "number" ? images.get(value) : undefined),
  };
  /** Registers the image the CMS would have stored under its media id. */
  const upload = (image: ImageRef) => images.set(toCms.mediaDocId(image), image);
  return { toCms, fromCms, upload };
}

describe("codec round trip (domain → CMS → domain)", () => {
  it("policies: every field comes back", () => {
    fc.assert(
      fc.property(arb.policy(DEPARTMENTS), (input) => {
        const expected = policySchema.parse(input);
        const ids = fakeIds();
        for (const image of expected.images) ids.upload(image);
        const data = policyToCms(input, ids.toCms);
        // Payload fills the 신청기한 group's default (`kind: unknown`) when the data has none.
        const doc = {
          ...data,
          applicationPeriod: data.applicationPeriod ?? { kind: "unknown" as const },
          id: 7,
          ...stamps,
        };
        expect(policySchema.parse(policyFromCms(doc, ids.fromCms))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("departments: every field comes back", () => {
    fc.assert(
      fc.property(arb.department("birth-health"), (input) => {
        const doc = { ...departmentToCms(input), id: 1, ...stamps };
        expect(departmentSchema.parse(departmentFromCms(doc))).toEqual(departmentSchema.parse(input));
      }),
      RUNS,
    );
  });

  it("mascots: every field comes back, the alt text with the image", () => {
    fc.assert(
      fc.property(arb.mascot, (input) => {
        const expected = mascotAssetSchema.parse(input);
        const ids = fakeIds();
        ids.upload(expected.image);
        const doc = { ...mascotToCms(input, ids.toCms), id: 3, ...stamps };
        expect(mascotAssetSchema.parse(mascotFromCms(doc, ids.fromCms))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("안내서 설정: every field comes back, the cover mascot by stable id", () => {
    fc.assert(
      fc.property(arb.guidebook(MASCOTS), (input) => {
        const ids = fakeIds();
        const mascotDocId = (stableId: string) => MASCOTS.indexOf(stableId as (typeof MASCOTS)[number]) + 1;
        const data = guidebookToCms(input, { toRichText, mascotDocId });
        // Read at depth 1: the cover mascot relationship comes populated.
        const cover: Mascot | undefined = data.coverMascot
          ? {
              id: 1,
              name: "햇살이",
              stableId: input.coverMascotId,
              pose: "default",
              image: 1,
              alt: "햇살이",
              ...stamps,
            }
          : undefined;
        // Payload fills 이용조건's default when the data has none.
        const openDataLicense = data.openDataLicense ?? DEFAULT_OPEN_DATA_LICENSE;
        const doc = { ...data, coverMascot: cover, openDataLicense, ...stamps };
        expect(guidebookSettingsSchema.parse(guidebookFromCms(doc, ids.fromCms))).toEqual(
          guidebookSettingsSchema.parse(input),
        );
      }),
      RUNS,
    );
  });
});
