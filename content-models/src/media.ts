import { z } from "zod";
import { TEXT_MAX } from "./rules/limits.ts";
import { koreanText } from "./rules/text.ts";

/**
 * One rendered size of an image, as copied into the snapshot's `media/` folder.
 * `src` is relative to the snapshot folder; dimensions in pixels.
 */
export const imageVariant = z.object({
  name: z.string().min(1),
  /** `media/<file name>`: one plain file name in the snapshot's media folder, never a path out of it. */
  src: z.string().regex(/^media\/(?!\.)[^/\\]+$/, {
    message: "이미지 파일 경로는 media/<파일 이름> 형식이어야 합니다(폴더나 ..는 쓸 수 없습니다).",
  }),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mimeType: z.string().min(1),
});
/** A parsed image variant. */
export type ImageVariant = z.infer<typeof imageVariant>;

/**
 * An image referenced from content: the original plus its web sizes and a print size with enough
 * pixels for 300 dpi at the handbook's column width. `alt` is required (대체 텍스트).
 */
export const imageRef = z.object({
  id: z.string().min(1),
  alt: koreanText({ max: TEXT_MAX.imageAlt }),
  original: imageVariant,
  variants: z.array(imageVariant).default([]),
});
/** A parsed image reference. */
export type ImageRef = z.infer<typeof imageRef>;
