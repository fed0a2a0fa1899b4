import type { Snapshot } from "@lifewelfare/content-models";
import * as pagefind from "pagefind";
import { termGroups } from "../search/dictionary.ts";
import { policyRecordHtml } from "../search/policy-record.ts";
import { storePagefindDecompressed } from "./pagefind-plain.ts";
import { MAX_CHUNK_POSTINGS, rechunkPagefindIndex } from "./pagefind-rechunk.ts";
import { writeSearchLexicon } from "./search-lexicon.ts";

type Result = { errors: string[] };

/** Throws when a Pagefind call reported errors (its API returns them instead of throwing). */
function check<R extends Result>(step: string, response: R): R {
  if (response.errors.length) throw new Error(`Pagefind ${step} failed: ${response.errors.join("; ")}`);
  return response;
}

/**
 * Writes the Pagefind index of every policy to `<outDir>/pagefind/`, one record per policy page
 * built by `policyRecordHtml`. Record URLs are relative to the site root (`/policies/<slug>/`):
 * pagefind.js prefixes the base path it is served from. The 검색어 사전 (`snapshot.searchTerms`) is
 * applied to every record, and `pagefind/lexicon.json` is written beside the index for the browser.
 * Pagefind's binary files are stored decompressed, for the release's brotli (`storePagefindDecompressed`),
 * and its word index is cut into chunks of at most `maxChunkPostings` postings (`rechunkPagefindIndex`).
 * @returns the number of indexed policies.
 */
export async function writeSearchIndex(
  snapshot: Snapshot,
  outDir: string,
  maxChunkPostings = MAX_CHUNK_POSTINGS,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ko" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const groups = termGroups(snapshot.searchTerms);
    const departments = new Map(snapshot.departments.map((d) => [d.id, d]));
    for (const policy of snapshot.policies) {
      const department = policy.departmentId ? departments.get(policy.departmentId) : undefined;
      check(
        `indexing ${policy.id}`,
        await index.addHTMLFile({
          url: `/policies/${policy.slug}/`,
          content: policyRecordHtml(policy, department, groups),
        }),
      );
    }
    check("writing", await index.writeFiles({ outputPath: `${outDir}/pagefind` }));
    await storePagefindDecompressed(`${outDir}/pagefind`);
    await rechunkPagefindIndex(`${outDir}/pagefind`, maxChunkPostings);
    await writeSearchLexicon(snapshot, groups, `${outDir}/pagefind`);
    return snapshot.policies.length;
  } finally {
    await pagefind.close();
  }
}
