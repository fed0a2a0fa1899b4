import type { ImageRef, MascotAssetInput } from "@lifewelfare/content-models";
import type { RequiredDataFromCollectionSlug } from "payload";
import type { Mascot } from "../payload-types.ts";
import type { FromCmsContext, ImageKey, ToCmsContext } from "./context.ts";
import { compact, type Exhaustive, type SameNamed, text } from "./values.ts";

/** What `payload.create({ collection: "mascots" })` takes. */
export type MascotCmsData = RequiredDataFromCollectionSlug<"mascots">;

/**
 * A mascot on its way into the CMS: of its image only the upload (`id`) and the alt text count,
 * so the seed can pass a pose it has just rendered and the import a snapshot's asset.
 */
export type MascotToCmsInput = Omit<MascotAssetInput, "image"> & { image: ImageKey & { alt: string } };

/**
 * Domain mascot asset → `mascots` data: the image becomes its uploaded media's id, and the image's
 * alt text the mascot's own `alt` (the CMS keeps one per pose).
 */
export function mascotToCms(mascot: MascotToCmsInput, context: Pick<ToCmsContext, "mediaDocId">): MascotCmsData {
  const { id, image, ...same } = mascot;
  const fields: SameNamed<typeof same, MascotCmsData> = same;
  return { ...fields, stableId: id, image: context.mediaDocId(image), alt: image.alt };
}

/**
 * A `mascots` document (depth 1) → mascot asset input, or undefined when its image has no usable
 * file (the export then leaves the pose out with a warning). The mascot's `alt` wins over the
 * image's.
 */
export function mascotFromCms(doc: Mascot, context: Pick<FromCmsContext, "imageRef">): MascotAssetInput | undefined {
  const image = context.imageRef(doc.image);
  if (!image) return undefined;
  const mascot: Exhaustive<MascotAssetInput> = {
    id: doc.stableId ?? undefined,
    name: doc.name,
    pose: doc.pose,
    chapter: doc.chapter ?? undefined,
    image: { ...image, alt: text(doc.alt) ?? image.alt } satisfies ImageRef,
    usageNotes: doc.usageNotes ?? "",
  };
  // A document without a stable id keeps `id` undefined; `snapshotSchema` names it on export.
  return compact(mascot) as MascotAssetInput;
}
