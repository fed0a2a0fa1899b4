import type { Media } from "@lifewelfare/cms/payload-types";
import type { ImageRef } from "@lifewelfare/content-models";

/** True for a populated upload (a `media` document), false for an id, null or anything else. */
export function isMedia(value: unknown): value is Media {
  return typeof value === "object" && value !== null && "filename" in value && "mimeType" in value;
}

/**
 * The snapshot's `ImageRef` of an uploaded image: the original and its sizes (sorted by name), each
 * `src` made by `src(fileName, field)` (the export registers the file to copy into `media/`; the
 * preview only names it). The id is the file name: unique per upload collection, and it survives
 * moving databases. Null when the upload lacks its file name, size or type.
 */
export function mediaImageRef(doc: Media, src: (fileName: string, field?: string) => string): ImageRef | null {
  if (!doc.filename || !doc.width || !doc.height || !doc.mimeType) return null;
  const variants = Object.entries(doc.sizes ?? {})
    .flatMap(([name, s]) =>
      s.filename && s.width && s.height && s.mimeType
        ? [
            {
              name,
              src: src(s.filename, `sizes.${name}.filename`),
              width: s.width,
              height: s.height,
              mimeType: s.mimeType,
            },
          ]
        : [],
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  const original = {
    name: "original",
    src: src(doc.filename),
    width: doc.width,
    height: doc.height,
    mimeType: doc.mimeType,
  };
  return { id: doc.filename, alt: doc.alt ?? "", original, variants };
}
