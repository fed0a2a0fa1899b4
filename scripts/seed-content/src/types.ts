import type { DepartmentInput, GuidebookSettingsInput, PolicyInput } from "@lifewelfare/content-models";

/**
 * Rich text as authored in seed files: paragraphs separated by a blank line; a block of lines
 * starting with "- " is a bullet list; "## " starts a heading. Converted to Lexical by the seed script.
 */
export type RichTextSource = string;

/**
 * A policy as written in the seed files: a `PolicyInput` without the fields the seed script fills
 * (slug, previousSlugs, publishedAt, images) and with rich-text fields as `RichTextSource`.
 */
export type SeedPolicy = Omit<
  PolicyInput,
  | "slug"
  | "previousSlugs"
  | "publishedAt"
  | "images"
  | "targetAudience"
  | "selectionCriteria"
  | "benefits"
  | "applicationMethod"
> & {
  targetAudience: RichTextSource;
  selectionCriteria?: RichTextSource;
  benefits: RichTextSource;
  applicationMethod: Omit<PolicyInput["applicationMethod"], "details"> & { details?: RichTextSource };
};

/** The guidebook settings as written in the seed files, with the 발간사 as `RichTextSource`. */
export type SeedGuidebook = Omit<GuidebookSettingsInput, "foreword"> & { foreword: RichTextSource };

/** A department as written in the seed files (same shape as the schema input). */
export type SeedDepartment = DepartmentInput;
