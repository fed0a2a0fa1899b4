import { parseContent, type SearchTerm, type SearchTermInput, searchTermSchema } from "@lifewelfare/content-models";
import type { SearchTerm as SearchTermDoc } from "../payload-types.ts";
import { compact, type Exhaustive, type SameNamed, text } from "./values.ts";

/**
 * 검색어 사전 between the domain (content-models `SearchTerm`) and the CMS (`search-terms`
 * documents): the domain `id` is the document's `stableId`; 메모 and 출처 are optional on both
 * sides (`null` in the CMS, absent in the domain). `createdBy`/`updatedBy` stay in the CMS — they
 * are staff bookkeeping, not published content. Used by the seed, the import and the export.
 */

/** The CMS fields of an entry, as the seed and the import write them (without `_status`). */
export type SearchTermData = Pick<SearchTermDoc, "term" | "synonyms" | "stableId" | "note" | "sourceUrl">;

/** "검색어 「term」 (id)" — how errors name an entry. */
export function describeSearchTerm(entry: { id?: unknown; term?: unknown }): string {
  const term = typeof entry.term === "string" ? `「${entry.term.normalize("NFC")}」` : "(대표어 없음)";
  return `검색어 ${term}${typeof entry.id === "string" ? ` (${entry.id})` : ""}`;
}

/**
 * A domain entry as CMS data, checked and normalised (NFC, trimmed) by `searchTermSchema` first.
 * @throws ContentValidationError naming the entry and the field when it breaks the schema.
 */
export function searchTermToCms(input: SearchTermInput): SearchTermData {
  const { id, note, sourceUrl, ...same } = parseContent(searchTermSchema, input, describeSearchTerm(input));
  const fields: SameNamed<typeof same, SearchTermData> = same;
  return { ...fields, stableId: id, note: note ?? null, sourceUrl: sourceUrl ?? null };
}

/**
 * A CMS document as a domain entry, checked by `searchTermSchema` (empty 메모 and 출처 are left out).
 * @throws ContentValidationError naming the entry and the field when the stored document breaks the schema.
 */
export function searchTermFromCms(doc: Pick<SearchTermDoc, keyof SearchTermData>): SearchTerm {
  const entry: Exhaustive<SearchTermInput> = {
    id: doc.stableId ?? "",
    term: doc.term,
    synonyms: doc.synonyms ?? [],
    note: text(doc.note),
    sourceUrl: text(doc.sourceUrl),
  };
  const input = compact(entry) as SearchTermInput;
  return parseContent(searchTermSchema, input, describeSearchTerm(input));
}
