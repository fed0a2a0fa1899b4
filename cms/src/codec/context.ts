import type { ImageRef, PolicyInput } from "@lifewelfare/content-models";
import type { Department, Media } from "../payload-types.ts";
import type { RichText } from "./values.ts";

/** An image as a domain input carries it (`variants` may be omitted). */
export type ImageInput = NonNullable<PolicyInput["images"]>[number];
/** What the CMS needs to know of an image to refer to it: which upload (`id`, the file name). */
export type ImageKey = Pick<ImageInput, "id">;

/**
 * What a `toCms` needs besides the domain value. The rich-text converter is the caller's: the seed
 * writes Markdown (`convertMarkdownToLexical`), the import HTML (`convertHTMLToLexical`).
 */
export type ToCmsContext = {
  /** Rich-text source (Markdown or HTML, by caller) → Lexical. Called only for non-empty text. */
  toRichText: (source: string) => RichText;
  /** CMS id of the department with this stable id, or undefined when the CMS has none. */
  departmentDocId: (stableId: string) => Department["id"] | undefined;
  /** CMS id of an image already uploaded to `media` (the caller uploads before mapping). */
  mediaDocId: (image: ImageKey) => Media["id"];
};

/**
 * What a `fromCms` needs besides the document (read at depth 1: relationships populated). The
 * export converts Lexical to sanitised HTML and registers image files for copying.
 */
export type FromCmsContext = {
  /** Lexical → sanitised HTML; `document` names the document in warnings (e.g. 정책 「…」 (id)). */
  toHtml: (state: RichText | null | undefined, document: string) => string;
  /** The stable id of a department given as a CMS id or a populated document. */
  departmentStableId: (department: Related<Department>) => string | undefined;
  /** An ImageRef for an uploaded media document, or undefined when it has no usable file. */
  imageRef: (media: number | Media) => ImageRef | undefined;
};

/** A relationship as read at depth 0 (CMS id) or depth 1 (document). */
export type Related<T extends { id: number }> = number | T | null | undefined;
