import { z } from "zod";
import { CHAPTER_VALUES } from "./code-lists/life-stages.ts";
import { imageRef } from "./media.ts";
import { TEXT_MAX } from "./rules/limits.ts";
import { STABLE_ID_PATTERN } from "./rules/slug.ts";
import { koreanMultilineText, koreanText } from "./rules/text.ts";

/** Poses of the welfare character: 기본, 인사, 안내, and one per handbook chapter. */
export const MASCOT_POSES = [
  { value: "default", label: "기본" },
  { value: "greeting", label: "인사" },
  { value: "guide", label: "안내" },
  { value: "chapter", label: "장 표지" },
] as const;
/** One mascot pose value. */
export type MascotPose = (typeof MASCOT_POSES)[number]["value"];
/** The pose values as a non-empty tuple for `z.enum`. */
export const MASCOT_POSE_VALUES = MASCOT_POSES.map((p) => p.value) as [MascotPose, ...MascotPose[]];

/** 복지 캐릭터 asset: one pose of the mascot, with alt text and usage notes. */
export const mascotAssetSchema = z.object({
  id: z.string().regex(STABLE_ID_PATTERN),
  /** Character name, e.g. 햇살이. */
  name: koreanText({ max: TEXT_MAX.mascot.name }),
  pose: z.enum(MASCOT_POSE_VALUES),
  /** For `chapter` poses: the chapter it opens. */
  chapter: z.enum(CHAPTER_VALUES).optional(),
  image: imageRef,
  /** 사용 지침 for staff (where and how the pose may be used). */
  usageNotes: koreanMultilineText({ max: TEXT_MAX.mascot.usageNotes }).default(""),
});
/** A parsed mascot asset. */
export type MascotAsset = z.infer<typeof mascotAssetSchema>;
/** Input accepted by `mascotAssetSchema` (`usageNotes` may be omitted). */
export type MascotAssetInput = z.input<typeof mascotAssetSchema>;
