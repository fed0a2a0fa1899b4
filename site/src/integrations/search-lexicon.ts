import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Snapshot } from "@lifewelfare/content-models";
import type { TermGroup } from "../search/dictionary.ts";
import { FRAGMENT_SIGNATURE } from "../search/fragment.ts";
import { lexiconEntry, type SearchLexicon } from "../search/lexicon.ts";

/**
 * Pagefind page ids by record URL, read from the fragments Pagefind wrote in `pagefindDir`
 * (`fragment/<id>.pf_fragment`, stored decompressed): the id is what its search results carry.
 * @throws Error naming the file when a fragment is not what Pagefind 1.x writes.
 */
async function pageIds(pagefindDir: string): Promise<Map<string, string>> {
  const dir = join(pagefindDir, "fragment");
  const ids = new Map<string, string>();
  for (const name of await readdir(dir)) {
    const text = await readFile(join(dir, name), "utf8");
    if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Unexpected Pagefind fragment ${name}: no signature`);
    const { url } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url: string };
    ids.set(url, name.replace(/\.pf_fragment$/, ""));
  }
  return ids;
}

/**
 * Writes `<pagefindDir>/lexicon.json` (see `SearchLexicon`) for the policies just indexed, in
 * snapshot order, with the 검색어 사전 groups.
 * @throws Error when a policy has no Pagefind record.
 */
export async function writeSearchLexicon(snapshot: Snapshot, groups: TermGroup[], pagefindDir: string): Promise<void> {
  const ids = await pageIds(pagefindDir);
  const entries = snapshot.policies.map((p) => {
    const id = ids.get(`/policies/${p.slug}/`);
    if (!id) throw new Error(`정책 「${p.title}」 (${p.id})의 검색 색인 항목이 없습니다.`);
    return lexiconEntry(id, p);
  });
  const lexicon: SearchLexicon = { entries, groups };
  await writeFile(join(pagefindDir, "lexicon.json"), JSON.stringify(lexicon));
}
